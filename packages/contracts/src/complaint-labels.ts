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

/** Which deadline a complaint is waiting on. */
export const COMPLAINT_STAGES = ['accept', 'answer'] as const;
export type ComplaintStage = (typeof COMPLAINT_STAGES)[number];
export const COMPLAINT_STAGE_LABELS: Record<ComplaintStage, string> = {
  accept: '受理告知',
  answer: '办理答复',
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
  'due_soon',
  'overdue',
] as const;
export type ComplaintEventKind = (typeof COMPLAINT_EVENT_KINDS)[number];
