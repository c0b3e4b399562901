import { ENFORCEMENT_FIELDS } from '@jiandu/contracts/fields';
import {
  DISMISS_REASON_LABELS,
  SEVERITY_LABELS,
  WARNING_STATUS_LABELS,
} from '@jiandu/contracts/warning-rules';
import type { WarningSummary } from '@jiandu/contracts/warnings';
import type { SheetColumn } from '../../platform/files/xlsx.ts';

/** The columns of the warning centre's export, as a supervisor reads them in a spreadsheet. */
export const WARNING_EXPORT_COLUMNS: SheetColumn<WarningSummary>[] = [
  { header: '发现日期', width: 12, value: (w) => w.foundOn },
  { header: '预警规则', width: 26, value: (w) => w.ruleName },
  { header: '规则代码', width: 28, value: (w) => w.ruleCode },
  { header: '严重程度', width: 8, value: (w) => SEVERITY_LABELS[w.severity] },
  { header: '状态', width: 12, value: (w) => WARNING_STATUS_LABELS[w.status] },
  { header: '预警内容', width: 60, value: (w) => w.message },
  { header: '案件编号', width: 22, value: (w) => w.case?.externalId ?? '(类案预警)' },
  { header: '案由', width: 30, value: (w) => w.case?.title ?? null },
  { header: '执法主体', width: 28, value: (w) => w.agency.name },
  { header: '行政区划', width: 10, value: (w) => w.regionCode },
  { header: '执法领域', width: 12, value: (w) => (w.field ? ENFORCEMENT_FIELDS[w.field] : null) },
  {
    header: '排除理由',
    width: 18,
    value: (w) => (w.dismissReason ? DISMISS_REASON_LABELS[w.dismissReason] : null),
  },
  { header: '执法机关异议', width: 10, value: (w) => (w.contested ? '有' : '') },
  { header: '状态变更时间', width: 22, value: (w) => w.statusChangedAt },
  { header: '状态变更人', width: 22, value: (w) => w.statusChangedBy },
  { header: '最近评估时间', width: 22, value: (w) => w.lastEvaluatedAt },
];
