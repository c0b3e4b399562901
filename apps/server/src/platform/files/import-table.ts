import ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';
import { readCsv, readXlsx, type TableRow } from './xlsx.ts';

/** What an import template holds: its columns (starred ones required), an example row and help lines. */
export interface ImportTemplate {
  sheet: string;
  columns: readonly string[];
  example: readonly string[];
  instructions: readonly (readonly [string, string])[];
  /** Widths by column, 16 when absent. */
  widths?: Record<string, number>;
}

/** The downloadable template: a data sheet with the example row (all cells text) and a sheet of instructions. */
export async function buildImportTemplate(template: ImportTemplate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiandu';
  const sheet = workbook.addWorksheet(template.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = template.columns.map((header) => ({ header, width: template.widths?.[header] ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([...template.example]);
  template.columns.forEach((_, i) => {
    sheet.getColumn(i + 1).numFmt = '@';
  });
  sheet.getRow(2).alignment = { wrapText: true, vertical: 'top' };
  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列', width: 24 },
    { header: '说明', width: 100 },
  ];
  help.getRow(1).font = { bold: true };
  for (const line of template.instructions) help.addRow([...line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads an uploaded table by its content type and refuses it, naming them, when required columns are missing. */
export async function readImportTable(
  body: Buffer,
  contentType: string,
  columns: readonly string[],
): Promise<TableRow[]> {
  let table: { headers: string[]; rows: TableRow[] };
  try {
    table = contentType.includes('csv') ? readCsv(body.toString('utf8')) : await readXlsx(body);
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', error instanceof Error ? error.message : '无法读取文件');
  }
  const has = (h: string) => table.headers.includes(h) || table.headers.includes(h.replace('*', ''));
  const missing = columns.filter((h) => h.endsWith('*') && !has(h)).map((h) => h.replace('*', ''));
  if (missing.length)
    throw new AppError('VALIDATION_FAILED', `缺少必需的列: ${missing.join('、')}。请使用下载的导入模板。`);
  return table.rows;
}

/** One cell by header, with or without its star, trimmed. */
export function cellOf(row: TableRow, header: string): string {
  return (row.cells[header] ?? row.cells[header.replace('*', '')] ?? '').trim();
}
