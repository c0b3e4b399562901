import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  type ComplaintCategory,
} from '@jiandu/contracts/complaint-labels';
import {
  HOTLINE_IMPORT_MAX_ORDERS,
  HotlineImportSchema,
  type HotlineOrderSchema,
} from '@jiandu/contracts/complaints';
import { AppError } from '../../platform/errors.ts';
import { buildImportTemplate, readImportTable } from '../../platform/files/import-table.ts';
import type { TableRow } from '../../platform/files/xlsx.ts';

/** The columns of a 12345 work-order export, in the order the template has them; starred ones are required. */
export const HOTLINE_COLUMNS = [
  '工单编号*',
  '来电时间*',
  '来电人',
  '联系电话',
  '是否匿名',
  '是否保密',
  '诉求类别',
  '诉求标题',
  '诉求内容*',
  '涉及单位*',
  '涉及人员',
  '承办时限',
  '工单类型',
] as const;
export type HotlineColumn = (typeof HOTLINE_COLUMNS)[number];

/** The JSON key of each column (HotlineOrderSchema); a JSON order may also use the Chinese names. */
const JSON_KEYS: Record<keyof typeof HotlineOrderSchema.shape, HotlineColumn> = {
  orderNumber: '工单编号*',
  calledAt: '来电时间*',
  callerName: '来电人',
  callerPhone: '联系电话',
  anonymous: '是否匿名',
  confidential: '是否保密',
  category: '诉求类别',
  title: '诉求标题',
  content: '诉求内容*',
  agencyName: '涉及单位*',
  officerName: '涉及人员',
  dueOn: '承办时限',
  orderType: '工单类型',
};

const EXAMPLE = [
  'SY12345202611200031',
  '2026-11-20 09:31:05',
  '张三',
  '13800001111',
  '否',
  '否',
  '执法人员作风与纪律',
  '执法人员态度粗暴',
  '来电人反映: 11月19日在和平区某路段被检查时, 执法人员态度粗暴, 未出示执法证件即扣押货物。',
  '沈阳市和平区市场监督管理局',
  '李四',
  '2026-12-04',
  '投诉',
];

const INSTRUCTIONS: [string, string][] = [
  ['工单编号', '必填, 12345平台的工单编号。同一工单编号只登记一次, 重复导入的工单跳过并在结果中说明。'],
  ['来电时间', '必填, 如 2026-11-20 09:31:05 或 2026/11/20; 作为收到日期, 受理期限由此起算。'],
  ['来电人 / 联系电话', '实名工单必填; 身份信息加密保存, 仅有权限的人员可见。'],
  [
    '是否匿名 / 是否保密',
    '填"是"或"否", 不填为"否"。匿名工单不保存来电人信息; 保密工单对被投诉单位隐藏身份。',
  ],
  [
    '诉求类别',
    `${COMPLAINT_CATEGORIES.map((c) => COMPLAINT_CATEGORY_LABELS[c]).join(' / ')}; 填"投诉""举报"或不填的按"其他"登记。咨询、建议、求助类工单不属于投诉举报, 不予导入。`,
  ],
  ['诉求标题', '选填, 4至60字; 不填时取诉求内容的开头。'],
  ['诉求内容', '必填, 20至5000字。'],
  ['涉及单位', '必填, 被投诉的执法机关或乡镇 (街道) 的全称或简称, 须在您的数据范围内。'],
  ['承办时限', '选填, 12345平台要求的办结日期; 受理后的答复期限不晚于此日期。'],
  [
    '工单类型',
    '选填, "投诉"或"举报", 按类型适用本地设定的承办时限 (默认13个工作日); 不填时诉求类别为"举报"的按举报, 其余按投诉。',
  ],
  ['文件格式', 'xlsx, 或 CSV (UTF-8, 带或不带 BOM, 也可为 GB18030/GBK 编码), 或 JSON 工单数组。'],
];

/** The downloadable template: one example work order and a sheet of instructions. */
export function hotlineTemplate(): Promise<Buffer> {
  return buildImportTemplate({
    sheet: '12345工单导入',
    columns: HOTLINE_COLUMNS,
    example: EXAMPLE,
    instructions: INSTRUCTIONS,
    widths: { '工单编号*': 24, '来电时间*': 20, '诉求内容*': 60, '涉及单位*': 30, 诉求类别: 22 },
  });
}

/** CSV bytes as UTF-8: as they are when they decode as UTF-8, otherwise read as GB18030 (GBK exports). */
function utf8(body: Buffer, contentType: string): Buffer {
  const declared = /charset=([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase();
  const legacy = declared && ['gb18030', 'gbk', 'gb2312'].includes(declared);
  if (!legacy) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(body);
      return body;
    } catch {
      // Not UTF-8: Chinese spreadsheet software saves CSV in the system code page.
    }
  }
  return Buffer.from(new TextDecoder('gb18030').decode(body), 'utf8');
}

/** A JSON value of a work order as the cell text a spreadsheet would hold. */
function cellText(value: unknown): string {
  if (value === true) return '是';
  if (value === false) return '否';
  return value === null || value === undefined ? '' : String(value).trim();
}

/** Work orders sent as JSON, as table rows (row = position in the array, from 1). */
function jsonRows(body: unknown): TableRow[] {
  const parsed = HotlineImportSchema.safeParse(body);
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', parsed.error.issues[0]?.message ?? '工单格式不正确', {
      errors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  const orders = Array.isArray(parsed.data) ? parsed.data : parsed.data.orders;
  return orders.map((order, i) => {
    const cells: Record<string, string> = {};
    for (const [key, value] of Object.entries(order)) {
      const column = JSON_KEYS[key as keyof typeof JSON_KEYS] ?? key;
      cells[column.replace('*', '')] = cellText(value);
    }
    return { row: i + 1, cells };
  });
}

/** Reads an upload (xlsx, CSV in UTF-8 or GB18030, or JSON) into rows keyed by column. */
export async function readHotlineUpload(body: unknown, contentType: string): Promise<TableRow[]> {
  if (!Buffer.isBuffer(body)) return checkedCount(jsonRows(body));
  const csv = contentType.includes('csv');
  return checkedCount(
    await readImportTable(csv ? utf8(body, contentType) : body, contentType, HOTLINE_COLUMNS),
  );
}

/** The rows, unless there are more than one import takes. */
function checkedCount(rows: TableRow[]): TableRow[] {
  if (rows.length > HOTLINE_IMPORT_MAX_ORDERS)
    throw new AppError('VALIDATION_FAILED', `一次最多导入${HOTLINE_IMPORT_MAX_ORDERS}件工单, 请分批导入`);
  return rows;
}

const CATEGORY_BY_TEXT = new Map<string, ComplaintCategory>([
  ...COMPLAINT_CATEGORIES.map((c) => [c, c] as const),
  ...COMPLAINT_CATEGORIES.map((c) => [COMPLAINT_CATEGORY_LABELS[c], c] as const),
  ...COMPLAINT_CATEGORIES.map((c) => [COMPLAINT_CATEGORY_LABELS[c].replace(/\s*\(.*\)$/, ''), c] as const),
  ['违法执法', 'abuse_of_power'],
  ['不当执法', 'abuse_of_power'],
  ['不作为', 'inaction'],
  ['慢作为', 'inaction'],
  ['程序违法', 'procedure'],
  ['作风纪律', 'conduct'],
  ['执法态度', 'conduct'],
  ['检查过多', 'excessive_inspection'],
  ['涉企检查', 'excessive_inspection'],
  ['投诉', 'other'],
  ['举报', 'other'],
  ['', 'other'],
]);

/** The category a 12345 诉求类别 names, or why the order is not a complaint. */
export function hotlineCategory(text: string): { category: ComplaintCategory } | { message: string } {
  const category = CATEGORY_BY_TEXT.get(text);
  if (category) return { category };
  if (/咨询|建议|求助|表扬|感谢/.test(text))
    return { message: `诉求类别为"${text}", 不属于投诉举报, 请在12345平台按其类别办理` };
  return { message: `诉求类别不正确: ${text}` };
}
