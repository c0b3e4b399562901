import { FIRST_DAY, type Timeline } from '../../../platform/calendar/timeline.ts';

/**
 * A timeline as the index keeps it: its days as YYYYMMDD numbers in one packed array, so answering
 * compares small integers instead of following a pointer to each day's string.
 */
export interface PackedTimeline<V> {
  days: number[];
  values: V[];
}

/** The digit at a position of a day string, or NaN when there is none. */
function digit(day: string, at: number): number {
  const d = day.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

/** A `YYYY-MM-DD` day as the number YYYYMMDD; a day in any other shape is refused, not misread. */
export function dayNumber(day: string): number {
  const n =
    digit(day, 0) * 10_000_000 +
    digit(day, 1) * 1_000_000 +
    digit(day, 2) * 100_000 +
    digit(day, 3) * 10_000 +
    digit(day, 5) * 1_000 +
    digit(day, 6) * 100 +
    digit(day, 8) * 10 +
    digit(day, 9);
  if (Number.isNaN(n) || day.length !== 10 || day[4] !== '-' || day[7] !== '-')
    throw new RangeError(`日期格式错误: ${day}`);
  return n;
}

/** The value of a packed timeline on a day number: a scan from the end when short, else a binary search. */
export function packedValueOn<V>(timeline: PackedTimeline<V>, day: number): V {
  const { days, values } = timeline;
  let hi = days.length - 1;
  if (hi < 8) {
    while (hi > 0 && (days[hi] as number) > day) hi -= 1;
    return values[hi] as V;
  }
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((days[mid] as number) <= day) lo = mid;
    else hi = mid - 1;
  }
  return values[lo] as V;
}

/**
 * Packs timelines for the index, sharing what repeats: one timeline per constant value (most
 * agencies and certificates never change holder) and one list per sequence of plain values (most
 * certificates go valid, then expired).
 */
export class TimelinePacker {
  readonly #constants = new Map<unknown, PackedTimeline<unknown>>();
  readonly #valueLists = new Map<string, unknown[]>();
  readonly #first = dayNumber(FIRST_DAY);

  /** The packed form of a timeline. */
  pack<V>(timeline: Timeline<V>): PackedTimeline<V> {
    const { values } = timeline;
    if (values.length === 1) {
      const shared = this.#constants.get(values[0]);
      if (shared) return shared as PackedTimeline<V>;
      const made: PackedTimeline<V> = { days: [this.#first], values: [values[0] as V] };
      this.#constants.set(values[0], made);
      return made;
    }
    const days = timeline.from.map(dayNumber);
    if (values.some((v) => v !== null && typeof v === 'object')) return { days, values: [...values] };
    const key = JSON.stringify(values);
    const list = this.#valueLists.get(key) ?? [...values];
    this.#valueLists.set(key, list);
    return { days, values: list as V[] };
  }
}
