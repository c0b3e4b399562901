import type { DateString } from './dates.ts';

/** The day before every real date: a timeline starts here, so every day has a value. */
export const FIRST_DAY: DateString = '0000-01-01';

/**
 * A value that changes on given days: `values[i]` holds from `from[i]` up to the day before
 * `from[i + 1]`; `from[0]` is FIRST_DAY. Registers offer their effective-dated facts this way so a
 * reader holding many of them answers "what was it on day D" without the register's rules.
 */
export interface Timeline<V> {
  from: DateString[];
  values: V[];
}

/**
 * The timeline of `valueOn`, a function of the day that can only change on the given days: it is
 * asked once at FIRST_DAY and once at each change day, and runs of equal answers are merged.
 */
export function timelineOf<V>(
  changeDays: Iterable<DateString>,
  valueOn: (day: DateString) => V,
): Timeline<V> {
  const days = [...new Set([FIRST_DAY, ...changeDays])].filter((d) => d >= FIRST_DAY).sort();
  const timeline: Timeline<V> = { from: [], values: [] };
  for (const day of days) {
    const value = valueOn(day);
    const last = timeline.values.length - 1;
    if (last >= 0 && Object.is(timeline.values[last], value)) continue;
    timeline.from.push(day);
    timeline.values.push(value);
  }
  return timeline;
}

/** The value a timeline holds on a day (undefined before its first change day). */
export function timelineValueOn<V>(timeline: Timeline<V>, day: DateString): V | undefined {
  let value: V | undefined;
  for (let i = 0; i < timeline.from.length && timeline.from[i]! <= day; i++) value = timeline.values[i];
  return value;
}
