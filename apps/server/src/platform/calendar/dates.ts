/** Calendar dates are `YYYY-MM-DD` strings in Asia/Shanghai; arithmetic runs on whole days since the epoch. */
export type DateString = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when the string is a real calendar date in `YYYY-MM-DD` form (2026-02-30 is not). */
export function isValidDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Days since 1970-01-01 for a valid date string. */
export function toDayNumber(date: DateString): number {
  if (!isValidDate(date)) throw new RangeError(`日期格式错误: ${date}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The date string for a day number. */
export function fromDayNumber(day: number): DateString {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` after `date` (negative goes back). */
export function addDays(date: DateString, days: number): DateString {
  return fromDayNumber(toDayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: DateString): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** The year of a date string. */
export function yearOf(date: DateString): number {
  return Number(date.slice(0, 4));
}

/** Building a formatter costs far more than formatting with one; this one is made once. */
const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/** Today's date in Asia/Shanghai, the time zone every calendar date in Jiandu is in. */
export function todayInShanghai(now: Date = new Date()): DateString {
  return SHANGHAI_DAY.format(now);
}

/** A date as official documents write it: 2026-12-28 → 2026年12月28日. */
export function chineseDate(date: DateString): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
