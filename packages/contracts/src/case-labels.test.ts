import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isYuanAmount, shanghaiDay } from './case-labels.ts';

describe('shanghaiDay', () => {
  it.each([
    ['2026-03-01', '2026-03-01'],
    ['2024-02-29', '2024-02-29'],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['2026-3-1', null],
    ['2026-03-01T09:30:00+08:00', '2026-03-01'],
    ['2026-03-01T24:00:00+08:00', null],
    ['2026-03-01T09:30', '2026-03-01'],
    ['2026-03-01T23:30:00Z', '2026-03-02'],
    ['2026-03-01T15:59:59Z', '2026-03-01'],
    ['2026-03-01T16:00:00.000Z', '2026-03-02'],
    ['2026-03-01T00:30:00+09:00', '2026-02-28'],
    ['2026-12-31T20:00:00-05:00', '2027-01-01'],
    ['2026-03-01 09:30:00', null],
    ['', null],
  ])('reads %s as %s', (input, day) => {
    expect(shanghaiDay(input)).toBe(day);
  });

  it('agrees with the clock for any instant written with any offset', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1950-01-01T00:00:00Z'),
          max: new Date('2090-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -12, max: 14 }),
        (instant, hours) => {
          const local = new Date(instant.getTime() + hours * 3600_000).toISOString().slice(0, 19);
          const sign = hours < 0 ? '-' : '+';
          const offset = `${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`;
          const expected = new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
          expect(shanghaiDay(`${local}${offset}`)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('isYuanAmount', () => {
  it('takes money with at most two decimals and nothing else', () => {
    expect([0, 200, 3000.5, 0.01, 150000.99].every(isYuanAmount)).toBe(true);
    expect([-1, 0.001, 10.005, Number.NaN, Number.POSITIVE_INFINITY].some(isYuanAmount)).toBe(false);
  });
});
