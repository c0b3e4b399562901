import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_RATING_LABELS,
  COMPLAINT_STAGE_LABELS,
  COMPLAINT_STATUS_LABELS,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintEventKind,
  type ComplaintRating,
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

/** Which deadline the complaint waits on: 受理告知 or 办理答复. */
export const stageLabel = pick<ComplaintStage>(COMPLAINT_STAGE_LABELS, {
  accept: 'Acceptance',
  answer: 'Answer',
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
    due_soon: '期限提醒',
    overdue: '逾期',
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
    due_soon: 'Deadline reminder',
    overdue: 'Overdue',
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
};
