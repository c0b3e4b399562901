import {
  CALLBACK_METHOD_LABELS,
  CALLBACK_RESULT_LABELS,
  type CallbackMethod,
  type CallbackResult,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_RATING_LABELS,
  COMPLAINT_REVIEW_LEVEL_LABELS,
  COMPLAINT_ROUTE_LABELS,
  COMPLAINT_STAGE_LABELS,
  COMPLAINT_STATUS_LABELS,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintEventKind,
  type ComplaintRating,
  type ComplaintReviewLevel,
  type ComplaintRoute,
  type ComplaintStage,
  type ComplaintStatus,
} from '@jiandu/contracts/complaint-labels';
import { currentLocale } from '../../lib/i18n.ts';

const en = currentLocale() === 'en';
const pick =
  <K extends string>(zh: Record<K, string>, english: Record<K, string>) =>
  (code: K): string =>
    (en ? english[code] : zh[code]) ?? code;

/** 网上投诉, 电话, 来信, 来访, 信访转办, 12345热线. */
export const channelLabel = pick<ComplaintChannel>(COMPLAINT_CHANNEL_LABELS, {
  web: 'Online',
  phone: 'Phone',
  letter: 'Letter',
  visit: 'Visit',
  petition: 'Petition office',
  hotline_12345: '12345 hotline',
});

/** 待受理, 办理中, 不予受理, 已转办, 已答复, 已评价, 已办结. */
export const statusLabel = pick<ComplaintStatus>(COMPLAINT_STATUS_LABELS, {
  registered: 'To accept',
  handling: 'Handling',
  declined: 'Declined',
  transferred: 'Transferred',
  answered: 'Answered',
  rated: 'Rated',
  closed: 'Closed',
  reviewing: 'Under review',
  reviewed: 'Reviewed',
  rechecking: 'Under re-examination',
  rechecked: 'Re-examined',
});

/** The kinds of complaint (乱作为, 不作为 …). */
export const categoryLabel = pick<ComplaintCategory>(COMPLAINT_CATEGORY_LABELS, {
  abuse_of_power: 'Unlawful or improper enforcement',
  inaction: 'Inaction or delay',
  procedure: 'Unlawful procedure',
  conduct: "Officers' conduct and discipline",
  excessive_inspection: 'Too many inspections of businesses',
  other: 'Other',
});

/** 满意, 基本满意, 不满意. */
export const ratingLabel = pick<ComplaintRating>(COMPLAINT_RATING_LABELS, {
  satisfied: 'Satisfied',
  basically: 'Mostly satisfied',
  unsatisfied: 'Unsatisfied',
});

/** How the 回访 was made: 电话回访, 短信, 上门. */
export const callbackMethodLabel = pick<CallbackMethod>(CALLBACK_METHOD_LABELS, {
  phone: 'Phone call',
  sms: 'Text message',
  visit: 'Home visit',
});

/** What the 回访 came to: 已回访 or 无法联系. */
export const callbackResultLabel = pick<CallbackResult>(CALLBACK_RESULT_LABELS, {
  reached: 'Reached',
  unreachable: 'Unreachable',
});

/** Which deadline the complaint waits on: 受理告知 or 办理答复. */
export const stageLabel = pick<ComplaintStage>(COMPLAINT_STAGE_LABELS, {
  accept: 'Acceptance',
  answer: 'Answer',
  review: 'Review answer',
  recheck: 'Re-examination opinion',
});

/** 复查, 复核: the two further levels of a petition. */
export const reviewLevelLabel = pick<ComplaintReviewLevel>(COMPLAINT_REVIEW_LEVEL_LABELS, {
  review: 'Review',
  recheck: 'Re-examination',
});

/** 行政复议, 行政诉讼: where a declined complaint is sent. */
export const routeLabel = pick<ComplaintRoute>(COMPLAINT_ROUTE_LABELS, {
  reconsideration: 'Administrative reconsideration',
  litigation: 'Administrative litigation',
});

/** The steps of a complaint's history. */
export const eventLabel = pick<ComplaintEventKind>(
  {
    registered: '登记',
    accepted: '受理',
    declined: '不予受理',
    transferred: '转办',
    extension_requested: '申请延期',
    extension_approved: '批准延期',
    extension_refused: '不予批准延期',
    answered: '答复',
    rated: '投诉人评价',
    reopened: '重新办理',
    closed: '办结',
    matter_opened: '转立监督事项',
    called_back: '回访',
    due_soon: '期限提醒',
    overdue: '逾期',
    review_requested: '请求复查',
    review_answered: '复查意见',
    recheck_requested: '请求复核',
    recheck_answered: '复核意见',
  },
  {
    registered: 'Registered',
    accepted: 'Accepted',
    declined: 'Declined',
    transferred: 'Transferred',
    extension_requested: 'Extension requested',
    extension_approved: 'Extension approved',
    extension_refused: 'Extension refused',
    answered: 'Answered',
    rated: 'Rated by the complainant',
    reopened: 'Reopened',
    closed: 'Closed',
    matter_opened: 'Supervision matter opened',
    called_back: 'Called back',
    due_soon: 'Deadline reminder',
    overdue: 'Overdue',
    review_requested: 'Review requested',
    review_answered: 'Review answered',
    recheck_requested: 'Re-examination requested',
    recheck_answered: 'Re-examination opinion',
  },
);

/**
 * Tag colours of the statuses (only those the console keeps readable): waiting orange, in hand
 * blue, passed on purple, answered gold, finished green, refused grey.
 */
export const STATUS_COLOURS: Record<ComplaintStatus, string> = {
  registered: 'orange',
  handling: 'blue',
  declined: 'default',
  transferred: 'purple',
  answered: 'gold',
  rated: 'green',
  closed: 'green',
  reviewing: 'blue',
  reviewed: 'gold',
  rechecking: 'blue',
  rechecked: 'green',
};
