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

/** Where the lead was found: a case, matter or complaint the user may see (checked), or elsewhere. */
export const REFERRAL_ORIGINS = ['case', 'matter', 'complaint', 'manual'] as const;
export type ReferralOrigin = (typeof REFERRAL_ORIGINS)[number];
export const REFERRAL_ORIGIN_LABELS: Record<ReferralOrigin, string> = {
  case: '执法案件',
  matter: '监督事项',
  complaint: '投诉举报',
  manual: '其他途径发现',
};

/**
 * draft → submitted → approved | refused (revised and resubmitted, or closed) → sent → received →
 * answered → closed. After the police refuse to file (规定第九条): answered → reconsideration (复议)
 * → answered → supervision (立案监督) → answered, each ending in a filing or the refusal upheld.
 */
export const REFERRAL_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'refused',
  'sent',
  'received',
  'answered',
  'reconsideration',
  'supervision',
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
  reconsideration: '已提请复议',
  supervision: '已建议立案监督',
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

/**
 * The deadline a referral is waiting on. `reconsideration_request` and `supervision_request` are the
 * referring org's own windows to contest a refusal to file (规定第九条): they close, they are not missed.
 */
export const REFERRAL_STAGES = [
  'approval',
  'transfer',
  'feedback',
  'handover',
  'reconsideration_request',
  'reconsideration_decision',
  'supervision_request',
  'supervision_feedback',
] as const;
export type ReferralStage = (typeof REFERRAL_STAGES)[number];
export const REFERRAL_STAGE_LABELS: Record<ReferralStage, string> = {
  approval: '负责人审批',
  transfer: '移送公安机关',
  feedback: '接收机关反馈',
  handover: '移交涉案物品与材料',
  reconsideration_request: '提请复议',
  reconsideration_decision: '公安机关复议决定',
  supervision_request: '建议检察院立案监督',
  supervision_feedback: '检察院立案监督结果',
};

/** The referring org's windows: when one ends nothing is overdue, the chance to contest has passed. */
export const REFERRAL_WINDOW_STAGES: readonly ReferralStage[] = [
  'reconsideration_request',
  'supervision_request',
];

/** The steps taken against a police refusal to file (规定第九条). */
export const REFERRAL_REVIEW_KINDS = ['reconsideration', 'supervision'] as const;
export type ReferralReviewKind = (typeof REFERRAL_REVIEW_KINDS)[number];
export const REFERRAL_REVIEW_KIND_LABELS: Record<ReferralReviewKind, string> = {
  reconsideration: '提请公安机关复议',
  supervision: '建议人民检察院立案监督',
};

/** How a reconsideration or filing supervision ended: the police filed, or the refusal stands. */
export const REFERRAL_REVIEW_RESULTS = ['filed', 'upheld'] as const;
export type ReferralReviewResult = (typeof REFERRAL_REVIEW_RESULTS)[number];
export const REFERRAL_REVIEW_RESULT_LABELS: Record<
  ReferralReviewKind,
  Record<ReferralReviewResult, string>
> = {
  reconsideration: { filed: '复议后决定立案', upheld: '复议维持不予立案' },
  supervision: { filed: '经立案监督, 公安机关已立案', upheld: '检察院认为不立案理由成立' },
};

/** The head's decision on one approval round. */
export const REFERRAL_APPROVAL_DECISIONS = ['approved', 'refused'] as const;
export type ReferralApprovalDecision = (typeof REFERRAL_APPROVAL_DECISIONS)[number];

/** Lines of a referral's history. */
export const REFERRAL_EVENT_KINDS = [
  'drafted',
  'updated',
  'submitted',
  'resubmitted',
  'approved',
  'refused',
  'sent',
  'received',
  'answered',
  'reconsideration_requested',
  'reconsideration_decided',
  'supervision_requested',
  'supervision_decided',
  'handed_over',
  'closed',
  'due_soon',
  'overdue',
  'window_closed',
] as const;
export type ReferralEventKind = (typeof REFERRAL_EVENT_KINDS)[number];
export const REFERRAL_EVENT_LABELS: Record<ReferralEventKind, string> = {
  drafted: '起草',
  updated: '修改',
  submitted: '提交审批',
  resubmitted: '修改后重新提交审批',
  approved: '负责人批准移送',
  refused: '负责人不予批准',
  sent: '移送',
  received: '接收机关签收',
  answered: '接收机关反馈处理结果',
  reconsideration_requested: '提请公安机关复议',
  reconsideration_decided: '公安机关作出复议决定',
  supervision_requested: '建议检察院立案监督',
  supervision_decided: '立案监督结果',
  handed_over: '移交涉案物品与材料',
  closed: '办结',
  due_soon: '期限提醒',
  overdue: '逾期',
  window_closed: '异议期限届满',
};
