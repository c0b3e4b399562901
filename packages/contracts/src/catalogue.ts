import { z } from 'zod';
import {
  CIRCUMSTANCES,
  FINE_BASES,
  type FineRule,
  ITEM_ACTIONS,
  ITEM_KINDS,
  ITEM_STATUSES,
  type ItemLegalBasis,
  LIST_KINDS,
  SUBJECTS,
  TIER_PENALTY_TYPES,
  type TierPenaltyType,
  VERSION_STATUSES,
} from './catalogue-labels.ts';
import { ENFORCEMENT_FIELD_CODES, type EnforcementField } from './fields.ts';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });
const Reason = z.string().trim().min(2, { message: '请填写原因' }).max(500, { message: '原因最多500字' });
export const Yuan = z
  .number({ message: '金额应为数字 (元)' })
  .nonnegative({ message: '金额不能为负数' })
  .max(1e12, { message: '金额过大' })
  .refine((v) => Math.round(v * 100) === Number((v * 100).toFixed(6)), { message: '金额最多保留两位小数' });

/** An item code: letters, digits and - _ . , 2–40 characters, unique within an agency. */
export const ItemCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/, { message: '事项编码应为2至40位字母、数字或 - _ .' });

/** One problem with submitted content: the field path and a Chinese message. */
export interface ContentProblem {
  path: string;
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Items

export const ItemLegalBasisSchema = z.object({
  law: z.string().trim().max(100, { message: '法律法规名称最多100字' }),
  article: z.string().trim().max(40, { message: '条最多40字' }).nullable().optional(),
  clause: z.string().trim().max(40, { message: '款项最多40字' }).nullable().optional(),
  text: z.string().trim().max(2000, { message: '条文内容最多2000字' }).nullable().optional(),
});

/** What an item says: name, kind, legal bases, responsible post and fields. */
export interface ItemContent {
  name: string;
  kind: (typeof ITEM_KINDS)[number];
  legalBases: ItemLegalBasis[];
  post: string;
  fields: EnforcementField[];
  note?: string | null | undefined;
}

/** Every problem with an item's content, in Chinese; shared by the schema, the service and the form. */
export function itemProblems(input: ItemContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const name = (input.name ?? '').trim();
  if (name.length < 2 || name.length > 200) problems.push({ path: 'name', message: '事项名称应为2至200字' });
  if (!ITEM_KINDS.includes(input.kind)) problems.push({ path: 'kind', message: '请选择事项类别' });
  const bases = input.legalBases ?? [];
  if (bases.length === 0) problems.push({ path: 'legalBases', message: '请至少填写一项执法依据' });
  if (bases.length > 20) problems.push({ path: 'legalBases', message: '执法依据最多20项' });
  bases.forEach((b, i) => {
    if ((b.law ?? '').replace(/[《》]/g, '').trim().length < 2)
      problems.push({ path: `legalBases.${i}.law`, message: '请填写法律、法规或规章的名称' });
  });
  if ((input.post ?? '').trim().length < 2)
    problems.push({ path: 'post', message: '请填写责任岗位 (承办机构或岗位)' });
  if (!input.fields || input.fields.length === 0)
    problems.push({ path: 'fields', message: '请至少选择一个执法领域' });
  return problems;
}

function refineWith<T>(problems: (value: T) => ContentProblem[]) {
  return (value: T, ctx: z.RefinementCtx) => {
    for (const p of problems(value))
      ctx.addIssue({ code: 'custom', message: p.message, path: p.path.split('.') });
  };
}

export const ItemContentSchema = z
  .object({
    name: z.string().trim().max(200, { message: '事项名称最多200字' }),
    kind: z.enum(ITEM_KINDS, { message: '请选择事项类别' }),
    legalBases: z.array(ItemLegalBasisSchema).max(20, { message: '执法依据最多20项' }),
    post: z.string().trim().max(100, { message: '责任岗位最多100字' }),
    fields: z.array(z.enum(ENFORCEMENT_FIELD_CODES, { message: '执法领域不正确' })),
    note: z.string().trim().max(500, { message: '备注最多500字' }).nullable().optional(),
  })
  .superRefine(refineWith(itemProblems))
  .meta({ id: 'ItemContent' });

/** Creating an item: the agency, its code and the first draft. */
export const ItemCreateSchema = z.object({
  agencyId: z.string().min(1, { message: '请选择执法主体' }),
  code: ItemCodeSchema,
  content: ItemContentSchema,
  reason: z.string().trim().max(500).nullable().optional().describe('调整原因'),
});
export type ItemCreate = z.infer<typeof ItemCreateSchema>;

/** Saving the draft of an item (a change to a published item starts a new version). */
export const ItemDraftSchema = z.object({
  content: ItemContentSchema,
  reason: z.string().trim().max(500).nullable().optional().describe('调整原因'),
});

// ---------------------------------------------------------------------------------------------
// Benchmarks

export const FineRuleSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('absolute'), min: Yuan, max: Yuan }),
  z.object({
    mode: z.literal('multiple'),
    of: z.enum(FINE_BASES, { message: '请选择倍数的计算基数 (违法所得或货值金额)' }),
    minTimes: z.number().nonnegative({ message: '倍数不能为负数' }).max(1000),
    maxTimes: z.number().positive({ message: '最高倍数应大于0' }).max(1000),
    fallback: z
      .object({ below: Yuan, min: Yuan, max: Yuan })
      .nullable()
      .optional()
      .describe('计算基数不足 below 元或没有时适用的绝对金额'),
  }),
]);

export const TierSchema = z.object({
  circumstance: z.enum(CIRCUMSTANCES, { message: '请选择裁量情节' }),
  conditions: z.string().trim().max(1000, { message: '适用条件最多1000字' }),
  penalties: z.array(z.enum(TIER_PENALTY_TYPES, { message: '处罚种类不正确' })).max(6),
  fine: FineRuleSchema.nullable().optional(),
});
export type Tier = {
  circumstance: (typeof CIRCUMSTANCES)[number];
  conditions: string;
  penalties: TierPenaltyType[];
  fine?: FineRule | null | undefined;
};

export const ListEntrySchema = z.object({
  list: z.enum(LIST_KINDS, { message: '请选择清单类别' }),
  behaviour: z
    .string()
    .trim()
    .min(2, { message: '请填写违法行为' })
    .max(300, { message: '违法行为最多300字' }),
  conditions: z.string().trim().max(500, { message: '适用条件最多500字' }),
});
export type ListEntry = z.infer<typeof ListEntrySchema>;

/** What a benchmark says: the document it comes from, the tiers and the lists. */
export interface BenchmarkContent {
  document: string;
  documentNumber?: string | null | undefined;
  tiers: Tier[];
  lists: ListEntry[];
}

function fineProblems(fine: FineRule, path: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (fine.mode === 'absolute') {
    if (fine.max <= 0) problems.push({ path: `${path}.max`, message: '罚款上限应大于0' });
    if (fine.min > fine.max) problems.push({ path: `${path}.min`, message: '罚款下限不能高于上限' });
    return problems;
  }
  if (fine.minTimes > fine.maxTimes)
    problems.push({ path: `${path}.minTimes`, message: '最低倍数不能高于最高倍数' });
  const f = fine.fallback;
  if (f) {
    if (f.below <= 0) problems.push({ path: `${path}.fallback.below`, message: '计算基数门槛应大于0' });
    if (f.max <= 0) problems.push({ path: `${path}.fallback.max`, message: '罚款上限应大于0' });
    if (f.min > f.max) problems.push({ path: `${path}.fallback.min`, message: '罚款下限不能高于上限' });
  }
  return problems;
}

/** Every problem with a benchmark's content, in Chinese. */
export function benchmarkProblems(input: BenchmarkContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if ((input.document ?? '').trim().length < 2)
    problems.push({ path: 'document', message: '请填写裁量基准的文件名称' });
  const tiers = input.tiers ?? [];
  if (tiers.length === 0) problems.push({ path: 'tiers', message: '请至少设定一个裁量阶次' });
  const seen = new Set<string>();
  tiers.forEach((t, i) => {
    if (seen.has(t.circumstance))
      problems.push({ path: `tiers.${i}.circumstance`, message: '同一裁量情节只能设定一个阶次' });
    seen.add(t.circumstance);
    if ((t.conditions ?? '').trim().length < 2)
      problems.push({ path: `tiers.${i}.conditions`, message: '请填写该阶次的适用条件' });
    if (t.circumstance === 'exempt' && (t.fine || t.penalties.length > 0))
      problems.push({ path: `tiers.${i}.penalties`, message: '不予处罚的阶次不能设定处罚种类或罚款' });
    if (t.circumstance !== 'exempt' && !t.fine && t.penalties.length === 0)
      problems.push({ path: `tiers.${i}.penalties`, message: '请设定该阶次的处罚种类或罚款幅度' });
    if (t.fine) problems.push(...fineProblems(t.fine, `tiers.${i}.fine`));
  });
  return problems;
}

export const BenchmarkContentSchema = z
  .object({
    document: z.string().trim().max(200, { message: '文件名称最多200字' }),
    documentNumber: z.string().trim().max(60, { message: '文号最多60字' }).nullable().optional(),
    tiers: z.array(TierSchema).max(5, { message: '裁量阶次最多5个' }),
    lists: z.array(ListEntrySchema).max(50, { message: '清单条目最多50条' }),
  })
  .superRefine(refineWith((v) => benchmarkProblems(v as BenchmarkContent)))
  .meta({ id: 'BenchmarkContent' });

export const BenchmarkDraftSchema = z.object({
  content: BenchmarkContentSchema,
  reason: z.string().trim().max(500).nullable().optional().describe('调整原因'),
});

// ---------------------------------------------------------------------------------------------
// Workflow

/** Returning a submitted version (退回), with the reason. */
export const VersionReturnSchema = z.object({ reason: Reason });
/** Publishing a submitted version from a date (today when left out). */
export const VersionPublishSchema = z.object({
  effectiveDate: IsoDate.optional().describe('生效日期, 可晚于今天'),
});
/** Withdrawing (取消) what is in force: the first day it is no longer in force, and why. */
export const VersionWithdrawSchema = z.object({ reason: Reason, effectiveDate: IsoDate });

const VersionBase = {
  id: z.string(),
  itemId: z.string(),
  version: z.number().int(),
  status: z.enum(VERSION_STATUSES),
  effectiveFrom: z.string().nullable().describe('生效日期 (发布时确定)'),
  effectiveTo: z.string().nullable().describe('最后有效日期 (含当日); 替代或取消时确定'),
  reason: z.string().nullable().describe('调整原因'),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const ItemVersionSchema = z
  .object({ ...VersionBase, content: ItemContentSchema })
  .meta({ id: 'ItemVersion' });
export type ItemVersion = Omit<z.infer<typeof ItemVersionSchema>, 'content'> & { content: ItemContent };

export const BenchmarkVersionSchema = z
  .object({ ...VersionBase, content: BenchmarkContentSchema })
  .meta({ id: 'BenchmarkVersion' });
export type BenchmarkVersion = Omit<z.infer<typeof BenchmarkVersionSchema>, 'content'> & {
  content: BenchmarkContent;
};

export const ItemEventSchema = z
  .object({
    id: z.string(),
    subject: z.enum(SUBJECTS),
    version: z.number().int(),
    action: z.enum(ITEM_ACTIONS),
    reason: z.string().nullable(),
    effectiveDate: z.string(),
    actorName: z.string(),
    actorOrgName: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'ItemEvent' });
export type ItemEvent = z.infer<typeof ItemEventSchema>;

/** An item in the console list. */
export const ItemSummarySchema = z
  .object({
    id: z.string(),
    agencyId: z.string(),
    agencyName: z.string(),
    agencyCreditCode: z.string().nullable(),
    regionCode: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(ITEM_KINDS),
    fields: z.array(z.string()),
    status: z.enum(ITEM_STATUSES),
    pendingStatus: z.enum(['draft', 'submitted']).nullable().describe('已发布事项正在办理的新版本'),
    version: z.number().int().nullable().describe('现行 (最近发布的) 版本号'),
    effectiveFrom: z.string().nullable(),
    withdrawnOn: z.string().nullable(),
    benchmarkStatus: z.enum(['none', 'draft', 'submitted', 'published', 'withdrawn']),
    updatedAt: z.string(),
  })
  .meta({ id: 'ItemSummary' });
export type ItemSummary = z.infer<typeof ItemSummarySchema>;

/** The steps a viewer may take on one subject (the item or its benchmark) now. */
export const WorkflowActionsSchema = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  return: z.boolean(),
  publish: z.boolean(),
  withdraw: z.boolean(),
  discard: z.boolean().describe('放弃未提交的草稿 (DELETE …/draft)'),
});
export type WorkflowActions = z.infer<typeof WorkflowActionsSchema>;

/** One item: its versions, its benchmark's versions, the history, and what the viewer may do. */
export const ItemDetailSchema = z
  .object({
    item: ItemSummarySchema,
    current: ItemVersionSchema.nullable().describe('今天施行的版本 (已取消时为最后施行的版本)'),
    upcoming: ItemVersionSchema.nullable().describe('已发布、尚未到生效日期的版本'),
    pending: ItemVersionSchema.nullable().describe('正在起草或待审核的版本'),
    versions: z.array(ItemVersionSchema).describe('全部版本, 新的在前'),
    benchmark: z.object({
      current: BenchmarkVersionSchema.nullable(),
      upcoming: BenchmarkVersionSchema.nullable(),
      pending: BenchmarkVersionSchema.nullable(),
      versions: z.array(BenchmarkVersionSchema),
    }),
    events: z.array(ItemEventSchema).describe('全部办理与调整记录, 按发生先后'),
    actions: z.object({ item: WorkflowActionsSchema, benchmark: WorkflowActionsSchema }),
    reviewNote: z.string().nullable().describe('不能审核时的说明 (如不是同级监督机构)'),
  })
  .meta({ id: 'ItemDetail' });
export type ItemDetail = z.infer<typeof ItemDetailSchema>;

/** Filters of the console item list. */
export const ItemListQuerySchema = z.object({
  q: z.string().trim().max(50).optional().describe('事项名称或编码'),
  agencyId: z.string().max(40).optional(),
  regionCode: z
    .string()
    .regex(/^\d{6}(\d{3})?$/, { message: '行政区划代码应为6位或9位数字' })
    .optional()
    .describe('含下级行政区划'),
  kind: z.enum(ITEM_KINDS).optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  field: z.enum(ENFORCEMENT_FIELD_CODES).optional(),
  benchmark: z.enum(['none', 'draft', 'submitted', 'published', 'withdrawn']).optional(),
  pending: z.enum(['true', 'false']).optional().describe('只看有待审核版本的事项'),
});
export type ItemListQuery = z.infer<typeof ItemListQuerySchema>;

export const ITEM_SORTS = ['code', 'name', 'agency', 'updated'] as const;
