import {
  MATTER_MODE_LABELS,
  MATTER_ORIGIN_LABELS,
  MATTER_PROBLEM_LABELS,
  MATTER_SCOPE_LABELS,
  MATTER_STATUS_LABELS,
  MATTER_TRACK_LABELS,
} from '@jiandu/contracts/matter-labels';
import type { MatterSummary } from '@jiandu/contracts/matters';
import type { SheetColumn } from '../../platform/files/xlsx.ts';

/** The columns of the matter list's export, as a supervisor reads them in a spreadsheet. */
export const MATTER_EXPORT_COLUMNS: SheetColumn<MatterSummary>[] = [
  { header: '事项编号', width: 26, value: (m) => m.number },
  { header: '事项名称', width: 36, value: (m) => m.title },
  { header: '被监督单位', width: 28, value: (m) => m.agencyName },
  { header: '监督机构', width: 22, value: (m) => m.orgName },
  { header: '来源', width: 12, value: (m) => MATTER_ORIGIN_LABELS[m.origin] },
  { header: '个案/类案', width: 10, value: (m) => MATTER_SCOPE_LABELS[m.scope] },
  { header: '监督方式', width: 10, value: (m) => MATTER_MODE_LABELS[m.mode] },
  { header: '监督类型', width: 10, value: (m) => MATTER_TRACK_LABELS[m.track] },
  { header: '问题类型', width: 30, value: (m) => m.problems.map((p) => MATTER_PROBLEM_LABELS[p]).join('、') },
  { header: '状态', width: 10, value: (m) => MATTER_STATUS_LABELS[m.status] },
  { header: '整改期限', width: 12, value: (m) => m.dueOn },
  { header: '逾期天数', width: 10, value: (m) => (m.overdueDays ? m.overdueDays : null) },
  { header: '立项日期', width: 12, value: (m) => m.openedOn },
  { header: '办结日期', width: 12, value: (m) => m.closedOn },
];
