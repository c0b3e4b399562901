import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import { FIRST_DAY, type Timeline, timelineOf } from './timeline.ts';

const day = fc.integer({ min: 0, max: 3_000 }).map((n) => addDays('2018-01-01', n));

/** The value of a timeline on a day, read the plain way. */
function valueOn<V>(timeline: Timeline<V>, d: string): V {
  let value = timeline.values[0] as V;
  timeline.from.forEach((from, i) => {
    if (from <= d) value = timeline.values[i] as V;
  });
  return value;
}

/** A step function of the day: the value of the last step on or before it (0 before any). */
function stepsOn(steps: readonly [string, number][], d: string): number {
  let value = 0;
  for (const [from, v] of steps) if (from <= d) value = v;
  return value;
}

describe('timelines', () => {
  it('give, for any day, what the function they were made from gives, asking it only on change days', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.integer({ min: 0, max: 3 })), { maxLength: 40 }),
        fc.array(day, { minLength: 1, maxLength: 30 }),
        (raw, days) => {
          const steps = [...raw].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
          const asked: string[] = [];
          const timeline = timelineOf(
            steps.map(([d]) => d),
            (d) => {
              asked.push(d);
              return stepsOn(steps, d);
            },
          );
          expect(asked.length).toBeLessThanOrEqual(steps.length + 1);
          expect(timeline.from[0]).toBe(FIRST_DAY);
          for (const d of [...days, FIRST_DAY, '9999-12-31', ...steps.map(([s]) => s)])
            expect(valueOn(timeline, d)).toBe(stepsOn(steps, d));
        },
      ),
    );
  });

  it('merge runs of equal values, so a value that never changes is one interval', () => {
    const timeline = timelineOf(['2024-01-01', '2024-06-01', '2025-01-01'], (d) => d >= '2024-06-01');
    expect(timeline).toEqual({ from: [FIRST_DAY, '2024-06-01'], values: [false, true] });
    expect(timelineOf(['2024-01-01'], () => 'same')).toEqual({ from: [FIRST_DAY], values: ['same'] });
  });
});
