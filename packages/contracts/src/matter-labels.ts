/**
 * Supervision matters (监督事项) and notices (监督文书): the fixed codes and their Chinese labels,
 * zod-free so the web's tables and the server's documents share them. GLOSSARY.md names them.
 */

/** Where a matter came from. */
export const MATTER_ORIGINS = [
  'warning',
  'complaint',
  'plan_task',
  'campaign',
  'case_review',
  'manual',
] as const;
export type MatterOrigin = (typeof MATTER_ORIGINS)[number];
export const MATTER_ORIGIN_LABELS: Record<MatterOrigin, string> = {
  warning: '监督预警',
  complaint: '投诉举报',
  plan_task: '监督计划任务',
  campaign: '专项监督发现',
  case_review: '案卷评查',
  manual: '直接立项',
};

/** 个案监督 / 类案监督. */
export const MATTER_SCOPES = ['single', 'class'] as const;
export type MatterScope = (typeof MATTER_SCOPES)[number];
export const MATTER_SCOPE_LABELS: Record<MatterScope, string> = { single: '个案监督', class: '类案监督' };

/** 刚性监督 (decision and order) / 柔性监督 (advice and guidance). */
export const MATTER_MODES = ['binding', 'advisory'] as const;
export type MatterMode = (typeof MATTER_MODES)[number];
export const MATTER_MODE_LABELS: Record<MatterMode, string> = { binding: '刚性监督', advisory: '柔性监督' };

/** 日常监督 / 重点监督 / 专项监督 (行政执法监督条例). */
export const MATTER_TRACKS = ['routine', 'focused', 'campaign'] as const;
export type MatterTrack = (typeof MATTER_TRACKS)[number];
export const MATTER_TRACK_LABELS: Record<MatterTrack, string> = {
  routine: '日常监督',
  focused: '重点监督',
  campaign: '专项监督',
};

/**
 * The problems supervision looks for: the 条例's list of enforcement behaviour (有案不立 … 乱查封), then
 * qualification, the three systems, discretion benchmarks, inspection frequency and case quality.
 */
export const MATTER_PROBLEMS = [
  'unfiled_case',
  'buck_passing',
  'fine_instead_of_regulation',
  'out_of_area',
  'profit_driven',
  'arbitrary_fees',
  'arbitrary_fines',
  'arbitrary_inspection',
  'arbitrary_seizure',
  'qualification',
  'three_systems',
  'discretion',
  'inspection_frequency',
  'procedure',
  'case_quality',
  'other',
] as const;
export type MatterProblem = (typeof MATTER_PROBLEMS)[number];
export const MATTER_PROBLEM_LABELS: Record<MatterProblem, string> = {
  unfiled_case: '有案不立',
  buck_passing: '推诿扯皮',
  fine_instead_of_regulation: '以罚代管',
  out_of_area: '违规异地执法',
  profit_driven: '趋利性执法',
  arbitrary_fees: '乱收费',
  arbitrary_fines: '乱罚款',
  arbitrary_inspection: '乱检查',
  arbitrary_seizure: '乱查封',
  qualification: '主体或人员资格',
  three_systems: '三项制度落实',
  discretion: '裁量基准适用',
  inspection_frequency: '检查频次',
  procedure: '执法程序',
  case_quality: '案卷质量',
  other: '其他',
};

/**
 * Where a matter stands: registered; under investigation; a notice issued and the agency rectifying;
 * its report in, awaiting the supervisor's check; closed with a conclusion.
 */
export const MATTER_STATUSES = ['open', 'investigating', 'rectifying', 'verifying', 'closed'] as const;
export type MatterStatus = (typeof MATTER_STATUSES)[number];
export const MATTER_STATUS_LABELS: Record<MatterStatus, string> = {
  open: '已立项',
  investigating: '调查中',
  rectifying: '整改中',
  verifying: '待核查',
  closed: '已办结',
};

/** 监督通知书 / 建议书 / 意见书 / 决定书. */
export const NOTICE_KINDS = ['notification', 'recommendation', 'opinion', 'decision'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  notification: '行政执法监督通知书',
  recommendation: '行政执法监督建议书',
  opinion: '行政执法监督意见书',
  decision: '行政执法监督决定书',
};
/** The word in a notice's document number: 沈司执监意〔2026〕3号. */
export const NOTICE_NUMBER_WORDS: Record<NoticeKind, string> = {
  notification: '通',
  recommendation: '建',
  opinion: '意',
  decision: '决',
};
