import {
  type ComplaintChannel,
  type ComplaintReviewLevel,
  HOTLINE_ORDER_TYPE_LABELS,
  type HotlineOrderType,
} from '@jiandu/contracts/complaint-labels';
import { computeDeadline, type DeadlineUnit } from '../../platform/calendar/deadline.ts';
import { type WorkingCalendar, withProvisionalYears } from '../../platform/calendar/working-calendar.ts';
import { AppError } from '../../platform/errors.ts';

/** One period: how long, counted how, and the rule it comes from. */
export interface Period {
  amount: number;
  unit: DeadlineUnit;
  basis: string;
}

/**
 * 12345 work orders (国办发〔2020〕53号: 受理、派单、办理、答复、督办、办结、回访、评价, time limits set
 * locally): the answer period of each order type, counted from acceptance; the order's own 承办时限
 * still applies when it is earlier. `callbackAttempts` is how many tries make a complainant
 * unreachable at the 回访, after which the complaint may be closed with that note.
 */
export interface HotlineProfile {
  answer: Record<HotlineOrderType, Period>;
  callbackAttempts: number;
}

/** The default hotline profile: 13 working days for 投诉 and 举报 (one bureau's published rule). */
export function hotlineProfile(
  workingDays: Record<HotlineOrderType, number>,
  callbackAttempts = 3,
): HotlineProfile {
  const period = (type: HotlineOrderType): Period => ({
    amount: workingDays[type],
    unit: 'working',
    basis: `12345热线${HOTLINE_ORDER_TYPE_LABELS[type]}类工单承办时限 (本地设定${workingDays[type]}个工作日, 可配置)`,
  });
  return { answer: { complaint: period('complaint'), report: period('report') }, callbackAttempts };
}

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
  /** 复查 and 复核 after the written answer (petitions only; null where the profile has none). */
  reviews: Record<ComplaintReviewLevel, ReviewPeriod> | null;
}

/** One level of review: the window to request it after the answer, and the period to answer it. */
export interface ReviewPeriod {
  /** Calendar days from the day the petitioner received the previous written answer. */
  requestDays: number;
  requestBasis: string;
  /** Calendar days from the day the request was received. */
  answerDays: number;
  answerBasis: string;
}

/**
 * What a complainant routed to 行政复议 or 行政诉讼 is told: the application period (and, for
 * reconsideration, how long the organ has to decide and the longest extension), with the law.
 */
export interface RouteOutPeriods {
  reconsideration: {
    applyDays: number;
    applyBasis: string;
    decideDays: number;
    decideExtensionDays: number;
    decideBasis: string;
  };
  litigation: { applyMonths: number; applyBasis: string };
}

/**
 * Everything configurable about complaints (the public limits from COMPLAINT_* variables, see
 * platform/config.ts). Defaults: checklist Q1 (accept within 5 working days,
 * answer within 30 days, extension with approval) and Q2 for 信访 (信访工作条例: notice within 15
 * days, Art. 23; finish within 60 days, extension up to 30 with approval, Art. 34; 复查 and 复核
 * each requested within 30 days of the previous answer and answered within 30, Arts. 35–36), and
 * Q6 for routing out (行政复议 60 days to apply, decided in 60 + at most 30; 行政诉讼 6 months).
 */
export interface ComplaintPeriods {
  profiles: Record<'complaint' | 'petition', ComplaintProfile>;
  /** Periods told to a complainant whose matter belongs to 行政复议 or 行政诉讼 (checklist Q6). */
  routeOut: RouteOutPeriods;
  /** 12345 work orders: the answer period by order type, set locally (see `hotlineProfile`). */
  hotline: HotlineProfile;
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
      reviews: null,
    },
    petition: {
      acceptAmount: 15,
      acceptUnit: 'calendar',
      acceptBasis: '信访工作条例第二十三条 (15日内书面告知)',
      answerAmount: 60,
      answerUnit: 'calendar',
      answerBasis: '信访工作条例第三十四条 (60日内办结)',
      maxExtensionDays: 30,
      reviews: {
        review: {
          requestDays: 30,
          requestBasis: '信访工作条例第三十五条 (自收到书面答复之日起30日内请求复查)',
          answerDays: 30,
          answerBasis: '信访工作条例第三十五条 (自收到复查请求之日起30日内提出复查意见)',
        },
        recheck: {
          requestDays: 30,
          requestBasis: '信访工作条例第三十六条 (自收到复查意见之日起30日内请求复核)',
          answerDays: 30,
          answerBasis: '信访工作条例第三十六条 (自收到复核请求之日起30日内提出复核意见)',
        },
      },
    },
  },
  routeOut: {
    reconsideration: {
      applyDays: 60,
      applyBasis: '行政复议法第二十条',
      decideDays: 60,
      decideExtensionDays: 30,
      decideBasis: '行政复议法第六十二条',
    },
    litigation: {
      applyMonths: 6,
      applyBasis: '行政诉讼法第四十六条',
    },
  },
  hotline: hotlineProfile({ complaint: 13, report: 13 }),
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

/**
 * The answer period of a complaint: a 12345 work order's by its type (an order imported before
 * types were kept counts as 投诉), every other channel's by its profile.
 */
export function answerPeriod(
  periods: ComplaintPeriods,
  row: {
    channel: ComplaintChannel;
    profile: 'complaint' | 'petition';
    hotline_order_type: HotlineOrderType | null;
  },
): Period {
  if (row.channel === 'hotline_12345') return periods.hotline.answer[row.hotline_order_type ?? 'complaint'];
  const profile = periods.profiles[row.profile];
  return { amount: profile.answerAmount, unit: profile.answerUnit, basis: profile.answerBasis };
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
