import type { ImportResult } from '@jiandu/contracts/orgs';
import { ORG_KIND_LABELS, ORG_KINDS, OrgCreateSchema, type OrgKind } from '@jiandu/contracts/orgs';
import type { UserActor } from '../../platform/authz/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { buildXlsx, readCsv, readXlsx, type TableRow } from '../../platform/files/xlsx.ts';
import type { OrgService } from './orgs.service.ts';

/** The columns of the import template, in order; starred ones are required. */
export const IMPORT_COLUMNS = [
  '单位名称*',
  '简称',
  '单位类型*',
  '行政区划代码*',
  '统一社会信用代码',
  '上级单位统一社会信用代码',
  '排序',
] as const;

const KIND_BY_LABEL = new Map<string, OrgKind>([
  ...ORG_KINDS.map((k) => [k, k] as const),
  ...ORG_KINDS.map((k) => [ORG_KIND_LABELS[k], k] as const),
  ['司法行政机关', 'supervisor'],
  ['监督机构', 'supervisor'],
  ['执法主体', 'agency'],
  ['行政执法主体', 'agency'],
  ['乡镇', 'township_government'],
  ['街道', 'township_government'],
  ['乡镇人民政府', 'township_government'],
]);

/** The downloadable import template, with one example row. */
export function importTemplate(): Promise<Buffer> {
  const example = ['沈阳市和平区市场监督管理局', '和平区市场监管局', '行政执法主体', '210102', '', '', '10'];
  return buildXlsx(
    '单位导入',
    IMPORT_COLUMNS.map((header, i) => ({
      header,
      width: i === 0 ? 32 : 20,
      value: (row: string[]) => row[i] ?? '',
    })),
    [example],
  );
}

/** Reads an uploaded table, by its content type. */
export async function readUpload(body: Buffer, contentType: string): Promise<TableRow[]> {
  const table = contentType.includes('csv') ? readCsv(body.toString('utf8')) : await readXlsx(body);
  const missing = ['单位名称*', '单位类型*', '行政区划代码*'].filter(
    (h) => !table.headers.includes(h) && !table.headers.includes(h.replace('*', '')),
  );
  if (missing.length) {
    throw new AppError('VALIDATION_FAILED', `缺少必需的列: ${missing.join('、')}。请使用下载的导入模板。`);
  }
  return table.rows;
}

function cell(row: TableRow, header: string): string {
  return row.cells[header] ?? row.cells[header.replace('*', '')] ?? '';
}

/**
 * Imports orgs row by row: each good row is created (or, when its credit code exists, updated) and
 * audited; each bad row is reported with every reason, and does not stop the others. A row's
 * parent is named by credit code, and may be a row earlier in the same file.
 */
export async function importOrgs(
  service: OrgService,
  actor: UserActor,
  rows: TableRow[],
  defaultParentId: string | null,
): Promise<ImportResult> {
  const result: ImportResult = { received: rows.length, created: 0, updated: 0, rejected: 0, errors: [] };
  for (const row of rows) {
    const messages: string[] = [];
    const kindText = cell(row, '单位类型*');
    const kind = KIND_BY_LABEL.get(kindText);
    if (!kind)
      messages.push(
        `单位类型不正确: ${kindText || '(空)'}, 应为 ${ORG_KINDS.map((k) => ORG_KIND_LABELS[k]).join(' / ')}`,
      );
    const parentCode = cell(row, '上级单位统一社会信用代码').toUpperCase();
    let parentId = defaultParentId;
    if (parentCode) {
      const parent = await service.findByCreditCode(parentCode);
      if (!parent) messages.push(`上级单位不存在: ${parentCode}`);
      else parentId = parent.id;
    }
    const sortText = cell(row, '排序');
    const parsed = OrgCreateSchema.safeParse({
      parentId,
      name: cell(row, '单位名称*'),
      shortName: cell(row, '简称') || null,
      kind: kind ?? 'other',
      regionCode: cell(row, '行政区划代码*'),
      creditCode: cell(row, '统一社会信用代码') || null,
      sortOrder: sortText ? Number(sortText) : 0,
    });
    if (!parsed.success) messages.push(...parsed.error.issues.map((i) => i.message));
    if (messages.length || !parsed.success) {
      result.rejected += 1;
      result.errors.push({ row: row.row, messages });
      continue;
    }
    try {
      const existing = parsed.data.creditCode
        ? await service.findByCreditCode(parsed.data.creditCode)
        : undefined;
      if (existing) {
        const { parentId: _ignored, ...changes } = parsed.data;
        await service.update(actor, existing.id, changes);
        result.updated += 1;
      } else {
        await service.create(actor, parsed.data);
        result.created += 1;
      }
    } catch (error) {
      result.rejected += 1;
      result.errors.push({ row: row.row, messages: [error instanceof AppError ? error.detail : '保存失败'] });
      if (!(error instanceof AppError)) throw error;
    }
  }
  return result;
}
