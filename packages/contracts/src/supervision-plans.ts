/**
 * The annual supervision plan (计划监督: 年初方案、年中督促、年底总结) and campaigns (专项监督): a
 * justice bureau's tasks for the year, their mid-year check and the year-end summary built from the
 * year's matters and warnings; a campaign's checklist, target agencies and findings.
 */
import { z } from 'zod';
import { ENFORCEMENT_FIELD_CODES } from './fields.ts';
import { MATTER_MODES, MATTER_PROBLEMS, MATTER_TRACKS } from './matter-labels.ts';

const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });
const Id = z.string().min(1).max(40);
const Text = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .min(min, { message: `请填写${what}${min > 1 ? ` (至少${min}个字)` : ''}` })
    .max(max, { message: `${what}不超过${max}字` });

/** 起草 → 已印发 (年初方案) → 已中期检查 (年中督促) → 已总结 (年底总结). */
export const PLAN_STATUSES = ['draft', 'published', 'reviewed', 'concluded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: '起草中',
  published: '已印发',
  reviewed: '已中期检查',
  concluded: '已年终总结',
};

export const TASK_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  planned: '未开始',
  in_progress: '进行中',
  done: '已完成',
  dropped: '已取消',
};

export const PlanTaskInputSchema = z
  .object({
    title: Text(4, 100, '任务名称'),
    description: Text(0, 2000, '任务内容').default(''),
    track: z.enum(MATTER_TRACKS, { message: '请选择监督类型' }),
    field: z.enum(ENFORCEMENT_FIELD_CODES, { message: '执法领域不正确' }).nullable().default(null),
    target: Text(2, 200, '监督对象'),
    startOn: DateOnly,
    endOn: DateOnly,
    responsible: Text(2, 60, '责任单位或责任人'),
  })
  .refine((v) => v.endOn >= v.startOn, { message: '结束日期不能早于开始日期', path: ['endOn'] });

export const PlanTaskSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  title: z.string(),
  description: z.string(),
  track: z.enum(MATTER_TRACKS),
  field: z.enum(ENFORCEMENT_FIELD_CODES).nullable(),
  target: z.string(),
  startOn: z.string(),
  endOn: z.string(),
  responsible: z.string(),
  status: z.enum(TASK_STATUSES),
  progressNote: z.string().nullable(),
  doneOn: z.string().nullable(),
  matters: z.number().int().describe('由该任务立项的监督事项数'),
  campaigns: z.number().int().describe('由该任务开展的专项监督数'),
});
export type PlanTask = z.infer<typeof PlanTaskSchema>;

export const PlanCreateSchema = z.object({
  orgId: Id.describe('制定计划的司法行政机关'),
  year: z.number().int().min(2020, { message: '年度不正确' }).max(2100, { message: '年度不正确' }),
  title: Text(4, 100, '计划名称'),
  summary: Text(10, 4000, '总体安排'),
});

export const PlanUpdateSchema = PlanCreateSchema.omit({ orgId: true, year: true }).partial();

/** The year's figures the summary is built from. */
export const PlanFiguresSchema = z.object({
  matters: z.object({
    opened: z.number().int(),
    closed: z.number().int(),
    open: z.number().int(),
    overdue: z.number().int(),
    byOrigin: z.record(z.string(), z.number().int()),
    byProblem: z.record(z.string(), z.number().int()),
  }),
  notices: z.object({
    issued: z.number().int(),
    byKind: z.record(z.string(), z.number().int()),
    accepted: z.number().int(),
    objections: z.number().int(),
    escalations: z.number().int(),
  }),
  warnings: z.object({
    found: z.number().int(),
    resolved: z.number().int(),
    toMatters: z.number().int(),
    dismissed: z.number().int(),
    topRules: z.array(z.object({ ruleCode: z.string(), name: z.string(), count: z.number().int() })),
  }),
  campaigns: z.object({ held: z.number().int(), findings: z.number().int(), problems: z.number().int() }),
  tasks: z.object({ total: z.number().int(), done: z.number().int(), dropped: z.number().int() }),
});
export type PlanFigures = z.infer<typeof PlanFiguresSchema>;

export const PlanSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    year: z.number().int(),
    title: z.string(),
    summary: z.string(),
    status: z.enum(PLAN_STATUSES),
    publishedOn: z.string().nullable(),
    midyearOn: z.string().nullable(),
    midyearNote: z.string().nullable(),
    concludedOn: z.string().nullable(),
    conclusion: z.string().nullable(),
    hasReport: z.boolean(),
    tasks: z.array(PlanTaskSchema),
    createdAt: z.string(),
  })
  .meta({ id: 'SupervisionPlan' });
export type Plan = z.infer<typeof PlanSchema>;

export const PlanListQuerySchema = z.object({
  year: z.coerce.number().int().min(2020).max(2100).optional(),
  status: z.enum(PLAN_STATUSES).optional(),
});

/** 年中督促: where each task stands, and the bureau's note. */
export const PlanMidyearSchema = z.object({
  note: Text(10, 4000, '中期检查情况'),
  tasks: z
    .array(
      z.object({
        taskId: Id,
        status: z.enum(TASK_STATUSES, { message: '任务状态不正确' }),
        progressNote: Text(2, 1000, '进展说明'),
      }),
    )
    .default([]),
});

export const TaskProgressSchema = z.object({
  status: z.enum(TASK_STATUSES, { message: '任务状态不正确' }),
  progressNote: Text(2, 1000, '进展说明'),
});

/** 年底总结: the bureau's own words around the generated figures. */
export const PlanConcludeSchema = z.object({
  conclusion: Text(20, 8000, '年度总结'),
});

/** Opens a matter from a plan task (计划监督任务 → 监督事项). */
export const TaskMatterSchema = z.object({
  agencyId: Id,
  title: Text(4, 100, '事项名称'),
  mode: z.enum(MATTER_MODES, { message: '请选择刚性或柔性监督' }),
  problems: z.array(z.enum(MATTER_PROBLEMS)).min(1, { message: '请至少选择一种问题类型' }).max(8),
  description: Text(10, 4000, '问题描述'),
});
