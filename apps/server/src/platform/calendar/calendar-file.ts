import { type DateString, isValidDate, weekday, yearOf } from './dates.ts';
import { locateJsonEntries } from './json-lines.ts';

/** One day of an official schedule as read from a file. */
export interface CalendarFileDay {
  date: DateString;
  kind: 'holiday' | 'workday';
  name: string;
  line: number;
}

/** A problem in a calendar file, on a 1-based line. */
export interface CalendarFileError {
  line: number;
  message: string;
}

/** The parsed file: the days of each year it contains, or every error found. */
export type CalendarFileResult =
  | { ok: true; source: string | null; years: Map<number, CalendarFileDay[]> }
  | { ok: false; errors: CalendarFileError[] };

const KIND_ALIASES = new Map<string, 'holiday' | 'workday'>([
  ['holiday', 'holiday'],
  ['休', 'holiday'],
  ['放假', 'holiday'],
  ['workday', 'workday'],
  ['班', 'workday'],
  ['上班', 'workday'],
]);

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/**
 * Reads a holiday schedule from JSON or CSV text and validates every entry, so that a bad file is
 * refused whole with each problem named by line, and a good one can replace its years at once.
 */
export function parseCalendarFile(text: string, format: 'json' | 'csv'): CalendarFileResult {
  const body = text.replace(/^\uFEFF/, '');
  const read = format === 'json' ? readJson(body) : readCsv(body);
  if ('errors' in read) return { ok: false, errors: read.errors };
  return validate(read.rows, read.source, read.year);
}

interface RawRow {
  line: number;
  date: unknown;
  kind: unknown;
  name: unknown;
}

type ReadResult =
  | { rows: RawRow[]; source: string | null; year: number | null }
  | { errors: CalendarFileError[] };

function readCsv(text: string): ReadResult {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().toLowerCase());
  const expected = [
    ['date', 'kind', 'name'],
    ['日期', '类型', '名称'],
  ];
  if (!expected.some((e) => e.every((h, i) => header[i] === h))) {
    return { errors: [{ line: 1, message: '首行须为表头 "date,kind,name" (或 "日期,类型,名称")' }] };
  }
  const rows: RawRow[] = [];
  const errors: CalendarFileError[] = [];
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === '') return;
    const cells = raw.split(',').map((c) => c.trim());
    if (cells.length !== 3) {
      errors.push({ line, message: `应有3列 (日期,类型,名称), 实有${cells.length}列` });
      return;
    }
    rows.push({ line, date: cells[0], kind: cells[1], name: cells[2] });
  });
  return errors.length ? { errors } : { rows, source: null, year: null };
}

function readJson(text: string): ReadResult {
  const located = locateJsonEntries(text, 'days');
  if (!located.ok) return { errors: [{ line: located.line, message: `JSON格式错误: ${located.message}` }] };
  const value: unknown = JSON.parse(text);
  const container = Array.isArray(value) ? { days: value } : value;
  if (
    typeof container !== 'object' ||
    container === null ||
    !Array.isArray((container as { days?: unknown }).days)
  ) {
    return { errors: [{ line: 1, message: 'JSON须为日期数组, 或含 "days" 数组的对象' }] };
  }
  const { days, source, year } = container as { days: unknown[]; source?: unknown; year?: unknown };
  if (
    year !== undefined &&
    (!Number.isInteger(year) || (year as number) < MIN_YEAR || (year as number) > MAX_YEAR)
  ) {
    return { errors: [{ line: 1, message: `"year" 须为${MIN_YEAR}至${MAX_YEAR}之间的整数` }] };
  }
  const rows = days.map((entry, i): RawRow => {
    const line = located.entryLines[i] ?? 1;
    if (typeof entry !== 'object' || entry === null)
      return { line, date: undefined, kind: undefined, name: undefined };
    const e = entry as Record<string, unknown>;
    return { line, date: e.date, kind: e.kind, name: e.name };
  });
  return {
    rows,
    source: typeof source === 'string' && source.trim() ? source.trim() : null,
    year: (year as number) ?? null,
  };
}

function validate(rows: RawRow[], source: string | null, fileYear: number | null): CalendarFileResult {
  const errors: CalendarFileError[] = [];
  const seen = new Map<string, number>();
  const years = new Map<number, CalendarFileDay[]>();
  if (rows.length === 0) return { ok: false, errors: [{ line: 1, message: '文件中没有任何日期' }] };
  for (const row of rows) {
    const problems: string[] = [];
    const date = typeof row.date === 'string' ? row.date.trim() : '';
    const kind = typeof row.kind === 'string' ? KIND_ALIASES.get(row.kind.trim()) : undefined;
    const name = typeof row.name === 'string' ? row.name.trim() : '';
    if (!isValidDate(date)) problems.push(`日期格式错误: ${String(row.date ?? '(空)')}, 应为 YYYY-MM-DD`);
    else {
      const year = yearOf(date);
      if (year < MIN_YEAR || year > MAX_YEAR) problems.push(`年份超出范围: ${year}`);
      if (fileYear !== null && year !== fileYear) problems.push(`日期${date}不属于文件声明的${fileYear}年`);
      const first = seen.get(date);
      if (first !== undefined) problems.push(`日期${date}重复 (第${first}行已出现)`);
      else seen.set(date, row.line);
      if (kind === 'workday' && weekday(date) !== 0 && weekday(date) !== 6) {
        problems.push(`调休上班日${date}不是周六或周日`);
      }
    }
    if (!kind) problems.push(`类型错误: ${String(row.kind ?? '(空)')}, 应为 holiday(休) 或 workday(班)`);
    if (!name) problems.push('名称不能为空');
    else if (name.length > 40) problems.push(`名称过长: ${name}`);
    if (problems.length) {
      errors.push({ line: row.line, message: problems.join('; ') });
      continue;
    }
    const day: CalendarFileDay = { date, kind: kind!, name, line: row.line };
    const list = years.get(yearOf(date)) ?? [];
    list.push(day);
    years.set(yearOf(date), list);
  }
  for (const [year, days] of years) {
    if (!days.some((d) => d.kind === 'holiday')) {
      errors.push({ line: days[0]!.line, message: `${year}年没有任何放假日期, 不像是完整的节假日安排` });
    }
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, source, years };
}
