/*
 * Whole-day arithmetic on `YYYY-MM-DD` strings without regular expressions, Date objects or new
 * strings, for the rules' hot path (a full evaluation judges a million cases). Inputs are days the
 * case record's parser or the calendar already validated.
 */

const digit = (day: string, at: number) => day.charCodeAt(at) - 48;

/** The year of a `YYYY-MM-DD` day, read from its characters. */
export function yearOf(day: string): number {
  return digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3);
}

/** Month and day of a `YYYY-MM-DD` day as one number (MMDD), to compare anniversaries. */
export function monthDayOf(day: string): number {
  return (digit(day, 5) * 10 + digit(day, 6)) * 100 + digit(day, 8) * 10 + digit(day, 9);
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` day (proleptic Gregorian, as the calendar counts). */
export function dayNumber(day: string): number {
  const month = digit(day, 5) * 10 + digit(day, 6);
  const date = digit(day, 8) * 10 + digit(day, 9);
  const year = yearOf(day) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** How many days `to` is after `from` (negative when before). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
