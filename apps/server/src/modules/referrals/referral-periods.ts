import type { ReferralTarget } from '@jiandu/contracts/referral-labels';
import { fromDayNumber, toDayNumber } from '../../platform/calendar/dates.ts';
import { computeDeadline } from '../../platform/calendar/deadline.ts';
import { type WorkingCalendar, withProvisionalYears } from '../../platform/calendar/working-calendar.ts';
import { AppError } from '../../platform/errors.ts';

/**
 * The periods of a referral, all configurable. Defaults follow 行政执法机关移送涉嫌犯罪案件的规定
 * (2020) (domain-cn.md §15, checklist P18): the head decides within 3 days of the report and an
 * approved criminal case goes to the police within 24 hours (Art. 5); the police decide on filing
 * within 3 days of receipt (Art. 8). The regulation says 日, not 工作日, so the days are calendar days
 * (start day not counted, a last day on a rest day moves to the next working day); the hours are
 * hours and never move. 纪检监察 and 检察 have no national period here: their defaults are settings.
 */
export interface ReferralPeriods {
  /** Calendar days from submission to the head's decision. */
  approvalDays: number;
  /** Hours from approval to sending a criminal case to the police. */
  transferHours: number;
  /** Calendar days from receipt to the receiving body's decision, per target. */
  feedbackDays: Record<ReferralTarget, number>;
  /** Calendar days from the police's filing to handing over exhibits and materials. */
  handoverDays: number;
  /** Hours before a deadline at which the org is reminded. */
  reminderHours: number;
}

export const DEFAULT_REFERRAL_PERIODS: ReferralPeriods = {
  approvalDays: 3,
  transferHours: 24,
  feedbackDays: { police: 3, discipline: 30, procuratorate: 30 },
  handoverDays: 3,
  reminderHours: 24,
};

/** A due date (or instant) and its derivation in one Chinese sentence. */
export interface Due {
  due: string;
  rule: string;
}

const ART5 = '行政执法机关移送涉嫌犯罪案件的规定第五条';

/** The end of a day in Asia/Shanghai as an ISO instant (the last moment of a day-counted period). */
export function endOfDay(date: string): string {
  return new Date(Date.UTC(...ymd(date), 15, 59, 59, 999)).toISOString();
}

function ymd(date: string): [number, number, number] {
  const d = fromDayNumber(toDayNumber(date));
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))];
}

function calendarDays(calendar: WorkingCalendar, start: string, amount: number, basis: string): Due {
  const input = { start, amount, unit: 'calendar' as const, basis };
  try {
    const { due, derivation } = computeDeadline(calendar, input);
    return { due, rule: `${basis}: ${derivation.explanation}` };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'CALENDAR_YEAR_MISSING') throw error;
    const year = Number(start.slice(0, 4));
    const { due, derivation } = computeDeadline(withProvisionalYears(calendar, [year, year + 1]), input);
    return {
      due,
      rule: `${basis}: ${derivation.explanation} 所涉年度的节假日安排尚未导入, 暂按周一至周五计算。`,
    };
  }
}

/** When the head must decide on a referral submitted on `submittedOn`. */
export function approvalDue(
  calendar: WorkingCalendar,
  periods: ReferralPeriods,
  target: ReferralTarget,
  submittedOn: string,
): Due {
  const basis = target === 'police' ? `${ART5} (负责人${periods.approvalDays}日内决定)` : `参照${ART5}`;
  return calendarDays(calendar, submittedOn, periods.approvalDays, basis);
}

/**
 * When an approved criminal case must reach the police: a period in hours, so the hour it starts in
 * is not counted (民事诉讼法第八十五条: 期间开始的时不计算在期间内) and it runs from the next full
 * hour; it does not move over weekends or holidays (only a last *day* does).
 */
export function transferDue(periods: ReferralPeriods, approvedAt: string): Due {
  const start = new Date(approvedAt);
  start.setUTCMinutes(0, 0, 0);
  if (start.getTime() < new Date(approvedAt).getTime()) start.setUTCHours(start.getUTCHours() + 1);
  const due = new Date(start.getTime() + periods.transferHours * 3_600_000).toISOString();
  return {
    due,
    rule: `${ART5}: 批准于${shanghai(approvedAt)}, 开始的时不计入, 自${shanghai(start.toISOString())}起算${periods.transferHours}小时, 于${shanghai(due)}届满; 以小时计算的期间不因休息日或节假日顺延。`,
  };
}

/** When the receiving body should decide on a referral received on `receivedOn`. */
export function feedbackDue(
  calendar: WorkingCalendar,
  periods: ReferralPeriods,
  target: ReferralTarget,
  receivedOn: string,
): Due {
  const basis =
    target === 'police'
      ? '行政执法机关移送涉嫌犯罪案件的规定第八条 (公安机关自接受之日起3日内决定是否立案)'
      : '本平台设定的反馈期限 (可配置)';
  return calendarDays(calendar, receivedOn, periods.feedbackDays[target], basis);
}

/** When exhibits and materials must reach the police after it filed the case on `filedOn`. */
export function handoverDue(calendar: WorkingCalendar, periods: ReferralPeriods, filedOn: string): Due {
  return calendarDays(
    calendar,
    filedOn,
    periods.handoverDays,
    '行政执法机关移送涉嫌犯罪案件的规定第十二条 (立案后3日内移交涉案物品及有关材料)',
  );
}

/** An instant as Shanghai wall-clock time, e.g. 2026-12-04 17:30. */
export function shanghai(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
