/**
 * Where a complaint came in: the public portal, entered by a handler from a call, letter or visit,
 * or imported from a 12345 hotline work order.
 */
export const COMPLAINT_CHANNELS = ['web', 'phone', 'letter', 'visit', 'petition', 'hotline_12345'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export const COMPLAINT_CHANNEL_LABELS: Record<ComplaintChannel, string> = {
  web: '网上投诉',
  phone: '电话',
  letter: '来信',
  visit: '来访',
  petition: '信访转办',
  hotline_12345: '12345热线',
};

/** The closed loop of a complaint (GLOSSARY: accepted / declined / transferred / handling / answered / rated / closed). */
export const COMPLAINT_STATUSES = [
  'registered',
  'handling',
  'declined',
  'transferred',
  'answered',
  'rated',
  'closed',
  'reviewing',
  'reviewed',
  'rechecking',
  'rechecked',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  registered: '待受理',
  handling: '办理中',
  declined: '不予受理',
  transferred: '已转办',
  answered: '已答复',
  rated: '已评价',
  closed: '已办结',
  reviewing: '复查中',
  reviewed: '已复查',
  rechecking: '复核中',
  rechecked: '已复核',
};

export const COMPLAINT_CATEGORIES = [
  'abuse_of_power',
  'inaction',
  'procedure',
  'conduct',
  'excessive_inspection',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  abuse_of_power: '乱作为 (违法或不当执法)',
  inaction: '不作为、慢作为',
  procedure: '执法程序违法',
  conduct: '执法人员作风与纪律',
  excessive_inspection: '涉企检查过多过频',
  other: '其他',
};

export const COMPLAINT_RATINGS = ['satisfied', 'basically', 'unsatisfied'] as const;
export type ComplaintRating = (typeof COMPLAINT_RATINGS)[number];
export const COMPLAINT_RATING_LABELS: Record<ComplaintRating, string> = {
  satisfied: '满意',
  basically: '基本满意',
  unsatisfied: '不满意',
};

/**
 * The type of a 12345 work order the platform takes (咨询、求助、建议 stay with the hotline); each
 * has its own locally set answer period (国办发〔2020〕53号 leaves the time limits to local rules).
 */
export const HOTLINE_ORDER_TYPES = ['complaint', 'report'] as const;
export type HotlineOrderType = (typeof HOTLINE_ORDER_TYPES)[number];
export const HOTLINE_ORDER_TYPE_LABELS: Record<HotlineOrderType, string> = {
  complaint: '投诉',
  report: '举报',
};

/** How a handler reached (or tried to reach) a complainant without portal access for the 回访. */
export const CALLBACK_METHODS = ['phone', 'sms', 'visit'] as const;
export type CallbackMethod = (typeof CALLBACK_METHODS)[number];
export const CALLBACK_METHOD_LABELS: Record<CallbackMethod, string> = {
  phone: '电话回访',
  sms: '短信',
  visit: '上门',
};

/** What a 回访 came to: the complainant rated the answer, or could not be reached. */
export const CALLBACK_RESULTS = ['reached', 'unreachable'] as const;
export type CallbackResult = (typeof CALLBACK_RESULTS)[number];
export const CALLBACK_RESULT_LABELS: Record<CallbackResult, string> = {
  reached: '已回访',
  unreachable: '无法联系',
};

/** Which deadline a complaint is waiting on. */
export const COMPLAINT_STAGES = ['accept', 'answer', 'review', 'recheck'] as const;
export type ComplaintStage = (typeof COMPLAINT_STAGES)[number];
export const COMPLAINT_STAGE_LABELS: Record<ComplaintStage, string> = {
  accept: '受理告知',
  answer: '办理答复',
  review: '复查答复',
  recheck: '复核意见',
};

export const COMPLAINT_EVENT_KINDS = [
  'registered',
  'accepted',
  'declined',
  'transferred',
  'extension_requested',
  'extension_approved',
  'extension_refused',
  'answered',
  'rated',
  'reopened',
  'closed',
  'matter_opened',
  'called_back',
  'due_soon',
  'overdue',
  'review_requested',
  'review_answered',
  'recheck_requested',
  'recheck_answered',
] as const;
export type ComplaintEventKind = (typeof COMPLAINT_EVENT_KINDS)[number];

/**
 * The two further levels a petition (信访) may go after its written answer (信访工作条例 Arts.
 * 35–36): 复查 by the handling organ's superior, then 复核 by the reviewing organ's superior.
 */
export const COMPLAINT_REVIEW_LEVELS = ['review', 'recheck'] as const;
export type ComplaintReviewLevel = (typeof COMPLAINT_REVIEW_LEVELS)[number];
export const COMPLAINT_REVIEW_LEVEL_LABELS: Record<ComplaintReviewLevel, string> = {
  review: '复查',
  recheck: '复核',
};

/**
 * Where a complaint that is properly a 行政复议 or 行政诉讼 matter is sent when it is declined
 * (信访工作条例 Art. 31: matters for statutory procedures are routed into them).
 */
export const COMPLAINT_ROUTES = ['reconsideration', 'litigation'] as const;
export type ComplaintRoute = (typeof COMPLAINT_ROUTES)[number];
export const COMPLAINT_ROUTE_LABELS: Record<ComplaintRoute, string> = {
  reconsideration: '行政复议',
  litigation: '行政诉讼',
};
