import { ResidentIdSchema } from '@jiandu/contracts/codes';
import { ENFORCEMENT_FIELD_CODES, ENFORCEMENT_FIELDS, fieldFromLabel } from '@jiandu/contracts/fields';
import {
  CERTIFICATE_TYPE_LABELS,
  CertificateNumberSchema,
  type CertificateType,
  STAFF_KIND_LABELS,
  STAFF_KINDS,
} from '@jiandu/contracts/officers';
import ExcelJS from 'exceljs';
import { isValidDate } from '../../platform/calendar/dates.ts';
import { AppError } from '../../platform/errors.ts';
import { readCsv, readXlsx, type TableRow } from '../../platform/files/xlsx.ts';
import type { OfficerTable } from './officers.table.ts';

/** The columns of the import template, in order; starred ones are required. */
export const IMPORT_COLUMNS = [
  '单位统一社会信用代码',
  '单位名称',
  '姓名*',
  '身份证号*',
  '手机号',
  '执法岗位*',
  '人员类别*',
  '执法领域*',
  '法律职业资格',
  '法制审核人员',
  '证件编号',
  '证件类型',
  '发证机关',
  '发证日期',
  '有效期至',
] as const;

const EXAMPLE = [
  '',
  '沈阳市和平区市场监督管理局',
  '张明',
  '210102198807150039',
  '13904001234',
  '执法稽查科科员',
  '公务员',
  '市场监管、卫生健康',
  '否',
  '否',
  '21010225000001',
  '行政执法证',
  '沈阳市人民政府',
  '2025-03-01',
  '2031-02-28',
];

const INSTRUCTIONS: [string, string][] = [
  ['单位统一社会信用代码 / 单位名称', '二选一, 优先按统一社会信用代码匹配; 单位须在您的数据范围内。'],
  ['姓名', '必填, 2至30个字。'],
  [
    '身份证号',
    '必填, 18位居民身份证号, 校验位须正确; 性别和出生日期由身份证号得出。同一身份证号已登记的, 按本行更新。',
  ],
  ['手机号', '选填, 11位手机号。'],
  ['执法岗位', '必填, 如"执法大队队员""稽查科科长"。'],
  [
    '人员类别',
    `必填: ${STAFF_KINDS.map((k) => STAFF_KIND_LABELS[k]).join(' / ')} (可简写为 公务员、参公、事业编制、其他)。只有公务员和事业编制人员可以持证。`,
  ],
  [
    '执法领域',
    `必填, 多个用"、"或","分隔: ${ENFORCEMENT_FIELD_CODES.map((c) => ENFORCEMENT_FIELDS[c]).join('、')}`,
  ],
  ['法律职业资格 / 法制审核人员', '填"是"或"否", 不填为"否"。'],
  ['证件编号 … 有效期至', '选填; 填写证件编号时其余四项必填, 导入时一并发证 (需有发放证件的权限)。'],
  ['证件类型', '行政执法证 或 行政执法监督证; 不填时按单位类型确定。'],
  ['日期', '格式为 YYYY-MM-DD, 如 2025-03-01; 发证日期不能晚于今天, 有效期至须晚于发证日期且未过期。'],
];

/** The downloadable template: a data sheet with one example row, and a sheet of instructions. */
export async function importTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiandu';
  const sheet = workbook.addWorksheet('执法人员导入', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((header, i) => ({ header, width: i < 2 ? 30 : 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(EXAMPLE);
  // Text cells, so Excel keeps ID and certificate numbers whole instead of turning them into numbers.
  for (const col of [1, 4, 5, 11, 14, 15]) sheet.getColumn(col).numFmt = '@';
  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列', width: 32 },
    { header: '说明', width: 100 },
  ];
  help.getRow(1).font = { bold: true };
  for (const line of INSTRUCTIONS) help.addRow(line);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads an uploaded table by its content type and checks the required columns are there. */
export async function readUpload(body: Buffer, contentType: string): Promise<TableRow[]> {
  let table: { headers: string[]; rows: TableRow[] };
  try {
    table = contentType.includes('csv') ? readCsv(body.toString('utf8')) : await readXlsx(body);
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', error instanceof Error ? error.message : '无法读取文件');
  }
  const has = (h: string) => table.headers.includes(h) || table.headers.includes(h.replace('*', ''));
  const missing = IMPORT_COLUMNS.filter((h) => h.endsWith('*') && !has(h)).map((h) => h.replace('*', ''));
  if (!has('单位统一社会信用代码') && !has('单位名称')) missing.unshift('单位统一社会信用代码或单位名称');
  if (missing.length)
    throw new AppError('VALIDATION_FAILED', `缺少必需的列: ${missing.join('、')}。请使用下载的导入模板。`);
  return table.rows;
}

/** One cell by header, with or without its star. */
export function cell(row: TableRow, header: string): string {
  return (row.cells[header] ?? row.cells[header.replace('*', '')] ?? '').trim();
}

const STAFF_KIND_BY_LABEL = new Map<string, OfficerTable['staff_kind']>([
  ...STAFF_KINDS.map((k) => [k, k] as const),
  ...STAFF_KINDS.map((k) => [STAFF_KIND_LABELS[k], k] as const),
  ['公务员', 'civil_servant'],
  ['参公', 'civil_servant'],
  ['参公管理人员', 'civil_servant'],
  ['参照公务员法管理人员', 'civil_servant'],
  ['事业编制', 'public_institution'],
  ['事业编', 'public_institution'],
  ['事业单位人员', 'public_institution'],
  ['其他', 'other'],
]);

const TYPE_BY_LABEL = new Map<string, CertificateType>([
  ['enforcement', 'enforcement'],
  ['supervision', 'supervision'],
  [CERTIFICATE_TYPE_LABELS.enforcement, 'enforcement'],
  [CERTIFICATE_TYPE_LABELS.supervision, 'supervision'],
  ['执法证', 'enforcement'],
  ['监督证', 'supervision'],
]);

/** 是 / 否 (and Y/N, 1/0); empty is 否; undefined when unreadable. */
export function yesNo(value: string): boolean | undefined {
  if (['', '否', 'N', 'n', '0', 'false', '无'].includes(value)) return false;
  if (['是', 'Y', 'y', '1', 'true', '有'].includes(value)) return true;
  return undefined;
}

/** A date typed as 2025-03-01, 2025/3/1, 2025.3.1 or 2025年3月1日, as YYYY-MM-DD; null when not a real date. */
export function normaliseDate(value: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value);
  if (!m) return null;
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isValidDate(date) ? date : null;
}

/** What a row says, read and checked on its own (no database). */
export interface ParsedRow {
  row: number;
  orgCode: string;
  orgName: string;
  name: string;
  idNumber: string;
  phone: string | null;
  post: string;
  staffKind: OfficerTable['staff_kind'];
  fields: string[];
  legalQualification: boolean;
  legalReviewer: boolean;
  certificate: {
    number: string;
    type: CertificateType | null;
    issuingAuthority: string;
    issueDate: string;
    expiryDate: string;
  } | null;
}

/** Reads one row; every problem is a Chinese message naming the column. */
export function parseRow(row: TableRow, today: string): { parsed: ParsedRow | null; messages: string[] } {
  const messages: string[] = [];
  const orgCode = cell(row, '单位统一社会信用代码').toUpperCase();
  const orgName = cell(row, '单位名称');
  if (!orgCode && !orgName) messages.push('单位统一社会信用代码和单位名称不能都为空');
  const name = cell(row, '姓名*');
  if (name.length < 2 || name.length > 30) messages.push('姓名应为2至30个字');
  const id = ResidentIdSchema.safeParse(cell(row, '身份证号*'));
  if (!id.success) messages.push(`身份证号: ${id.error.issues[0]?.message ?? '无效'}`);
  const phone = cell(row, '手机号');
  if (phone && !/^1\d{10}$/.test(phone)) messages.push('手机号应为11位数字');
  const post = cell(row, '执法岗位*');
  if (post.length < 2 || post.length > 60) messages.push('执法岗位应为2至60个字');
  const staffKindText = cell(row, '人员类别*');
  const staffKind = STAFF_KIND_BY_LABEL.get(staffKindText);
  if (!staffKind) messages.push(`人员类别不正确: ${staffKindText || '(空)'}, 应为 公务员 / 事业编制 / 其他`);
  const fieldTexts = cell(row, '执法领域*')
    .split(/[、,，;；\s]+/)
    .filter(Boolean);
  const fields = [...new Set(fieldTexts.map((f) => fieldFromLabel(f)).filter((f) => f !== undefined))];
  const unknown = fieldTexts.filter((f) => !fieldFromLabel(f));
  if (unknown.length) messages.push(`执法领域不正确: ${unknown.join('、')}`);
  else if (!fields.length) messages.push('执法领域不能为空');
  const flags = (['法律职业资格', '法制审核人员'] as const).map((h) => {
    const value = yesNo(cell(row, h));
    if (value === undefined) messages.push(`${h}应填"是"或"否"`);
    return value ?? false;
  });
  const certificate = parseCertificate(row, today, messages);
  if (messages.length || !id.success || !staffKind) return { parsed: null, messages };
  return {
    parsed: {
      row: row.row,
      orgCode,
      orgName,
      name,
      idNumber: id.data,
      phone: phone || null,
      post,
      staffKind,
      fields,
      legalQualification: flags[0]!,
      legalReviewer: flags[1]!,
      certificate,
    },
    messages,
  };
}

function parseCertificate(row: TableRow, today: string, messages: string[]): ParsedRow['certificate'] {
  const numberText = cell(row, '证件编号');
  const rest = ['证件类型', '发证机关', '发证日期', '有效期至'].map((h) => cell(row, h));
  if (!numberText) {
    if (rest.some(Boolean)) messages.push('填写了证件信息但缺少证件编号');
    return null;
  }
  const number = CertificateNumberSchema.safeParse(numberText);
  if (!number.success) messages.push(number.error.issues[0]?.message ?? '证件编号无效');
  const [typeText, issuingAuthority, issueText, expiryText] = rest as [string, string, string, string];
  const type = typeText ? TYPE_BY_LABEL.get(typeText) : null;
  if (type === undefined) messages.push(`证件类型不正确: ${typeText}, 应为 行政执法证 或 行政执法监督证`);
  if (issuingAuthority.length < 4) messages.push('发证机关不能为空 (至少4个字)');
  const issueDate = normaliseDate(issueText);
  const expiryDate = normaliseDate(expiryText);
  if (!issueDate) messages.push(`发证日期无效: ${issueText || '(空)'}, 格式应为 YYYY-MM-DD`);
  if (!expiryDate) messages.push(`有效期至无效: ${expiryText || '(空)'}, 格式应为 YYYY-MM-DD`);
  if (issueDate && issueDate > today) messages.push('发证日期不能晚于今天');
  if (issueDate && expiryDate && expiryDate <= issueDate) messages.push('有效期至应晚于发证日期');
  else if (expiryDate && expiryDate < today) messages.push(`证件已于${expiryDate}过期, 不能导入为有效证件`);
  if (!number.success || type === undefined || !issueDate || !expiryDate) return null;
  return { number: number.data, type, issuingAuthority, issueDate, expiryDate };
}
