/**
 * Case-file review (案卷评查) in the console: rubrics (评查标准), batches with their seeded random
 * sample, and the results per file and per agency. Reviewers, scoring and the agency's view are in
 * case-review-scoring.ts; codes and labels in the zod-free case-review-labels.ts.
 */
import { z } from 'zod';
import { CASE_KINDS } from './case-labels.ts';
import {
  ASSIGNMENT_STATUSES,
  BATCH_STATUSES,
  FILE_STATES,
  REVIEW_GRADES,
  REVIEWER_SOURCES,
  type RubricContent,
  SAMPLING_MODES,
} from './case-review-labels.ts';
import { CalendarDateSchema } from './people.ts';

const Id = z.string().min(1).max(40);
const Points = z
  .number({ message: '分值应为数字' })
  .min(0, { message: '分值不能为负数' })
  .max(1000, { message: '分值不超过1000' })
  .refine((v) => Number.isInteger(v * 2), { message: '分值以0.5分为单位' });
const Code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,16}$/, { message: '编号为1至16位字母、数字、下划线或连字符' });
const Label = z.string().trim().min(2, { message: '名称至少2个字' }).max(120, { message: '名称不超过120字' });

const RubricItemSchema = z.object({
  code: Code,
  label: Label,
  maxPoints: Points.refine((v) => v > 0, { message: '满分应大于0' }),
  guidance: z.string().trim().max(500, { message: '评分说明不超过500字' }).nullable().optional(),
});
const SectionSchema = z.object({
  total: Points.refine((v) => v > 0, { message: '分项总分应大于0' }),
  items: z
    .array(RubricItemSchema)
    .min(1, { message: '每部分至少一个评分项' })
    .max(40, { message: '每部分最多40个评分项' }),
});

/**
 * A rubric's content: veto items, the 卷面 and 内容 sections with their items, the grade thresholds.
 * Item maximums add up to each section's declared total; codes are unique; 合格 < 良好 < 优秀 ≤ 满分.
 */
export const RubricContentSchema = z
  .object({
    vetoItems: z.array(z.object({ code: Code, label: Label })).max(30, { message: '否决项最多30项' }),
    sections: z.object({ form: SectionSchema, content: SectionSchema }),
    grades: z.object({ excellent: Points, good: Points, pass: Points }),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    const codes = [
      ...v.vetoItems.map((x, i) => [x.code, ['vetoItems', i, 'code']] as const),
      ...(['form', 'content'] as const).flatMap((s) =>
        v.sections[s].items.map((x, i) => [x.code, ['sections', s, 'items', i, 'code']] as const),
      ),
    ];
    for (const [code, path] of codes) {
      if (seen.has(code)) ctx.addIssue({ code: 'custom', path: [...path], message: `编号 ${code} 重复` });
      seen.add(code);
    }
    for (const [s, name] of [
      ['form', '卷面标准'],
      ['content', '内容标准'],
    ] as const) {
      const sum = v.sections[s].items.reduce((a, x) => a + x.maxPoints, 0);
      if (sum !== v.sections[s].total)
        ctx.addIssue({
          code: 'custom',
          path: ['sections', s, 'total'],
          message: `${name}各评分项满分合计 ${sum} 分, 与该部分总分 ${v.sections[s].total} 分不一致`,
        });
    }
    const total = v.sections.form.total + v.sections.content.total;
    const { excellent, good, pass } = v.grades;
    if (!(pass > 0 && pass < good && good < excellent && excellent <= total))
      ctx.addIssue({
        code: 'custom',
        path: ['grades'],
        message: `等次分数线应满足 0 < 合格 < 良好 < 优秀 ≤ 满分 (${total} 分)`,
      });
  }) satisfies z.ZodType<RubricContent>;

/** Creating a rubric for a justice department. */
export const RubricCreateSchema = z.object({
  orgId: Id.describe('制定单位 (司法行政机关)'),
  name: Label,
  content: RubricContentSchema,
});
export type RubricCreate = z.input<typeof RubricCreateSchema>;

/** Editing a rubric no batch has used yet, or the body of a new version. */
export const RubricUpdateSchema = z.object({ name: Label, content: RubricContentSchema });
export type RubricUpdate = z.input<typeof RubricUpdateSchema>;

/** A rubric as the console shows it. */
export const RubricSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    name: z.string(),
    version: z.number().int(),
    basedOnId: z.string().nullable(),
    isDefault: z.boolean().describe('按系统默认标准建立'),
    content: RubricContentSchema,
    total: z.number(),
    batches: z.number().int().describe('使用该标准的评查批次数; 已使用的标准不能修改, 只能建立新版本'),
    createdAt: z.string(),
    createdBy: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ReviewRubric' });
export type Rubric = z.infer<typeof RubricSchema>;

export const RubricListQuerySchema = z.object({ orgId: Id.optional().describe('制定单位') });

/** How many of one agency's closed cases are drawn. */
export const SamplingTargetSchema = z
  .object({
    agencyId: Id,
    mode: z.enum(SAMPLING_MODES, { message: '请选择按件数或按比例抽取' }),
    value: z.number({ message: '请填写抽取数量' }).int({ message: '抽取数量应为整数' }),
  })
  .refine((v) => (v.mode === 'count' ? v.value >= 1 && v.value <= 500 : v.value >= 1 && v.value <= 100), {
    message: '按件数抽取为1至500件; 按比例抽取为1%至100%',
    path: ['value'],
  });
export type SamplingTarget = z.infer<typeof SamplingTargetSchema>;

const SEED = z
  .string()
  .trim()
  .regex(/^[\w\-.:]{4,64}$/, { message: '随机种子为4至64位字母、数字或 _ - . :' });

const DrawFields = {
  organizerId: Id.describe('组织单位 (司法行政机关)'),
  periodFrom: CalendarDateSchema.describe('结案日期起'),
  periodTo: CalendarDateSchema.describe('结案日期止'),
  seed: SEED.optional().describe('随机种子; 不填则由系统生成'),
  targets: z
    .array(SamplingTargetSchema)
    .min(1, { message: '请至少选择一个被评查单位' })
    .max(200, { message: '一个批次最多200个被评查单位' }),
};

type DrawShape = { periodFrom: string; periodTo: string; targets: { agencyId: string }[] };

/** The checks every draw's inputs pass: a period in order, each agency once. */
function drawChecks<T extends z.ZodType<DrawShape>>(schema: T) {
  return schema
    .refine((v) => v.periodFrom <= v.periodTo, { message: '结案日期止不能早于起', path: ['periodTo'] })
    .refine((v) => new Set(v.targets.map((t) => t.agencyId)).size === v.targets.length, {
      message: '被评查单位重复',
      path: ['targets'],
    });
}

/** What a draw needs: who organises it, which period, which agencies by which rule, and the seed. */
export const SamplePreviewSchema = drawChecks(z.object(DrawFields));
export type SamplePreview = z.input<typeof SamplePreviewSchema>;

/** Creating a batch: the draw's inputs, plus the rubric and the batch's settings. */
export const BatchCreateSchema = drawChecks(
  z.object({
    ...DrawFields,
    name: z
      .string()
      .trim()
      .min(4, { message: '批次名称至少4个字' })
      .max(100, { message: '批次名称不超过100字' }),
    year: z.number().int().min(2000).max(2100, { message: '年度不正确' }),
    rubricId: Id.optional().describe('评查标准; 不填则使用组织单位的默认标准'),
    reviewersPerFile: z.number().int().min(2, { message: '交叉评查每卷至少2名评查人员' }).max(5).default(2),
    scoreGap: z.number().min(1).max(100, { message: '分差阈值为1至100分' }).default(15),
    responseDays: z.number().int().min(1).max(30, { message: '反馈期限为1至30个工作日' }).default(10),
  }),
);
export type BatchCreate = z.input<typeof BatchCreateSchema>;

/** One stratum (case kind) of one agency's draw. */
const StratumSchema = z.object({
  kind: z.enum(CASE_KINDS),
  candidates: z.number().int(),
  sampled: z.number().int(),
});

/** One agency's part of a draw. */
export const SampleAgencySchema = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  mode: z.enum(SAMPLING_MODES),
  value: z.number(),
  candidates: z.number().int(),
  sampled: z.number().int(),
  strata: z.array(StratumSchema),
});
export type SampleAgency = z.infer<typeof SampleAgencySchema>;

/** One drawn case. */
export const SampledCaseSchema = z.object({
  seq: z.number().int(),
  caseId: z.string(),
  externalId: z.string(),
  title: z.string().nullable(),
  kind: z.enum(CASE_KINDS),
  closedOn: z.string().nullable(),
  agencyId: z.string(),
  agencyName: z.string(),
});
export type SampledCase = z.infer<typeof SampledCaseSchema>;

/** A draw: the seed, the algorithm, per agency and stratum counts, and the cases in draw order. */
export const SampleSchema = z
  .object({
    seed: z.string(),
    algorithm: z.string().describe('抽取算法及版本, 便于复核'),
    agencies: z.array(SampleAgencySchema),
    cases: z.array(SampledCaseSchema),
  })
  .meta({ id: 'ReviewSample' });
export type Sample = z.infer<typeof SampleSchema>;

/** Re-running a batch's draw with its stored seed and comparing. */
export const SampleCheckSchema = z
  .object({
    identical: z.boolean(),
    seed: z.string(),
    stored: z.number().int(),
    recomputed: z.number().int(),
    missing: z.array(SampledCaseSchema).describe('已抽取但复核未抽到的案件'),
    added: z.array(SampledCaseSchema).describe('复核抽到但原抽取结果中没有的案件'),
    explanation: z.string(),
  })
  .meta({ id: 'ReviewSampleCheck' });
export type SampleCheck = z.infer<typeof SampleCheckSchema>;

export const BatchListQuerySchema = z.object({
  q: z.string().trim().max(50).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  organizerId: Id.optional(),
  status: z.enum(BATCH_STATUSES).optional(),
});
export type BatchListQuery = z.infer<typeof BatchListQuerySchema>;

/** One batch in the list. */
export const BatchSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    year: z.number().int(),
    organizer: z.object({ id: z.string(), name: z.string() }),
    periodFrom: z.string(),
    periodTo: z.string(),
    seed: z.string(),
    status: z.enum(BATCH_STATUSES),
    rubric: z.object({ id: z.string(), name: z.string(), version: z.number().int() }),
    agencies: z.number().int(),
    files: z.number().int(),
    scoredFiles: z.number().int(),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
  })
  .meta({ id: 'ReviewBatchSummary' });
export type BatchSummary = z.infer<typeof BatchSummarySchema>;

/** A reviewer of the batch's pool. */
export const ReviewerSchema = z
  .object({
    id: z.string(),
    source: z.enum(REVIEWER_SOURCES),
    sourceId: z.string(),
    name: z.string(),
    employer: z.string(),
    orgName: z.string().describe('专家库、特邀监督员的管理单位或工作人员所在单位'),
    account: z.object({ userId: z.string(), username: z.string(), displayName: z.string() }),
    linkedBy: z.enum(['id_number', 'manual']),
    assignments: z.number().int(),
  })
  .meta({ id: 'Reviewer' });
export type Reviewer = z.infer<typeof ReviewerSchema>;

/** One reviewer's sheet on a file, as the organizer sees it. */
export const AssignmentBriefSchema = z.object({
  id: z.string(),
  reviewerId: z.string(),
  reviewerName: z.string(),
  status: z.enum(ASSIGNMENT_STATUSES),
  total: z.number().nullable(),
  vetoes: z.array(z.object({ code: z.string(), label: z.string(), note: z.string() })),
  comment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  replacedReason: z.string().nullable(),
});

const Decision = z.object({ reason: z.string(), by: z.string(), at: z.string() });

/** One sampled file with its reviewers and combined result. */
export const ReviewFileSchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    case: z.object({
      id: z.string(),
      externalId: z.string(),
      title: z.string().nullable(),
      kind: z.enum(CASE_KINDS),
      closedOn: z.string().nullable(),
    }),
    agency: z.object({ id: z.string(), name: z.string() }),
    state: z.enum(FILE_STATES),
    score: z.number().nullable().describe('提交评分的平均分 (或合议分); 否决时为0'),
    grade: z.enum(REVIEW_GRADES).nullable(),
    vetoed: z.boolean().describe('有评查人员认定否决项且未经组织单位改判'),
    vetoOverride: Decision.nullable(),
    consensus: Decision.extend({ score: z.number() }).nullable(),
    assignments: z.array(AssignmentBriefSchema),
    matter: z.object({ id: z.string(), number: z.string() }).nullable(),
    response: z.object({ text: z.string(), at: z.string(), by: z.string() }).nullable(),
  })
  .meta({ id: 'ReviewFile' });
export type ReviewFile = z.infer<typeof ReviewFileSchema>;

/** One batch: its settings, rubric, draw, reviewer pool and progress. */
export const BatchDetailSchema = BatchSummarySchema.extend({
  rubricTotal: z.number(),
  algorithm: z.string(),
  reviewersPerFile: z.number().int(),
  scoreGap: z.number(),
  responseDays: z.number().int(),
  responseDue: z.string().nullable(),
  responseDueBasis: z.string().nullable(),
  targets: z.array(SampleAgencySchema),
  reviewers: z.array(ReviewerSchema),
  progress: z.object({
    files: z.number().int(),
    assigned: z.number().int(),
    sheets: z.number().int(),
    submitted: z.number().int(),
    scored: z.number().int(),
    needsConsensus: z.number().int(),
  }),
}).meta({ id: 'ReviewBatchDetail' });
export type BatchDetail = z.infer<typeof BatchDetailSchema>;

/** Grade counts, average and pass rate of a set of files. */
export const GradeFiguresSchema = z.object({
  files: z.number().int(),
  scored: z.number().int(),
  averageScore: z.number().nullable(),
  grades: z.object({
    excellent: z.number().int(),
    good: z.number().int(),
    pass: z.number().int(),
    fail: z.number().int(),
  }),
  passRate: z.number().nullable().describe('合格及以上的比例 (%), 已评定案卷中'),
});
export type GradeFigures = z.infer<typeof GradeFiguresSchema>;

/** A batch's results: per agency and per file. */
export const BatchResultsSchema = z
  .object({
    batch: BatchSummarySchema,
    overall: GradeFiguresSchema,
    agencies: z.array(GradeFiguresSchema.extend({ agencyId: z.string(), agencyName: z.string() })),
    files: z.array(ReviewFileSchema),
  })
  .meta({ id: 'ReviewBatchResults' });
export type BatchResults = z.infer<typeof BatchResultsSchema>;
