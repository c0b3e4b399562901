import { ItemCodeSchema, type ItemContent, itemProblems } from '@jiandu/contracts/catalogue';
import {
  ITEM_KIND_LABELS,
  ITEM_KINDS,
  type ItemKind,
  type ItemLegalBasis,
} from '@jiandu/contracts/catalogue-labels';
import { ENFORCEMENT_FIELD_CODES, ENFORCEMENT_FIELDS, fieldFromLabel } from '@jiandu/contracts/fields';
import { buildImportTemplate, cellOf } from '../../platform/files/import-table.ts';
import type { TableRow } from '../../platform/files/xlsx.ts';

/** The columns of the import template (and of the export, which adds state columns after them). */
export const ITEM_IMPORT_COLUMNS = [
  '执法主体统一社会信用代码*',
  '事项编码*',
  '事项名称*',
  '事项类别*',
  '执法依据*',
  '依据条文',
  '责任岗位*',
  '执法领域*',
  '备注',
  '调整原因',
] as const;

const EXAMPLE = [
  '11210102MB0123456X',
  'SJ-CF-0122',
  '对未取得食品生产经营许可从事食品生产经营活动的行政处罚',
  '行政处罚',
  '《中华人民共和国食品安全法》第一百二十二条第一款',
  '违反本法规定, 未取得食品生产经营许可从事食品生产经营活动……由县级以上人民政府食品安全监督管理部门没收违法所得……',
  '执法稽查科',
  '市场监管',
  '',
  '依据修订后的法律调整',
];

const INSTRUCTIONS: [string, string][] = [
  ['执法主体统一社会信用代码', '必填, 18位; 执法主体须在您的数据范围内。'],
  [
    '事项编码',
    '必填, 2至40位字母、数字或 - _ . ; 同一执法主体内唯一。已有的编码按本行修改 (生成新版本草稿)。',
  ],
  ['事项名称', '必填, 2至200字。'],
  [
    '事项类别',
    `必填: ${ITEM_KINDS.map((k) => ITEM_KIND_LABELS[k]).join(' / ')} (可简写为 处罚、许可、强制、检查 等)。`,
  ],
  [
    '执法依据',
    '必填, 每项一行 (或用"；"分隔), 写作 《法律法规名称》第X条第Y款, 如 《中华人民共和国食品安全法》第一百二十二条第一款。',
  ],
  ['依据条文', '选填, 第一项执法依据的条文内容。'],
  ['责任岗位', '必填, 承办的内设机构或岗位, 如"执法稽查科"。'],
  [
    '执法领域',
    `必填, 多个用"、"分隔: ${ENFORCEMENT_FIELD_CODES.map((c) => ENFORCEMENT_FIELDS[c]).join('、')}`,
  ],
  ['调整原因', '选填, 新增或修改的理由, 记入调整记录。'],
  ['导入结果', '导入的事项为草稿, 提交审核并由同级司法行政机关发布后生效。有待审核版本的事项不能导入修改。'],
];

/** The downloadable template with an example row and instructions. */
export function itemImportTemplate(): Promise<Buffer> {
  return buildImportTemplate({
    sheet: '执法事项导入',
    columns: ITEM_IMPORT_COLUMNS,
    example: EXAMPLE,
    instructions: INSTRUCTIONS,
    widths: { '事项名称*': 40, '执法依据*': 44, 依据条文: 50, '执法主体统一社会信用代码*': 24 },
  });
}

const KIND_BY_LABEL = new Map<string, ItemKind>([
  ...ITEM_KINDS.map((k) => [k, k] as const),
  ...ITEM_KINDS.map((k) => [ITEM_KIND_LABELS[k], k] as const),
  ...ITEM_KINDS.map((k) => [ITEM_KIND_LABELS[k].replace(/^行政/, ''), k] as const),
  ['征收', 'levy'],
  ['征用', 'levy'],
  ['其他', 'other'],
]);

/** One citation "《X法》第十条第二款" (or without the brackets) as a legal basis; null when no law name. */
export function parseCitation(text: string): ItemLegalBasis | null {
  const m = /^《?([^》第]+?)》?\s*(第[^条]+条)?\s*((?:第[^款]+款)?\s*(?:第[^项]+项)?)\s*$/.exec(text.trim());
  if (!m || (m[1] ?? '').trim().length < 2) return null;
  return {
    law: (m[1] ?? '').trim(),
    article: m[2] ?? null,
    clause: (m[3] ?? '').replace(/\s+/g, '') || null,
    text: null,
  };
}

/** What a row says, read and checked on its own (no database). */
export interface ItemImportRow {
  row: number;
  creditCode: string;
  code: string;
  content: ItemContent;
  reason: string | null;
}

/** Reads one row; every problem is a Chinese message naming the column. */
export function parseItemRow(row: TableRow): { parsed: ItemImportRow | null; messages: string[] } {
  const messages: string[] = [];
  const creditCode = cellOf(row, '执法主体统一社会信用代码*').toUpperCase();
  if (!/^[0-9A-Z]{18}$/.test(creditCode)) messages.push('执法主体统一社会信用代码应为18位');
  const code = ItemCodeSchema.safeParse(cellOf(row, '事项编码*'));
  if (!code.success) messages.push(`事项编码: ${code.error.issues[0]?.message ?? '格式不正确'}`);
  const kindText = cellOf(row, '事项类别*');
  const kind = KIND_BY_LABEL.get(kindText);
  if (!kind) messages.push(`事项类别不正确: ${kindText || '(空)'}`);
  const citations = cellOf(row, '执法依据*')
    .split(/[\n;；]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  const bases = citations.map(parseCitation);
  citations.forEach((c, i) => {
    if (!bases[i]) messages.push(`执法依据无法识别: ${c} (应写作 《法律法规名称》第X条)`);
  });
  const legalBases = bases.filter((b): b is ItemLegalBasis => b !== null);
  const text = cellOf(row, '依据条文');
  if (text && legalBases[0]) legalBases[0].text = text;
  const fieldTexts = cellOf(row, '执法领域*')
    .split(/[、,，;；\s]+/)
    .filter(Boolean);
  const unknown = fieldTexts.filter((f) => !fieldFromLabel(f));
  if (unknown.length) messages.push(`执法领域不正确: ${unknown.join('、')}`);
  const content: ItemContent = {
    name: cellOf(row, '事项名称*'),
    kind: kind ?? 'other',
    legalBases,
    post: cellOf(row, '责任岗位*'),
    fields: [...new Set(fieldTexts.map((f) => fieldFromLabel(f)).filter((f) => f !== undefined))],
    note: cellOf(row, '备注') || null,
  };
  for (const p of itemProblems(content))
    if (!(p.path === 'legalBases' && citations.length > 0) && !(p.path === 'fields' && unknown.length))
      messages.push(p.message);
  if (messages.length || !code.success) return { parsed: null, messages };
  return {
    parsed: {
      row: row.row,
      creditCode,
      code: code.data.toUpperCase(),
      content,
      reason: cellOf(row, '调整原因') || null,
    },
    messages,
  };
}
