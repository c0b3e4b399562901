/*
 * Calendar days as integers (days since 1970-01-01) and their ISO strings, cached so a million
 * records format dates by table lookup instead of Date objects. Times are Asia/Shanghai, written
 * with their +08:00 offset as the exchange spec allows.
 */

const DAY_MS = 86_400_000;
/** Days 1900-01-01 to 2149-12-31, filled as they are first formatted (dense, so lookups stay fast). */
const CACHE_FIRST = -25_567;
const cache: string[] = new Array<string>(91_311).fill('');

/** The day number of a YYYY-MM-DD date. */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const n = Date.UTC(y, m - 1, d) / DAY_MS;
  if (!Number.isInteger(n) || iso.length !== 10) throw new RangeError(`日期格式应为 YYYY-MM-DD: ${iso}`);
  return n;
}

/** The YYYY-MM-DD string of a day number. */
export function isoDay(day: number): string {
  const slot = day - CACHE_FIRST;
  if (slot < 0 || slot >= cache.length) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  const hit = cache[slot]!;
  if (hit !== '') return hit;
  const text = new Date(day * DAY_MS).toISOString().slice(0, 10);
  cache[slot] = text;
  return text;
}

/** The year of a day number. */
export function yearOf(day: number): string {
  return isoDay(day).slice(0, 4);
}

/** The same calendar day `years` later (Feb 29 becomes Mar 1 in common years). */
export function plusYears(day: number, years: number): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()) / DAY_MS;
}

/** Office-hours times of day in 10-minute steps, 08:30 to 17:50, with the Shanghai offset. */
export const TIMES: readonly string[] = (() => {
  const out: string[] = [];
  for (let minutes = 8 * 60 + 30; minutes <= 17 * 60 + 50; minutes += 10) {
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    out.push(`T${hh}:${mm}:00+08:00`);
  }
  return out;
})();

/** The last index of TIMES. */
export const LAST_TIME = TIMES.length - 1;

const moments: (string[] | undefined)[] = new Array<string[] | undefined>(cache.length).fill(undefined);

/**
 * A date and office-hours time ("2026-03-01T09:30:00+08:00", `time` an index of TIMES), cached per
 * day, so a million records share a few thousand strings instead of building one per event.
 */
export function dateTime(day: number, time: number): string {
  const slot = day - CACHE_FIRST;
  if (slot < 0 || slot >= cache.length) return isoDay(day) + TIMES[time];
  let row = moments[slot];
  if (!row) {
    row = new Array<string>(TIMES.length).fill('');
    moments[slot] = row;
  }
  let text = row[time]!;
  if (text === '') {
    text = isoDay(day) + TIMES[time];
    row[time] = text;
  }
  return text;
}
