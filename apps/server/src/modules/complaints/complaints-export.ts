import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_STAGE_LABELS,
  COMPLAINT_STATUS_LABELS,
} from '@jiandu/contracts/complaint-labels';
import type { ComplaintSummary } from '@jiandu/contracts/complaints';
import type { SheetColumn } from '../../platform/files/xlsx.ts';

/** The columns of the complaint list's export (no personal data). */
export const COMPLAINT_EXPORT_COLUMNS: SheetColumn<ComplaintSummary>[] = [
  { header: '查询码', width: 20, value: (c) => c.trackingCode },
  { header: '标题', width: 36, value: (c) => c.title },
  { header: '来源渠道', width: 10, value: (c) => COMPLAINT_CHANNEL_LABELS[c.channel] },
  { header: '类别', width: 20, value: (c) => COMPLAINT_CATEGORY_LABELS[c.category] },
  { header: '被投诉单位', width: 26, value: (c) => c.agencyName },
  { header: '办理单位', width: 26, value: (c) => c.orgName },
  { header: '状态', width: 10, value: (c) => COMPLAINT_STATUS_LABELS[c.status] },
  { header: '当前期限', width: 12, value: (c) => (c.stage ? COMPLAINT_STAGE_LABELS[c.stage] : null) },
  { header: '期限届满', width: 12, value: (c) => c.dueOn },
  { header: '是否逾期', width: 10, value: (c) => (c.overdue ? '逾期' : null) },
  { header: '登记日期', width: 12, value: (c) => c.registeredOn },
  { header: '匿名', width: 8, value: (c) => (c.anonymous ? '匿名' : '实名') },
  { header: '相关投诉', width: 10, value: (c) => c.duplicateCount || null },
];
