import type { ImportResult } from '@jiandu/contracts/orgs';

/** Cells Excel would run as a formula are prefixed with an apostrophe (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The rejected rows of an import as CSV text: UTF-8 with a byte-order mark and CRLF line ends,
 * so Excel on Windows opens the Chinese reasons correctly.
 */
export function errorReportCsv(errors: ImportResult['errors'], headers: readonly [string, string]): string {
  const lines = [headers, ...errors.map((e) => [e.row, e.messages.join('；')] as const)];
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Saves text as a file the browser downloads. */
export function saveTextFile(name: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
