/**
 * Case-file review (案卷评查): the fixed codes, their Chinese labels and the default rubric, zod-free
 * so the web's forms and tables and the server's rules and exports share them (domain-cn §11, S5).
 */

/** Where a file's combined result lands. Any confirmed veto item makes it 不合格 with 0 points. */
export const REVIEW_GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type ReviewGrade = (typeof REVIEW_GRADES)[number];
export const REVIEW_GRADE_LABELS: Record<ReviewGrade, string> = {
  excellent: '优秀',
  good: '良好',
  pass: '合格',
  fail: '不合格',
};

/** A batch is open while files are assigned and scored; publishing shows the results to the agencies. */
export const BATCH_STATUSES = ['open', 'published'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];
export const BATCH_STATUS_LABELS: Record<BatchStatus, string> = { open: '评查中', published: '已发布结果' };

/** One reviewer's sheet on one file. A replaced sheet is kept, read-only, for the record. */
export const ASSIGNMENT_STATUSES = ['pending', 'draft', 'submitted', 'replaced'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  pending: '待评查',
  draft: '已暂存',
  submitted: '已提交',
  replaced: '已更换评查人员',
};

/** Where a reviewer comes from. */
export const REVIEWER_SOURCES = ['expert', 'invited_supervisor', 'staff'] as const;
export type ReviewerSource = (typeof REVIEWER_SOURCES)[number];
export const REVIEWER_SOURCE_LABELS: Record<ReviewerSource, string> = {
  expert: '专家库专家',
  invited_supervisor: '特邀行政执法监督员',
  staff: '本单位工作人员',
};

/** How many closed cases of an agency are drawn: a number, or a share in per cent. */
export const SAMPLING_MODES = ['count', 'share'] as const;
export type SamplingMode = (typeof SAMPLING_MODES)[number];
export const SAMPLING_MODE_LABELS: Record<SamplingMode, string> = { count: '按件数', share: '按比例 (%)' };

/** Where a sampled file stands. */
export const FILE_STATES = ['unassigned', 'scoring', 'needs_consensus', 'scored'] as const;
export type FileState = (typeof FILE_STATES)[number];
export const FILE_STATE_LABELS: Record<FileState, string> = {
  unassigned: '待分配',
  scoring: '评查中',
  needs_consensus: '需合议',
  scored: '已评定',
};

/** One veto item (否决项): marking it makes the file 不合格. */
export interface VetoItem {
  code: string;
  label: string;
}

/** One scored item with its maximum points. */
export interface RubricItem {
  code: string;
  label: string;
  maxPoints: number;
  guidance?: string | null | undefined;
}

/** The two scored sections: 卷面 (the file's form) and 内容 (its content). */
export const RUBRIC_SECTIONS = ['form', 'content'] as const;
export type RubricSection = (typeof RUBRIC_SECTIONS)[number];
export const RUBRIC_SECTION_LABELS: Record<RubricSection, string> = { form: '卷面标准', content: '内容标准' };

/** Minimum scores for each grade below 优秀's. */
export interface GradeThresholds {
  excellent: number;
  good: number;
  pass: number;
}

/** What a rubric (评查标准) holds. */
export interface RubricContent {
  vetoItems: VetoItem[];
  sections: Record<RubricSection, { total: number; items: RubricItem[] }>;
  grades: GradeThresholds;
}

/** The nine 基本标准 of domain-cn §11: any one failing makes the file 不合格. */
export const DEFAULT_VETO_ITEMS: VetoItem[] = [
  { code: 'V01', label: '执法主体不合法' },
  { code: 'V02', label: '执法人员无执法资格' },
  { code: 'V03', label: '应当移送而未移送' },
  { code: 'V04', label: '证据不充分' },
  { code: 'V05', label: '事实不清' },
  { code: 'V06', label: '定性不准确' },
  { code: 'V07', label: '适用法律错误' },
  { code: 'V08', label: '违反法定程序' },
  { code: 'V09', label: '执法人员少于2人' },
];

/** The default grade thresholds: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格. */
export const DEFAULT_GRADE_THRESHOLDS: GradeThresholds = { excellent: 90, good: 80, pass: 60 };

/** The default rubric: 9 veto items, 卷面 20 points, 内容 80 points. */
export const DEFAULT_RUBRIC: RubricContent = {
  vetoItems: DEFAULT_VETO_ITEMS,
  sections: {
    form: {
      total: 20,
      items: [
        { code: 'F01', label: '文书格式规范, 内容填写完整、字迹清楚', maxPoints: 5 },
        { code: 'F02', label: '一案一卷, 案卷封面、卷内目录齐全', maxPoints: 4 },
        { code: 'F03', label: '卷内文书排列顺序符合组卷要求', maxPoints: 4 },
        { code: 'F04', label: '页码编排连续, 装订规范', maxPoints: 3 },
        { code: 'F05', label: '签名、盖章、日期齐全', maxPoints: 4 },
      ],
    },
    content: {
      total: 80,
      items: [
        { code: 'C01', label: '执法主体适格, 执法人员持证并出示证件', maxPoints: 8 },
        { code: 'C02', label: '事实清楚, 证据确实充分, 取证合法', maxPoints: 20 },
        { code: 'C03', label: '定性准确, 适用法律、法规、规章正确', maxPoints: 12 },
        { code: 'C04', label: '程序合法 (立案、调查、告知、听证、法制审核、集体讨论)', maxPoints: 15 },
        { code: 'C05', label: '裁量适当, 适用裁量基准并说明理由', maxPoints: 8 },
        { code: 'C06', label: '决定书说理充分, 送达合法', maxPoints: 7 },
        { code: 'C07', label: '罚缴分离, 执行到位', maxPoints: 5 },
        { code: 'C08', label: '涉嫌犯罪依法移送, 结案归档及时', maxPoints: 5 },
      ],
    },
  },
  grades: DEFAULT_GRADE_THRESHOLDS,
};

/** The most a file can score under a rubric. */
export function rubricTotal(content: RubricContent): number {
  return content.sections.form.total + content.sections.content.total;
}

/** The grade of a combined score; a confirmed veto makes it 不合格 whatever the score. */
export function gradeOf(score: number, vetoed: boolean, grades: GradeThresholds): ReviewGrade {
  if (vetoed) return 'fail';
  if (score >= grades.excellent) return 'excellent';
  if (score >= grades.good) return 'good';
  if (score >= grades.pass) return 'pass';
  return 'fail';
}
