import type { ComplaintChannel } from '@jiandu/contracts/complaint-labels';
import { computeDeadline, type DeadlineUnit } from '../../platform/calendar/deadline.ts';
import { type WorkingCalendar, withProvisionalYears } from '../../platform/calendar/working-calendar.ts';
import { AppError } from '../../platform/errors.ts';

/** The periods of one kind of complaint, each with the rule it comes from. */
export interface ComplaintProfile {
  acceptAmount: number;
  acceptUnit: DeadlineUnit;
  acceptBasis: string;
  answerAmount: number;
  answerUnit: DeadlineUnit;
  answerBasis: string;
  /** Longest extension a supervisor may approve, in calendar days. */
  maxExtensionDays: number;
}

/**
 * Everything configurable about complaints (the public limits from COMPLAINT_* variables, see
 * platform/config.ts). Defaults: checklist Q1 (accept within 5 working days,
 * answer within 30 days, extension with approval) and Q2 for 信访 (信访工作条例: notice within 15
 * days, Art. 23; finish within 60 days, extension up to 30 with approval, Art. 34).
 */
export interface ComplaintPeriods {
  profiles: Record<'complaint' | 'petition', ComplaintProfile>;
  /** Working days before a due date at which the handling org is reminded. */
  reminderWorkingDays: number;
  /** Calendar days after the answer in which the complainant may ask to reopen. */
  reopenDays: number;
  /** Earlier complaints within this many days are compared for duplicates. */
  duplicateWindowDays: number;
  /** Character-bigram Jaccard similarity at or above which content counts as a near duplicate. */
  similarityThreshold: number;
  /** Public submissions per client address per hour, and per phone number per day. */
  submissionsPerIpPerHour: number;
  submissionsPerPhonePerDay: number;
  /** Wrong tracking passwords per client address per hour before queries are refused. */
  trackingFailuresPerHour: number;
  /** How long a challenge stays valid, in seconds. */
  challengeTtlSeconds: number;
  /** Files a public complaint may carry, and the largest of them in bytes. */
  attachmentsMax: number;
  attachmentMaxBytes: number;
}

export const DEFAULT_COMPLAINT_PERIODS: ComplaintPeriods = {
  profiles: {
    complaint: {
      acceptAmount: 5,
      acceptUnit: 'working',
      acceptBasis: '行政执法投诉举报受理期限 (本平台设定, 可配置)',
      answerAmount: 30,
      answerUnit: 'calendar',
      answerBasis: '行政执法投诉举报办理期限 (本平台设定, 可配置)',
      maxExtensionDays: 30,
    },
    petition: {
      acceptAmount: 15,
      acceptUnit: 'calendar',
      acceptBasis: '信访工作条例第二十三条 (15日内书面告知)',
      answerAmount: 60,
      answerUnit: 'calendar',
      answerBasis: '信访工作条例第三十四条 (60日内办结)',
      maxExtensionDays: 30,
    },
  },
  reminderWorkingDays: 2,
  reopenDays: 15,
  duplicateWindowDays: 90,
  similarityThreshold: 0.6,
  submissionsPerIpPerHour: 10,
  submissionsPerPhonePerDay: 3,
  trackingFailuresPerHour: 10,
  challengeTtlSeconds: 600,
  attachmentsMax: 3,
  attachmentMaxBytes: 2 * 1024 * 1024,
};

/** The profile a channel is handled under: 信访 items by the petition rules, the rest as complaints. */
export function profileOf(channel: ComplaintChannel): 'complaint' | 'petition' {
  return channel === 'petition' ? 'petition' : 'complaint';
}

/** A due date and its derivation in one Chinese sentence. */
export interface Due {
  due: string;
  rule: string;
}

/** A due date by the platform calendar; years without a loaded schedule count Monday–Friday and say so. */
export function dueDate(
  calendar: WorkingCalendar,
  start: string,
  amount: number,
  unit: DeadlineUnit,
  basis: string,
): Due {
  const input = { start, amount, unit, basis };
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
