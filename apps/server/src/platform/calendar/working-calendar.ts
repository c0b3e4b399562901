import { AppError } from '../errors.ts';
import { type DateString, fromDayNumber, toDayNumber, yearOf } from './dates.ts';

/** The kind of each day, packed in one byte so deadline loops run on integers. */
enum Code {
  NotLoaded = 0,
  Weekday = 1,
  Weekend = 2,
  Holiday = 3,
  MakeUp = 4,
}

/**
 * A snapshot of the official calendar: which years are loaded, their days off and their make-up
 * working days. Everything else follows the Monday–Friday week.
 */
export interface WorkingCalendar {
  years: ReadonlySet<number>;
  /** Days off by date, with the holiday's name (weekend days inside a holiday run included). */
  holidays: ReadonlyMap<DateString, string>;
  /** Weekend days that are official working days (调休上班), with the holiday they make up for. */
  workdays: ReadonlyMap<DateString, string>;
  /** Day number of the first entry of `codes`. */
  readonly firstDay: number;
  /** One code per day from `firstDay` to the end of the last loaded year. */
  readonly codes: Uint8Array;
}

/** Raised when a date falls in a year whose official schedule has not been loaded. */
export function calendarYearMissing(year: number): AppError {
  return new AppError(
    'CALENDAR_YEAR_MISSING',
    `${year}年的节假日安排尚未导入, 无法按工作日计算期限。请系统管理员导入国务院办公厅${year}年节假日安排后重试。`,
    { year },
  );
}

/** Builds a calendar from day rows; `years` lists the years whose schedule is complete. */
export function buildCalendar(
  years: Iterable<number>,
  days: Iterable<{ date: DateString; kind: 'holiday' | 'workday'; name: string }>,
): WorkingCalendar {
  const loaded = new Set(years);
  const holidays = new Map<DateString, string>();
  const workdays = new Map<DateString, string>();
  for (const day of days) (day.kind === 'holiday' ? holidays : workdays).set(day.date, day.name);
  if (loaded.size === 0) return { years: loaded, holidays, workdays, firstDay: 0, codes: new Uint8Array(0) };
  const firstDay = toDayNumber(`${Math.min(...loaded)}-01-01`);
  const lastDay = toDayNumber(`${Math.max(...loaded)}-12-31`);
  const codes = new Uint8Array(lastDay - firstDay + 1);
  for (const year of loaded) {
    const from = toDayNumber(`${year}-01-01`);
    const to = toDayNumber(`${year}-12-31`);
    for (let d = from; d <= to; d++) {
      const dow = (((d + 4) % 7) + 7) % 7;
      codes[d - firstDay] = dow === 0 || dow === 6 ? Code.Weekend : Code.Weekday;
    }
  }
  for (const date of holidays.keys())
    if (loaded.has(yearOf(date))) codes[toDayNumber(date) - firstDay] = Code.Holiday;
  for (const date of workdays.keys())
    if (loaded.has(yearOf(date))) codes[toDayNumber(date) - firstDay] = Code.MakeUp;
  return { years: loaded, holidays, workdays, firstDay, codes };
}

/** What kind of day a date is, and why. */
export type DayKind =
  | { working: true; reason: 'weekday' | 'makeUpWorkday'; name?: string }
  | { working: false; reason: 'weekend' | 'holiday'; name?: string };

/** The packed code of a day number; throws CALENDAR_YEAR_MISSING when its year is not loaded. */
export function dayCode(calendar: WorkingCalendar, day: number): number {
  const code = calendar.codes[day - calendar.firstDay] ?? Code.NotLoaded;
  if (code === Code.NotLoaded) throw calendarYearMissing(yearOf(fromDayNumber(day)));
  return code;
}

/** True for the codes of working days. */
export function isWorkingCode(code: number): boolean {
  return code === Code.Weekday || code === Code.MakeUp;
}

/** True for the code of an official day off (not an ordinary weekend). */
export function isHolidayCode(code: number): boolean {
  return code === Code.Holiday;
}

/** True for the code of a make-up working day. */
export function isMakeUpCode(code: number): boolean {
  return code === Code.MakeUp;
}

/** Classifies a date; throws CALENDAR_YEAR_MISSING when its year is not loaded, never guessing. */
export function classifyDay(calendar: WorkingCalendar, date: DateString): DayKind {
  const code = dayCode(calendar, toDayNumber(date));
  if (code === Code.MakeUp)
    return { working: true, reason: 'makeUpWorkday', name: calendar.workdays.get(date)! };
  if (code === Code.Holiday) return { working: false, reason: 'holiday', name: calendar.holidays.get(date)! };
  return code === Code.Weekday ? { working: true, reason: 'weekday' } : { working: false, reason: 'weekend' };
}

/** True when the date is an official working day. */
export function isWorkingDay(calendar: WorkingCalendar, date: DateString): boolean {
  return isWorkingCode(dayCode(calendar, toDayNumber(date)));
}

const provisional = new WeakMap<WorkingCalendar, Map<string, WorkingCalendar>>();

/**
 * The calendar with extra years counted as plain Monday–Friday weeks, for due dates that reach a
 * year whose official schedule is not out yet (each November the next year is missing). Results
 * computed on it must be marked provisional and recomputed once the year is loaded.
 */
export function withProvisionalYears(calendar: WorkingCalendar, years: number[]): WorkingCalendar {
  const missing = years.filter((y) => !calendar.years.has(y)).sort((a, b) => a - b);
  if (!missing.length) return calendar;
  const key = missing.join(',');
  let cached = provisional.get(calendar);
  if (!cached) {
    cached = new Map();
    provisional.set(calendar, cached);
  }
  const hit = cached.get(key);
  if (hit) return hit;
  const days = [
    ...[...calendar.holidays].map(([date, name]) => ({ date, kind: 'holiday' as const, name })),
    ...[...calendar.workdays].map(([date, name]) => ({ date, kind: 'workday' as const, name })),
  ];
  const built = buildCalendar([...calendar.years, ...missing], days);
  cached.set(key, built);
  return built;
}
