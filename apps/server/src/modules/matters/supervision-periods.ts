import type { NoticeKind } from '@jiandu/contracts/matter-labels';
import { toDayNumber } from '../../platform/calendar/dates.ts';
import { computeDeadline, type DeadlineInput } from '../../platform/calendar/deadline.ts';
import { type WorkingCalendar, withProvisionalYears } from '../../platform/calendar/working-calendar.ts';
import { AppError } from '../../platform/errors.ts';

/**
 * The periods of the supervision loop, all configurable. Defaults follow the provincial rules the
 * national 条例 leaves open (domain-cn.md §6, checklist S1): an opinion is to be corrected and a
 * decision's execution reported within 30 days (山东省行政执法监督条例 Arts. 26, 28); an objection
 * (复查) is applied for within 10 working days and decided within 15 (重庆市行政执法监督条例 Art. 20).
 */
export interface SupervisionPeriods {
  /** Calendar days from issue to the agency's report, per notice kind. */
  noticeDays: Record<NoticeKind, number>;
  objectionWorkingDays: number;
  objectionDecisionWorkingDays: number;
  /** Working days before the due date when the agency is reminded. */
  reminderWorkingDays: number;
  /** Calendar days overdue after which the matter is flagged for 约谈 or 通报. */
  escalateAfterDays: number;
}

export const DEFAULT_SUPERVISION_PERIODS: SupervisionPeriods = {
  noticeDays: { notification: 15, recommendation: 30, opinion: 30, decision: 30 },
  objectionWorkingDays: 10,
  objectionDecisionWorkingDays: 15,
  reminderWorkingDays: 3,
  escalateAfterDays: 15,
};

const BASIS: Record<NoticeKind, string> = {
  notification: '监督通知书规定的期限',
  recommendation: '监督建议书规定的期限',
  opinion: '收到监督意见书之日起自行纠正并报告 (参照山东省行政执法监督条例第二十六条)',
  decision: '执行监督决定并报告 (参照山东省行政执法监督条例第二十八条)',
};

/** A computed period end and its derivation in one Chinese sentence. */
export interface PeriodEnd {
  due: string;
  explanation: string;
}

/**
 * A deadline on the official calendar; a year whose holiday schedule is not loaded yet (each
 * December the next one) is counted Monday to Friday and said so.
 */
export function periodEnd(calendar: WorkingCalendar, input: DeadlineInput): PeriodEnd {
  try {
    const { due, derivation } = computeDeadline(calendar, input);
    return { due, explanation: derivation.explanation };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'CALENDAR_YEAR_MISSING') throw error;
    const year = Number(input.start.slice(0, 4));
    const { due, derivation } = computeDeadline(withProvisionalYears(calendar, [year, year + 1]), input);
    return {
      due,
      explanation: `${derivation.explanation} 所涉年度的节假日安排尚未导入, 暂按周一至周五计算。`,
    };
  }
}

/** When the agency must report on a notice issued on `issuedOn`, by its kind's period. */
export function noticeDue(
  calendar: WorkingCalendar,
  periods: SupervisionPeriods,
  kind: NoticeKind,
  issuedOn: string,
): PeriodEnd {
  const days = periods.noticeDays[kind];
  return periodEnd(calendar, { start: issuedOn, amount: days, unit: 'calendar', basis: BASIS[kind] });
}

/** The last day the agency may object to a notice (申请复查). */
export function objectionUntil(calendar: WorkingCalendar, periods: SupervisionPeriods, issuedOn: string) {
  return periodEnd(calendar, { start: issuedOn, amount: periods.objectionWorkingDays, unit: 'working' });
}

/** The day by which an objection filed on `filedOn` must be decided. */
export function objectionDecideBy(calendar: WorkingCalendar, periods: SupervisionPeriods, filedOn: string) {
  return periodEnd(calendar, {
    start: filedOn,
    amount: periods.objectionDecisionWorkingDays,
    unit: 'working',
  });
}

/** Calendar days a notice is past its due date on `today` (0 when not yet due). */
export function overdueDays(dueOn: string, today: string): number {
  return Math.max(0, toDayNumber(today) - toDayNumber(dueOn));
}

/**
 * How far the reminders of a notice awaiting its report should have gone by today: 0 nothing yet,
 * 1 due soon (within the reminder's working days), 2 overdue, 3 overdue long enough to escalate.
 */
export function reminderStep(
  calendar: WorkingCalendar,
  periods: SupervisionPeriods,
  dueOn: string,
  today: string,
): 0 | 1 | 2 | 3 {
  const late = overdueDays(dueOn, today);
  if (late >= periods.escalateAfterDays) return 3;
  if (late > 0) return 2;
  const soon = periodEnd(calendar, { start: today, amount: periods.reminderWorkingDays, unit: 'working' });
  return dueOn <= soon.due ? 1 : 0;
}

/** Longest period a supervisor may set by hand. */
export const MAX_DUE_DAYS = 180;

/** Refuses a due date set by hand that is not after today or is more than MAX_DUE_DAYS ahead. */
export function assertManualDue(dueOn: string | undefined, today: string): asserts dueOn is string {
  if (dueOn && dueOn > today && toDayNumber(dueOn) - toDayNumber(today) <= MAX_DUE_DAYS) return;
  const message = `整改期限应在今天之后的${MAX_DUE_DAYS}日以内`;
  throw new AppError('VALIDATION_FAILED', message, { errors: [{ path: 'dueOn', message }] });
}
