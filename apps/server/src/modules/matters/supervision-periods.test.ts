import { describe, expect, it } from 'vitest';
import { bundledSchedules } from '../../platform/calendar/calendar-seed.ts';
import { buildCalendar } from '../../platform/calendar/working-calendar.ts';
import { statusFromNotices } from './matter-status.ts';
import {
  noticeDue,
  objectionDecideBy,
  objectionUntil,
  overdueDays,
  DEFAULT_SUPERVISION_PERIODS as periods,
  reminderStep,
} from './supervision-periods.ts';

const schedules = bundledSchedules();
const calendar = buildCalendar(
  [...schedules.keys()].filter((y) => y <= 2026),
  [...schedules.entries()].filter(([y]) => y <= 2026).flatMap(([, days]) => days),
);

describe('the periods of a supervision notice', () => {
  it('gives an opinion 30 days, moved past a holiday to the next working day', () => {
    // 2026-09-01 + 30 days = 10-01, National Day (10-01..10-07): due the first working day after.
    expect(noticeDue(calendar, periods, 'opinion', '2026-09-01')).toMatchObject({ due: '2026-10-08' });
    // 2026-05-10 + 30 = 06-09, a Tuesday: due that day.
    expect(noticeDue(calendar, periods, 'decision', '2026-05-10').due).toBe('2026-06-09');
    expect(noticeDue(calendar, periods, 'notification', '2026-05-10').due).toBe('2026-05-25');
  });

  it('ends a 30-day period on a make-up Saturday, which is a working day', () => {
    // 2026-09-10 + 30 = 10-10, the Saturday worked for National Day.
    expect(noticeDue(calendar, periods, 'opinion', '2026-09-10').due).toBe('2026-10-10');
  });

  it('counts the objection window in working days across National Day', () => {
    // From 09-28 (Mon): 09-29, 09-30, 10-08, 10-09, 10-10 (Sat, worked), 10-12 … 10-16 is the 10th.
    expect(objectionUntil(calendar, periods, '2026-09-28').due).toBe('2026-10-16');
    // Filed 09-30: 10-08 (1), 10-09 (2), 10-10 (3, Sat worked), 10-12 (4) … 10-27 (15).
    expect(objectionDecideBy(calendar, periods, '2026-09-30').due).toBe('2026-10-27');
  });

  it('counts a year whose holidays are not loaded as Monday to Friday, and says so', () => {
    const end = noticeDue(calendar, periods, 'opinion', '2026-12-20');
    expect(end.due).toBe('2027-01-19');
    expect(end.explanation).toContain('尚未导入');
  });
});

describe('reminders and escalation', () => {
  it('steps from nothing to due soon, overdue and escalation', () => {
    const due = '2026-10-12';
    expect(reminderStep(calendar, periods, due, '2026-09-30')).toBe(0);
    // Three working days before 10-12 from 10-08: 10-09, 10-10 (Sat, worked), 10-12.
    expect(reminderStep(calendar, periods, due, '2026-10-08')).toBe(1);
    expect(reminderStep(calendar, periods, due, '2026-10-07')).toBe(0);
    expect(reminderStep(calendar, periods, due, due)).toBe(1);
    expect(reminderStep(calendar, periods, due, '2026-10-13')).toBe(2);
    expect(reminderStep(calendar, periods, due, '2026-10-26')).toBe(2);
    expect(reminderStep(calendar, periods, due, '2026-10-27')).toBe(3);
    expect(overdueDays(due, '2026-10-27')).toBe(15);
    expect(overdueDays(due, '2026-10-01')).toBe(0);
  });
});

describe("a matter's status from its notices", () => {
  it('is rectifying while a notice awaits the report, due on the earliest', () => {
    expect(
      statusFromNotices(
        [
          { status: 'issued', due_on: '2026-12-20' },
          { status: 'issued', due_on: '2026-12-10' },
          { status: 'accepted', due_on: '2026-11-01' },
        ],
        true,
      ),
    ).toEqual({ status: 'rectifying', due_on: '2026-12-10' });
  });

  it('waits for the supervisor once reports are in or verified, and goes back to investigating when all are withdrawn', () => {
    expect(statusFromNotices([{ status: 'reported', due_on: '2026-12-10' }], true).status).toBe('verifying');
    expect(statusFromNotices([{ status: 'accepted', due_on: '2026-12-10' }], true).status).toBe('verifying');
    expect(statusFromNotices([{ status: 'withdrawn', due_on: '2026-12-10' }], true).status).toBe(
      'investigating',
    );
    expect(statusFromNotices([], false).status).toBe('open');
  });
});
