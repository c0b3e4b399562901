import type { ReferralTarget } from '@jiandu/contracts/referral-labels';
import { fromDayNumber, toDayNumber } from '../../platform/calendar/dates.ts';
import { computeDeadline } from '../../platform/calendar/deadline.ts';
import { type WorkingCalendar, withProvisionalYears } from '../../platform/calendar/working-calendar.ts';
import { AppError } from '../../platform/errors.ts';

/**
 * The periods of a referral, all configurable. Defaults follow 行政执法机关移送涉嫌犯罪案件的规定
 * (2020) (domain-cn.md §15, checklist P18): the head decides within 3 days of the report and an
 * approved criminal case goes to the police within 24 hours (Art. 5); the police decide on filing
 * within 3 days of receipt (Art. 8); after a refusal to file, the org may ask the police to reconsider
 * within 3 days of receiving the notice, the police decide within 3 days of receiving the request,
 * and the org may then suggest filing supervision to the procuratorate within 3 days of receiving
 * that decision (Art. 9). The regulation says 日, not 工作日 (its periods are not among those 行政处罚法
 * Art. 85 or 行政复议法 turn into working days), so the days are calendar days (start day not
 * counted, a last day on a rest day moves to the next working day); the hours are hours and never
 * move. 纪检监察 and 检察 (and the procuratorate's answer to a supervision request) have no national
 * period here: their defaults are settings.
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
  /** Calendar days from receiving a refusal to file to asking for reconsideration (第九条). */
  reconsiderationRequestDays: number;
  /** Calendar days from the police receiving the request to their reconsideration decision (第九条). */
  reconsiderationDecisionDays: number;
  /** Calendar days from receiving the reconsideration decision to suggesting filing supervision (第九条). */
  supervisionRequestDays: number;
  /** Calendar days the platform allows the procuratorate to answer a supervision request (a setting). */
  supervisionFeedbackDays: number;
  /** Hours before a deadline at which the org is reminded. */
  reminderHours: number;
}

export const DEFAULT_REFERRAL_PERIODS: ReferralPeriods = {
  approvalDays: 3,
  transferHours: 24,
  feedbackDays: { police: 3, discipline: 30, procuratorate: 30 },
  handoverDays: 3,
  reconsiderationRequestDays: 3,
  reconsiderationDecisionDays: 3,
  supervisionRequestDays: 3,
  supervisionFeedbackDays: 30,
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

const ART9 = '行政执法机关移送涉嫌犯罪案件的规定第九条';

/**
 * The periods that follow a police refusal to file (第九条), each with its length and basis: the
 * org's window from receiving the refusal notice (to ask the police to reconsider, or the
 * procuratorate to supervise filing), the police's time to decide from receiving the request, the
 * org's window from receiving the reconsideration decision, and the procuratorate's answer (no
 * national period: the platform's setting).
 */
const REVIEW_PERIODS = {
  reconsiderationRequest: {
    days: (p: ReferralPeriods) => p.reconsiderationRequestDays,
    basis: (n: number) =>
      `${ART9} (自接到不予立案通知书之日起${n}日内提请复议, 也可以建议人民检察院立案监督)`,
  },
  reconsiderationDecision: {
    days: (p: ReferralPeriods) => p.reconsiderationDecisionDays,
    basis: (n: number) => `${ART9} (公安机关自收到提请复议的文件之日起${n}日内作出立案或者不予立案的决定)`,
  },
  supervisionRequest: {
    days: (p: ReferralPeriods) => p.supervisionRequestDays,
    basis: (n: number) =>
      `${ART9} (对复议决定仍有异议的, 自收到复议决定通知书之日起${n}日内建议人民检察院立案监督)`,
  },
  supervisionFeedback: {
    days: (p: ReferralPeriods) => p.supervisionFeedbackDays,
    basis: () => '本平台设定的立案监督结果反馈期限 (可配置; 规定未设期限)',
  },
};

/** One of the periods after a refusal to file. */
export type ReviewPeriod = keyof typeof REVIEW_PERIODS;

/** When a period after a refusal to file ends, counted in calendar days from `start`. */
export function reviewDue(
  calendar: WorkingCalendar,
  periods: ReferralPeriods,
  period: ReviewPeriod,
  start: string,
): Due {
  const { days, basis } = REVIEW_PERIODS[period];
  return calendarDays(calendar, start, days(periods), basis(days(periods)));
}

/** An instant as Shanghai wall-clock time, e.g. 2026-12-04 17:30. */
export function shanghai(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
