import { CASE_KIND_LABELS, PARTY_TYPE_LABELS, PROCEDURE_LABELS } from '@jiandu/contracts/case-labels';
import { CASE_ORIGIN_LABELS, CASE_STATUS_LABELS, type CaseSummary } from '@jiandu/contracts/cases';
import type { SheetColumn } from '../../platform/files/xlsx.ts';

/** The columns of the case list export, as a supervisor would read it in a spreadsheet. */
export const CASE_EXPORT_COLUMNS: SheetColumn<CaseSummary>[] = [
  { header: '案件编号', width: 22, value: (c) => c.externalId },
  { header: '版本', width: 6, value: (c) => c.version },
  { header: '来源', width: 10, value: (c) => CASE_ORIGIN_LABELS[c.origin] },
  { header: '报送系统', width: 24, value: (c) => c.sourceName },
  { header: '执法主体', width: 28, value: (c) => c.agency.name },
  { header: '统一社会信用代码', width: 22, value: (c) => c.agency.creditCode },
  { header: '行政区划', width: 10, value: (c) => c.regionCode },
  { header: '执法行为类别', width: 12, value: (c) => CASE_KIND_LABELS[c.kind] },
  { header: '程序', width: 10, value: (c) => (c.procedure ? PROCEDURE_LABELS[c.procedure] : null) },
  { header: '执法事项编码', width: 16, value: (c) => c.itemCode },
  { header: '案由', width: 36, value: (c) => c.title },
  { header: '重大执法决定', width: 8, value: (c) => (c.major ? '是' : '否') },
  { header: '当事人类型', width: 14, value: (c) => (c.partyType ? PARTY_TYPE_LABELS[c.partyType] : null) },
  { header: '当事人', width: 28, value: (c) => c.partyName },
  { header: '状态', width: 8, value: (c) => CASE_STATUS_LABELS[c.status] },
  { header: '立案日期', width: 12, value: (c) => c.filedOn },
  { header: '决定日期', width: 12, value: (c) => c.decidedOn },
  { header: '公示日期', width: 12, value: (c) => c.publishedOn },
  { header: '结案日期', width: 12, value: (c) => c.closedOn },
  { header: '罚款合计(元)', width: 14, value: (c) => c.fine },
  { header: '逾期期限数', width: 10, value: (c) => c.lateDeadlines },
  { header: '接收时间', width: 22, value: (c) => c.receivedAt },
];
