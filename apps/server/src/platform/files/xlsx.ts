import ExcelJS from 'exceljs';

/** One column of an exported sheet. */
export interface SheetColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | null;
}

/** Builds an .xlsx file with one sheet, a bold frozen header row and the given rows. */
export async function buildXlsx<T>(
  sheetName: string,
  columns: SheetColumn<T>[],
  rows: Iterable<T>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiandu';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A data row read from an uploaded table, keyed by header, with its 1-based row number in the file. */
export interface TableRow {
  row: number;
  cells: Record<string, string>;
}

/** Reads the first sheet of an .xlsx file: headers from row 1, every later non-empty row. */
export async function readXlsx(buffer: Buffer): Promise<{ headers: string[]; rows: TableRow[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new Error('无法读取 Excel 文件, 请使用 .xlsx 格式');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const text = (v: ExcelJS.CellValue): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'object' && 'richText' in v)
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
    if (typeof v === 'object' && 'result' in v) return String(v.result ?? '').trim();
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return String(v).trim();
  };
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => {
    headers[col - 1] = text(cell.value);
  });
  const rows: TableRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => {
      if (h) cells[h] = text(row.getCell(i + 1).value);
    });
    if (Object.values(cells).some((v) => v !== '')) rows.push({ row: number, cells });
  });
  return { headers, rows };
}

/** Reads CSV text (RFC 4180 quoting, UTF-8 with or without BOM) the same way as a sheet. */
export function readCsv(text: string): { headers: string[]; rows: TableRow[] } {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  const headers = (records[0] ?? []).map((h) => h.trim());
  const rows: TableRow[] = [];
  records.slice(1).forEach((r, i) => {
    const cells: Record<string, string> = {};
    headers.forEach((h, j) => {
      if (h) cells[h] = (r[j] ?? '').trim();
    });
    if (Object.values(cells).some((v) => v !== '')) rows.push({ row: i + 2, cells });
  });
  return { headers, rows };
}

/** The MIME type of .xlsx files. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
