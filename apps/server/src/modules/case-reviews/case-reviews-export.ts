import { CASE_KIND_LABELS } from '@jiandu/contracts/case-labels';
import { FILE_STATE_LABELS, REVIEW_GRADE_LABELS } from '@jiandu/contracts/case-review-labels';
import type { AgencyResult } from '@jiandu/contracts/case-review-scoring';
import type { ReviewFile } from '@jiandu/contracts/case-reviews';
import type { SheetColumn } from '../../platform/files/xlsx.ts';

const sheetsOf = (f: ReviewFile) => f.assignments.filter((a) => a.status === 'submitted');

/** A batch's results per file, as a supervisor reads them in a spreadsheet. */
export const FILE_EXPORT_COLUMNS: SheetColumn<ReviewFile>[] = [
  { header: '序号', width: 6, value: (f) => f.seq },
  { header: '被评查单位', width: 28, value: (f) => f.agency.name },
  { header: '案件编号', width: 24, value: (f) => f.case.externalId },
  { header: '案由', width: 32, value: (f) => f.case.title },
  { header: '类别', width: 8, value: (f) => CASE_KIND_LABELS[f.case.kind] },
  { header: '结案日期', width: 12, value: (f) => f.case.closedOn },
  { header: '评查状态', width: 10, value: (f) => FILE_STATE_LABELS[f.state] },
  {
    header: '评查人员',
    width: 24,
    value: (f) =>
      sheetsOf(f)
        .map((a) => a.reviewerName)
        .join('、'),
  },
  {
    header: '各评查人员得分',
    width: 18,
    value: (f) =>
      sheetsOf(f)
        .map((a) => a.total ?? '')
        .join(' / '),
  },
  {
    header: '否决项',
    width: 36,
    value: (f) =>
      sheetsOf(f)
        .flatMap((a) => a.vetoes.map((v) => `${v.label}: ${v.note}`))
        .join('; '),
  },
  { header: '否决改判理由', width: 30, value: (f) => f.vetoOverride?.reason ?? null },
  { header: '合议分数', width: 10, value: (f) => f.consensus?.score ?? null },
  { header: '得分', width: 8, value: (f) => f.score },
  { header: '等次', width: 8, value: (f) => (f.grade ? REVIEW_GRADE_LABELS[f.grade] : null) },
  { header: '监督事项', width: 26, value: (f) => f.matter?.number ?? null },
  { header: '执法机关反馈', width: 40, value: (f) => f.response?.text ?? null },
];

/** Per-agency figures of a year, for assessment. */
export const AGENCY_EXPORT_COLUMNS: SheetColumn<AgencyResult>[] = [
  { header: '执法主体', width: 30, value: (a) => a.agencyName },
  { header: '行政区划', width: 10, value: (a) => a.regionCode },
  { header: '评查批次数', width: 10, value: (a) => a.batches },
  { header: '抽查案卷数', width: 10, value: (a) => a.files },
  { header: '已评定', width: 8, value: (a) => a.scored },
  { header: '平均分', width: 8, value: (a) => a.averageScore },
  { header: '优秀', width: 6, value: (a) => a.grades.excellent },
  { header: '良好', width: 6, value: (a) => a.grades.good },
  { header: '合格', width: 6, value: (a) => a.grades.pass },
  { header: '不合格', width: 8, value: (a) => a.grades.fail },
  { header: '合格率 (%)', width: 10, value: (a) => a.passRate },
];
