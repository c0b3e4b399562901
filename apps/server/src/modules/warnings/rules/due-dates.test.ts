import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../../../platform/calendar/dates.ts';
import { dayNumber } from './day-numbers.ts';
import { dueDate, surelyInTime } from './due-dates.ts';
import { OFFICIAL_CALENDAR } from './rule-fixtures.ts';

describe('due dates of the rules', () => {
  it('uses the engine on the official calendar (spec example: 7 working days from 2026-09-24)', () => {
    expect(dueDate(OFFICIAL_CALENDAR, '2026-09-24', 7, 'working')).toMatchObject({
      due: '2026-10-12',
      provisional: false,
    });
  });

  it('never lets the shortcut clear a day after the due date', () => {
    const first = dayNumber('2025-01-01');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom('calendar' as const, 'working' as const),
        fc.integer({ min: 0, max: 400 }),
        (offset, amount, unit, later) => {
          const start = fromDayNumber(first + offset);
          const day = fromDayNumber(first + offset + later);
          if (surelyInTime(start, amount, day))
            expect(day <= dueDate(OFFICIAL_CALENDAR, start, amount, unit).due).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
