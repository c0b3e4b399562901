import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { bundledSchedules } from './calendar-seed.ts';
import { computeDeadline, type DeadlineInput } from './deadline.ts';
import { buildCalendar, type WorkingCalendar } from './working-calendar.ts';

// ---------------------------------------------------------------------------------------------
// Independent helpers: date arithmetic and the working-day rule re-implemented on plain Date so
// the properties do not check the engine against itself.
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function plus(date: string, days: number): string {
  return dateOf(dayNumber(date) + days);
}

function isWeekend(date: string): boolean {
  const dow = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return dow === 0 || dow === 6;
}

/** The rule itself: make-up working days work, holidays and weekends do not, the rest works. */
function worksOn(calendar: WorkingCalendar, date: string): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  return !isWeekend(date);
}

/** Every date d with from <= d <= to. */
function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayNumber(from); d <= dayNumber(to); d++) out.push(dateOf(d));
  return out;
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, but it returned');
}

function expectYearMissing(fn: () => unknown, year: number): void {
  const error = caught(fn);
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe('CALENDAR_YEAR_MISSING');
  expect(appError.detail).toContain(String(year));
  expect(appError.extras.year).toBe(year);
}

// ---------------------------------------------------------------------------------------------
// Calendars
// ---------------------------------------------------------------------------------------------

const schedules = bundledSchedules();
const real = buildCalendar(schedules.keys(), [...schedules.values()].flat());

const working = (start: string, amount: number) => computeDeadline(real, { start, amount, unit: 'working' });
const calendarDays = (start: string, amount: number) =>
  computeDeadline(real, { start, amount, unit: 'calendar' });

/** A random official schedule for `years`: holiday runs and make-up working days on weekends. */
function syntheticCalendar(years: number[]): fc.Arbitrary<WorkingCalendar> {
  const names = ['元旦', '春节', '清明', '劳动节', '端午', '中秋', '国庆节', '测试节'];
  const run = fc.record({
    offset: fc.integer({ min: 0, max: 364 }),
    length: fc.integer({ min: 1, max: 10 }),
    name: fc.constantFrom(...names),
  });
  const makeUp = fc.record({
    offset: fc.integer({ min: 0, max: 364 }),
    name: fc.constantFrom(...names),
  });
  const perYear = fc.record({
    runs: fc.array(run, { maxLength: 8 }),
    makeUps: fc.array(makeUp, { maxLength: 8 }),
  });
  return fc.tuple(...years.map(() => perYear)).map((specs) => {
    const holidays = new Map<string, string>();
    const workdays = new Map<string, string>();
    specs.forEach((spec, i) => {
      const jan1 = `${years[i]}-01-01`;
      const inYear = (d: string) => d.startsWith(`${years[i]}-`);
      for (const r of spec.runs) {
        for (let k = 0; k < r.length; k++) {
          const d = plus(jan1, r.offset + k);
          if (inYear(d)) holidays.set(d, r.name);
        }
      }
      for (const m of spec.makeUps) {
        // Move forward to the next Saturday or Sunday: make-up working days are always weekend days.
        let d = plus(jan1, m.offset);
        while (!isWeekend(d)) d = plus(d, 1);
        if (inYear(d) && !holidays.has(d)) workdays.set(d, m.name);
      }
    });
    return buildCalendar(years, [
      ...[...holidays].map(([date, name]) => ({ date, kind: 'holiday' as const, name })),
      ...[...workdays].map(([date, name]) => ({ date, kind: 'workday' as const, name })),
    ]);
  });
}

/** A date drawn uniformly from [from, to]. */
function dateIn(from: string, to: string): fc.Arbitrary<string> {
  return fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(dateOf);
}

const SYNTHETIC_YEARS = [2031, 2032, 2033];
const synthetic = syntheticCalendar(SYNTHETIC_YEARS);
// Starts in the first year and amounts up to 120 keep every due date inside the loaded years.
const syntheticStart = dateIn('2031-01-01', '2031-12-31');
const realStart = dateIn('2005-01-01', '2025-06-30');
const amount = fc.integer({ min: 1, max: 120 });

// ---------------------------------------------------------------------------------------------
// Property checks, shared by the real and the synthetic calendars
// ---------------------------------------------------------------------------------------------

function checkWorking(calendar: WorkingCalendar, start: string, n: number): void {
  const { due, derivation } = computeDeadline(calendar, { start, amount: n, unit: 'working' });
  expect(due > start).toBe(true);
  expect(worksOn(calendar, due)).toBe(true);
  const counted = datesBetween(plus(start, 1), due);
  const workingDays = counted.filter((d) => worksOn(calendar, d));
  expect(workingDays.length).toBe(n);
  expect(derivation.skippedDays).toBe(counted.length - n);
  expect(derivation.makeUpWorkdays).toEqual(counted.filter((d) => calendar.workdays.has(d)));
  expect(derivation.rolledFrom).toBeNull();
  expect(derivation.start).toBe(start);
  expect(derivation.amount).toBe(n);
  expect(derivation.unit).toBe('working');
  expect(derivation.explanation).toContain(`期限届满日为${due}`);
}

function checkMonotonic(calendar: WorkingCalendar, start: string, n: number): void {
  const a = computeDeadline(calendar, { start, amount: n, unit: 'working' }).due;
  const b = computeDeadline(calendar, { start, amount: n + 1, unit: 'working' }).due;
  expect(b > a).toBe(true);
  // Calendar days can only stay put (inside a run of days off) or move later.
  const c = computeDeadline(calendar, { start, amount: n, unit: 'calendar' }).due;
  const d = computeDeadline(calendar, { start, amount: n + 1, unit: 'calendar' }).due;
  expect(d >= c).toBe(true);
}

function checkCalendar(calendar: WorkingCalendar, start: string, n: number): void {
  const { due, derivation } = computeDeadline(calendar, { start, amount: n, unit: 'calendar' });
  const nominal = plus(start, n);
  expect(worksOn(calendar, due)).toBe(true);
  expect(due >= nominal).toBe(true);
  for (const d of datesBetween(nominal, plus(due, -1))) expect(worksOn(calendar, d)).toBe(false);
  expect(derivation.rolledFrom === null).toBe(due === nominal);
  if (derivation.rolledFrom !== null) expect(derivation.rolledFrom).toBe(nominal);
  expect(derivation.skippedDays).toBe(0);
  expect(derivation.makeUpWorkdays).toEqual([]);
  expect(derivation.explanation).toContain(`期限届满日为${due}`);
}

describe('computeDeadline on the official 2026 schedule', () => {
  it('bundles the State Council 2026 schedule', () => {
    const days = schedules.get(2026) ?? [];
    const dates = (kind: 'holiday' | 'workday') => days.filter((d) => d.kind === kind).map((d) => d.date);
    const range = (from: string, to: string) => datesBetween(from, to);
    expect(dates('holiday')).toEqual([
      ...range('2026-01-01', '2026-01-03'),
      ...range('2026-02-15', '2026-02-23'),
      ...range('2026-04-04', '2026-04-06'),
      ...range('2026-05-01', '2026-05-05'),
      ...range('2026-06-19', '2026-06-21'),
      ...range('2026-09-25', '2026-09-27'),
      ...range('2026-10-01', '2026-10-07'),
    ]);
    expect(dates('workday')).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect([...schedules.keys()].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 23 }, (_, i) => 2004 + i),
    );
  });

  it.each([
    ['2026-09-28', 7, '2026-10-13'],
    ['2026-09-24', 7, '2026-10-12'],
    ['2026-09-18', 1, '2026-09-20'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-04-30', 3, '2026-05-08'],
    ['2026-04-30', 4, '2026-05-09'],
  ])('%s + %i working days = %s', (start, n, due) => {
    expect(working(start, n).due).toBe(due);
  });

  it('records the derivation across 国庆节 with the 10-10 make-up working day', () => {
    const result = computeDeadline(real, {
      start: '2026-09-28',
      amount: 7,
      unit: 'working',
      rule: 'PUBLICITY_DUE',
      basis: '国办发〔2018〕118号: 7个工作日',
    });
    expect(result.due).toBe('2026-10-13');
    expect(result.derivation).toMatchObject({
      rule: 'PUBLICITY_DUE',
      basis: '国办发〔2018〕118号: 7个工作日',
      start: '2026-09-28',
      amount: 7,
      unit: 'working',
      // 10-01..10-07 (国庆节) and Sunday 10-11.
      skippedDays: 8,
      holidays: ['国庆节'],
      makeUpWorkdays: ['2026-10-10'],
      rolledFrom: null,
    });
    expect(result.derivation.explanation).toContain('2026-10-13');
    expect(result.derivation.explanation).toContain('国庆节');
    expect(result.derivation.explanation).toContain('2026-10-10');
  });

  it('names both 中秋 and 国庆节 when the count crosses both', () => {
    const { derivation } = working('2026-09-24', 7);
    expect(derivation.holidays).toEqual(['中秋', '国庆节']);
    // 09-25..09-27 (中秋), 10-01..10-07 (国庆节) and Sunday 10-11.
    expect(derivation.skippedDays).toBe(11);
    expect(derivation.makeUpWorkdays).toEqual(['2026-10-10']);
  });

  it('counts the 09-20 Sunday make-up working day and skips nothing else', () => {
    const { derivation } = working('2026-09-18', 1);
    expect(derivation.skippedDays).toBe(1);
    expect(derivation.holidays).toEqual([]);
    expect(derivation.makeUpWorkdays).toEqual(['2026-09-20']);
  });

  it('defaults rule and basis to null and explains a plain count', () => {
    const { due, derivation } = working('2026-03-02', 3);
    expect(due).toBe('2026-03-05');
    expect(derivation.rule).toBeNull();
    expect(derivation.basis).toBeNull();
    expect(derivation.skippedDays).toBe(0);
    expect(derivation.explanation).toBe('自2026-03-02次日起算3个工作日, 期限届满日为2026-03-05。');
  });

  it('rolls a calendar-day period ending on 国庆节 to the next working day', () => {
    const { due, derivation } = calendarDays('2026-09-16', 15);
    expect(due).toBe('2026-10-08');
    expect(derivation.rolledFrom).toBe('2026-10-01');
    expect(derivation.holidays).toEqual(['国庆节']);
    expect(derivation.unit).toBe('calendar');
    expect(derivation.explanation).toContain('2026-10-01');
    expect(derivation.explanation).toContain('顺延至2026-10-08');
    expect(derivation.explanation).toContain('期限届满日为2026-10-08');
  });

  it('rolls a calendar-day period ending on an ordinary weekend to Monday', () => {
    const { due, derivation } = calendarDays('2026-03-02', 5);
    expect(due).toBe('2026-03-09');
    expect(derivation.rolledFrom).toBe('2026-03-07');
    expect(derivation.holidays).toEqual([]);
    expect(derivation.explanation).toContain('休息日');
  });

  it('does not roll a calendar-day period ending on an ordinary weekday', () => {
    const { due, derivation } = calendarDays('2026-03-02', 10);
    expect(due).toBe('2026-03-12');
    expect(derivation.rolledFrom).toBeNull();
    expect(derivation.explanation).toBe('自2026-03-02次日起算10日, 期限届满日为2026-03-12。');
  });

  it('does not roll a calendar-day period ending on a make-up working day', () => {
    expect(calendarDays('2026-09-30', 10)).toMatchObject({
      due: '2026-10-10',
      derivation: { rolledFrom: null },
    });
    // Nominal Saturday 09-19 rolls only to Sunday 09-20, a make-up working day.
    expect(calendarDays('2026-09-09', 10)).toMatchObject({
      due: '2026-09-20',
      derivation: { rolledFrom: '2026-09-19' },
    });
  });

  it('refuses to count into 2027, whose schedule is not loaded', () => {
    // 2026-12-25 is a Friday; 12-28..12-31 are four working days.
    expect(working('2026-12-25', 4).due).toBe('2026-12-31');
    expectYearMissing(() => working('2026-12-25', 5), 2027);
    expectYearMissing(() => working('2026-12-21', 30), 2027);
    expectYearMissing(() => calendarDays('2026-12-20', 12), 2027);
    // A nominal last day on Thursday 12-31 needs no 2027 date; one on Saturday 01-02 does.
    expect(calendarDays('2026-12-20', 11).due).toBe('2026-12-31');
  });

  it('refuses to roll a calendar-day period into a missing year', () => {
    // Thursday 2026-12-31 made a day off: the roll has to look at 2027-01-01.
    const yearEndOff = buildCalendar([2026], [{ date: '2026-12-31', kind: 'holiday', name: '测试' }]);
    const input = { start: '2026-12-21', amount: 10, unit: 'calendar' } as const;
    expect(computeDeadline(real, input).due).toBe('2026-12-31');
    expectYearMissing(() => computeDeadline(yearEndOff, input), 2027);
    // Counting working days from the last days of an unloaded year is refused as well.
    const only2026 = buildCalendar([2026], schedules.get(2026) ?? []);
    expectYearMissing(
      () => computeDeadline(only2026, { start: '2025-12-25', amount: 7, unit: 'working' }),
      2025,
    );
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects amount %s', (bad) => {
    for (const unit of ['working', 'calendar'] as const) {
      expect(() => computeDeadline(real, { start: '2026-03-02', amount: bad, unit })).toThrow(RangeError);
    }
  });
});

describe('computeDeadline properties on the real 2004–2026 calendar', () => {
  it('(a) a working-day due date is a working day after start with exactly `amount` working days up to it', () => {
    fc.assert(
      fc.property(realStart, amount, (start, n) => checkWorking(real, start, n)),
      { numRuns: 500 },
    );
  });

  it('(b) one more working day gives a strictly later due date', () => {
    fc.assert(
      fc.property(realStart, amount, (start, n) => checkMonotonic(real, start, n)),
      { numRuns: 300 },
    );
  });

  it('(c) a calendar-day due date is the first working day on or after start + amount', () => {
    fc.assert(
      fc.property(realStart, amount, (start, n) => checkCalendar(real, start, n)),
      { numRuns: 500 },
    );
  });

  it('(c) every holiday and weekend used as a nominal last day rolls forward', () => {
    // Aim straight at non-working days so the rolling branch is exercised often.
    const offDays = [...real.holidays.keys()].filter((d) => d >= '2005-01-10' && d <= '2025-12-01');
    fc.assert(
      fc.property(fc.constantFrom(...offDays), amount, (nominal, n) => {
        const start = plus(nominal, -n);
        checkCalendar(real, start, n);
        expect(calendarDays(start, n).derivation.rolledFrom).toBe(nominal);
      }),
    );
  });
});

describe('computeDeadline properties on synthetic calendars', () => {
  it('(a) working-day counts are exact', () => {
    fc.assert(
      fc.property(synthetic, syntheticStart, amount, (calendar, start, n) =>
        checkWorking(calendar, start, n),
      ),
      { numRuns: 300 },
    );
  });

  it('(b) working-day due dates are strictly monotonic in the amount', () => {
    fc.assert(
      fc.property(synthetic, syntheticStart, amount, (calendar, start, n) =>
        checkMonotonic(calendar, start, n),
      ),
      { numRuns: 300 },
    );
  });

  it('(c) calendar-day periods roll to the first working day', () => {
    fc.assert(
      fc.property(synthetic, syntheticStart, amount, (calendar, start, n) =>
        checkCalendar(calendar, start, n),
      ),
      { numRuns: 300 },
    );
  });

  it('(d) throws CALENDAR_YEAR_MISSING whenever a date it must inspect is in an unloaded year', () => {
    fc.assert(
      fc.property(
        synthetic,
        dateIn('2031-01-01', '2032-12-31'),
        amount,
        fc.constantFrom<DeadlineInput['unit']>('working', 'calendar'),
        fc.constantFrom(...SYNTHETIC_YEARS),
        (full, start, n, unit, dropped) => {
          const partial: WorkingCalendar = buildCalendar(
            [...full.years].filter((y) => y !== dropped),
            [
              ...[...full.holidays].map(([date, name]) => ({ date, kind: 'holiday' as const, name })),
              ...[...full.workdays].map(([date, name]) => ({ date, kind: 'workday' as const, name })),
            ],
          );
          const input = { start, amount: n, unit };
          const expected = computeDeadline(full, input);
          // The days whose kind decides the result: all of (start, due] when counting working
          // days; the nominal last day up to the due date when counting calendar days.
          const first = unit === 'working' ? plus(start, 1) : plus(start, n);
          const inspected = datesBetween(first, expected.due);
          const missing = inspected.find((d) => Number(d.slice(0, 4)) === dropped);
          if (missing !== undefined) {
            expectYearMissing(() => computeDeadline(partial, input), dropped);
          } else {
            expect(computeDeadline(partial, input)).toEqual(expected);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('(d) a calendar with no years loaded answers nothing', () => {
    fc.assert(
      fc.property(
        dateIn('2000-01-01', '2099-12-01'),
        amount,
        fc.constantFrom<DeadlineInput['unit']>('working', 'calendar'),
        (start, n, unit) => {
          const empty = buildCalendar([], []);
          const error = caught(() => computeDeadline(empty, { start, amount: n, unit }));
          expect((error as AppError).code).toBe('CALENDAR_YEAR_MISSING');
        },
      ),
    );
  });
});
