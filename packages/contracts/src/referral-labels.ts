/**
 * Referrals (线索移送): the fixed codes and their Chinese labels, zod-free so the web's tables and
 * the server's documents share them. GLOSSARY.md names the concept `referral`.
 */

/** The body a lead is passed to. */
export const REFERRAL_TARGETS = ['discipline', 'police', 'procuratorate'] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];
export const REFERRAL_TARGET_LABELS: Record<ReferralTarget, string> = {
  discipline: '纪检监察机关',
  police: '公安机关 (涉嫌犯罪移送)',
  procuratorate: '人民检察院',
};

/** Where the lead was found. A complaint's reference is not checked yet (the module is being built). */
export const REFERRAL_ORIGINS = ['case', 'matter', 'complaint', 'manual'] as const;
export type ReferralOrigin = (typeof REFERRAL_ORIGINS)[number];
export const REFERRAL_ORIGIN_LABELS: Record<ReferralOrigin, string> = {
  case: '执法案件',
  matter: '监督事项',
  complaint: '投诉举报',
  manual: '其他途径发现',
};

/** drafted → submitted → approved | refused → sent → received → answered → closed. */
export const REFERRAL_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'refused',
  'sent',
  'received',
  'answered',
  'closed',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  draft: '起草',
  submitted: '待审批',
  approved: '已批准待移送',
  refused: '不予批准',
  sent: '已移送',
  received: '已接收',
  answered: '已反馈',
  closed: '已办结',
};

/** The materials sent with a referral (行政执法机关移送涉嫌犯罪案件的规定 第六条). */
export const REFERRAL_MATERIAL_KINDS = [
  'investigation_report',
  'items_list',
  'inspection_report',
  'case_file',
  'evidence_list',
  'other',
] as const;
export type ReferralMaterialKind = (typeof REFERRAL_MATERIAL_KINDS)[number];
export const REFERRAL_MATERIAL_LABELS: Record<ReferralMaterialKind, string> = {
  investigation_report: '涉嫌犯罪 (违纪违法) 情况的调查报告',
  items_list: '涉案物品清单',
  inspection_report: '检验报告或者鉴定意见',
  case_file: '案卷材料',
  evidence_list: '证据材料清单',
  other: '其他有关材料',
};

/** What the receiving body decided. */
export const REFERRAL_OUTCOMES = ['filed', 'not_filed', 'returned'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];
export const REFERRAL_OUTCOME_LABELS: Record<ReferralOutcome, string> = {
  filed: '已立案 (受理)',
  not_filed: '不予立案',
  returned: '退回',
};

/** The deadline a referral is waiting on. */
export const REFERRAL_STAGES = ['approval', 'transfer', 'feedback', 'handover'] as const;
export type ReferralStage = (typeof REFERRAL_STAGES)[number];
export const REFERRAL_STAGE_LABELS: Record<ReferralStage, string> = {
  approval: '负责人审批',
  transfer: '移送公安机关',
  feedback: '接收机关反馈',
  handover: '移交涉案物品与材料',
};

/** Lines of a referral's history. */
export const REFERRAL_EVENT_KINDS = [
  'drafted',
  'updated',
  'submitted',
  'approved',
  'refused',
  'sent',
  'received',
  'answered',
  'handed_over',
  'closed',
  'due_soon',
  'overdue',
] as const;
export type ReferralEventKind = (typeof REFERRAL_EVENT_KINDS)[number];
