import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_RATING_LABELS,
} from '@jiandu/contracts/complaint-labels';
import type { ComplaintAgencyFigures, ComplaintStatistics } from '@jiandu/contracts/complaints';
import ExcelJS from 'exceljs';

type Cell = string | number | null;

const percent = (share: number | null) => (share === null ? null : `${(share * 100).toFixed(1)}%`);

/** The headline figures, one per line. */
function overview(s: ComplaintStatistics): [string, Cell][] {
  const t = s.timeliness;
  return [
    ['统计期间', `${s.from ?? '不限'} 至 ${s.to ?? '不限'} (按登记日期)`],
    ['投诉举报总数', s.total],
    ['按期受理 (含不予受理)', t.acceptedOnTime],
    ['逾期受理', t.acceptedLate],
    ['按期答复', t.answeredOnTime],
    ['逾期答复', t.answeredLate],
    ['尚未办结且已超期', t.openOverdue],
    ['批准延期', t.extensionsGranted],
    ['已评价', s.satisfaction.rated],
    ...s.satisfaction.byRating.map((r): [string, Cell] => [COMPLAINT_RATING_LABELS[r.rating], r.total]),
    ['满意率 (满意与基本满意)', percent(s.satisfaction.satisfiedShare)],
    ['申请重新办理', s.reopened],
    ['不予受理并告知通过行政复议解决', s.routedOut.reconsideration],
    ['不予受理并告知通过行政诉讼解决', s.routedOut.litigation],
    ['信访事项请求复查', s.reviews.review],
    ['信访事项请求复核', s.reviews.recheck],
  ];
}

const AGENCY_HEADERS: [string, keyof ComplaintAgencyFigures, number][] = [
  ['被投诉单位', 'agencyName', 32],
  ['投诉总数', 'total', 10],
  ['受理', 'accepted', 8],
  ['不予受理', 'declined', 10],
  ['转办', 'transferred', 8],
  ['已答复', 'answered', 8],
  ['已办结', 'closed', 8],
  ['按期答复', 'answeredOnTime', 10],
  ['当前超期', 'overdue', 10],
];

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: [string, number][], rows: Cell[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => v ?? ''));
}

/** The statistics as a workbook: the overview, then one sheet per breakdown (channel, category, agency). */
export async function statisticsWorkbook(s: ComplaintStatistics): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiandu';
  addSheet(
    workbook,
    '总体情况',
    [
      ['项目', 28],
      ['数值', 36],
    ],
    overview(s),
  );
  addSheet(
    workbook,
    '按来源渠道',
    [
      ['来源渠道', 16],
      ['件数', 10],
    ],
    s.byChannel.map((c) => [COMPLAINT_CHANNEL_LABELS[c.channel], c.total]),
  );
  addSheet(
    workbook,
    '按投诉类别',
    [
      ['投诉类别', 28],
      ['件数', 10],
    ],
    s.byCategory.map((c) => [COMPLAINT_CATEGORY_LABELS[c.category], c.total]),
  );
  addSheet(
    workbook,
    '按被投诉单位',
    AGENCY_HEADERS.map(([header, , width]) => [header, width]),
    s.byAgency.map((a) => AGENCY_HEADERS.map(([, key]) => a[key])),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
