import { computeDeadline, type DeadlineUnit } from '../../../platform/calendar/deadline.ts';
import { type WorkingCalendar, withProvisionalYears } from '../../../platform/calendar/working-calendar.ts';
import { AppError } from '../../../platform/errors.ts';
import { daysBetween, yearOf } from './day-numbers.ts';

/** A due date as a deadline rule states it: the day, how it was counted, and whether it is provisional. */
export interface DueDate {
  due: string;
  /** The deadline engine's Chinese derivation (holidays skipped, 调休 days counted, roll-over). */
  explanation: string;
  /** True when the period reaches a year whose official holidays are not loaded yet. */
  provisional: boolean;
}

const PROVISIONAL_NOTE = '; 所涉年度的节假日安排尚未导入, 暂按周一至周五计算, 导入后重新计算';

/**
 * The due date `amount` days (calendar or working) after `start` on the official calendar, by the
 * platform's deadline engine. When the period reaches a year whose schedule is not loaded (each
 * November the next year is missing), it is counted on plain weeks and marked provisional, as the
 * case's derived deadlines are, instead of failing the whole evaluation.
 */
export function dueDate(
  calendar: WorkingCalendar,
  start: string,
  amount: number,
  unit: DeadlineUnit,
): DueDate {
  try {
    const { due, derivation } = computeDeadline(calendar, { start, amount, unit });
    return { due, explanation: derivation.explanation, provisional: false };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'CALENDAR_YEAR_MISSING') throw error;
    const first = yearOf(start);
    const years: number[] = [];
    for (let year = first; year <= first + Math.ceil(amount / 200) + 1; year++) years.push(year);
    const { due, derivation } = computeDeadline(withProvisionalYears(calendar, years), {
      start,
      amount,
      unit,
    });
    return { due, explanation: derivation.explanation + PROVISIONAL_NOTE, provisional: true };
  }
}

/**
 * True when `day` is surely on or before the due date of a period of `amount` days from `start`,
 * without computing it: a due date is never earlier than `amount` calendar days after its start
 * (working days skip days, and a calendar period only rolls forward). Lets the rules skip the
 * calendar for the great majority of cases that met their duty early.
 */
export function surelyInTime(start: string, amount: number, day: string): boolean {
  return daysBetween(start, day) <= amount;
}
