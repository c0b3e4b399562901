import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../platform/calendar/dates.ts';
import { FIRST_DAY } from '../../../platform/calendar/timeline.ts';
import { dayNumber, packedValueOn, TimelinePacker } from './packed-timeline.ts';

const day = fc.integer({ min: 0, max: 4_000 }).map((n) => addDays('2015-01-01', n));

describe('packed timelines', () => {
  it('give on any day the value of the last change on or before it, short or long', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(day, { maxLength: 40 }),
        fc.array(day, { minLength: 1, maxLength: 20 }),
        (changes, asked) => {
          const from = [FIRST_DAY, ...changes.sort()];
          const timeline = new TimelinePacker().pack({ from, values: from.map((_, i) => i) });
          for (const d of [...asked, ...changes, FIRST_DAY, '9999-12-31']) {
            const expected = from.filter((f) => f <= d).length - 1;
            expect(packedValueOn(timeline, dayNumber(d))).toBe(expected);
          }
        },
      ),
    );
  });

  it('read days as numbers in date order, and refuse a day in another shape', () => {
    expect(dayNumber('2026-03-09')).toBe(20_260_309);
    expect(dayNumber(FIRST_DAY)).toBeLessThan(dayNumber('1900-01-01'));
    for (const bad of ['2026-3-09', '2026/03/09', '2026-03-09T10:00', '20260309', '', '2026-0a-09'])
      expect(() => dayNumber(bad)).toThrow('日期格式错误');
  });

  it('share one timeline per constant and one list per sequence of plain values', () => {
    const packer = new TimelinePacker();
    const a = packer.pack({ from: [FIRST_DAY], values: ['X'] });
    expect(packer.pack({ from: [FIRST_DAY], values: ['X'] })).toBe(a);
    const b = packer.pack({ from: [FIRST_DAY, '2020-01-01'], values: [null, 'valid'] });
    const c = packer.pack({ from: [FIRST_DAY, '2021-05-01'], values: [null, 'valid'] });
    expect(c.values).toBe(b.values);
    expect(c.days).toEqual([dayNumber(FIRST_DAY), 20_210_501]);
  });
});
