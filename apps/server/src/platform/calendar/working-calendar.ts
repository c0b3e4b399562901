import { AppError } from '../errors.ts';
import { type DateString, weekday, yearOf } from './dates.ts';

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
  const holidays = new Map<DateString, string>();
  const workdays = new Map<DateString, string>();
  for (const day of days) (day.kind === 'holiday' ? holidays : workdays).set(day.date, day.name);
  return { years: new Set(years), holidays, workdays };
}

/** What kind of day a date is, and why. */
export type DayKind =
  | { working: true; reason: 'weekday' | 'makeUpWorkday'; name?: string }
  | { working: false; reason: 'weekend' | 'holiday'; name?: string };

/** Classifies a date; throws CALENDAR_YEAR_MISSING when its year is not loaded, never guessing. */
export function classifyDay(calendar: WorkingCalendar, date: DateString): DayKind {
  const year = yearOf(date);
  if (!calendar.years.has(year)) throw calendarYearMissing(year);
  const makeUp = calendar.workdays.get(date);
  if (makeUp !== undefined) return { working: true, reason: 'makeUpWorkday', name: makeUp };
  const holiday = calendar.holidays.get(date);
  if (holiday !== undefined) return { working: false, reason: 'holiday', name: holiday };
  const dow = weekday(date);
  return dow === 0 || dow === 6
    ? { working: false, reason: 'weekend' }
    : { working: true, reason: 'weekday' };
}

/** True when the date is an official working day. */
export function isWorkingDay(calendar: WorkingCalendar, date: DateString): boolean {
  return classifyDay(calendar, date).working;
}
