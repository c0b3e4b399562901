import type { SheetColumn } from './xlsx.ts';

/** The CSV content type, UTF-8 declared. */
export const CSV_TYPE = 'text/csv; charset=utf-8';

/**
 * A cell as CSV text: quoted when it holds a comma, quote or line break; a leading = + - @ or tab
 * is prefixed with an apostrophe so that spreadsheet software shows the text instead of running it
 * as a formula.
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as a CSV file with a header line: UTF-8 with a byte-order mark (so Chinese spreadsheet
 * software reads it as UTF-8) and CRLF line ends, the columns as an xlsx export has them.
 */
export function buildCsv<T>(columns: SheetColumn<T>[], rows: Iterable<T>): Buffer {
  const lines = [columns.map((c) => cell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
