/**
 * Campaigns (专项监督): a justice bureau checks one enforcement field in its region over a period
 * against a checklist, agency by agency; every problem found can become a supervision matter.
 */
import { z } from 'zod';
import { ENFORCEMENT_FIELD_CODES } from './fields.ts';
import { MATTER_MODES, MATTER_PROBLEMS } from './matter-labels.ts';

const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });
const Id = z.string().min(1).max(40);

export const CAMPAIGN_STATUSES = ['planned', 'active', 'finished'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  planned: '筹备中',
  active: '开展中',
  finished: '已结束',
};

export const FINDING_RESULTS = ['compliant', 'problem'] as const;
export type FindingResult = (typeof FINDING_RESULTS)[number];
export const FINDING_RESULT_LABELS: Record<FindingResult, string> = {
  compliant: '符合要求',
  problem: '存在问题',
};

export const ChecklistItemSchema = z.object({
  code: z.string().regex(/^[A-Za-z0-9-]{1,12}$/, { message: '检查项编号为1到12位字母、数字或短横线' }),
  text: z.string().trim().min(4, { message: '检查项内容至少4个字' }).max(300),
});

export const CampaignCreateSchema = z
  .object({
    orgId: Id.describe('组织专项监督的司法行政机关'),
    planTaskId: Id.nullable().default(null).describe('所属年度监督计划任务'),
    title: z.string().trim().min(4, { message: '专项监督名称至少4个字' }).max(100),
    field: z.enum(ENFORCEMENT_FIELD_CODES, { message: '请选择执法领域' }),
    regionCode: z.string().regex(/^\d{6}$/, { message: '行政区划代码应为6位数字' }),
    periodFrom: DateOnly,
    periodTo: DateOnly,
    description: z.string().trim().min(10, { message: '请写明监督内容与要求 (至少10个字)' }).max(4000),
    checklist: z
      .array(ChecklistItemSchema)
      .min(1, { message: '请至少列出一项检查内容' })
      .max(50, { message: '检查清单最多50项' })
      .refine((items) => new Set(items.map((i) => i.code)).size === items.length, {
        message: '检查项编号不能重复',
      }),
    agencyIds: z.array(Id).min(1, { message: '请选择至少一个被监督单位' }).max(500),
  })
  .refine((v) => v.periodTo >= v.periodFrom, { message: '结束日期不能早于开始日期', path: ['periodTo'] });

export const CampaignTargetSchema = z.object({
  agencyOrgId: z.string(),
  agencyName: z.string(),
  checked: z.boolean(),
  problems: z.number().int(),
});

export const CampaignFindingSchema = z.object({
  id: z.string(),
  agencyOrgId: z.string(),
  agencyName: z.string(),
  itemCode: z.string(),
  result: z.enum(FINDING_RESULTS),
  note: z.string(),
  matterId: z.string().nullable(),
  matterNumber: z.string().nullable(),
  recordedBy: z.string(),
  recordedOn: z.string(),
});
export type CampaignFinding = z.infer<typeof CampaignFindingSchema>;

export const CampaignSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    planTaskId: z.string().nullable(),
    title: z.string(),
    field: z.enum(ENFORCEMENT_FIELD_CODES),
    regionCode: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    description: z.string(),
    checklist: z.array(ChecklistItemSchema),
    status: z.enum(CAMPAIGN_STATUSES),
    conclusion: z.string().nullable(),
    targets: z.array(CampaignTargetSchema),
    findings: z.array(CampaignFindingSchema),
    createdAt: z.string(),
  })
  .meta({ id: 'Campaign' });
export type Campaign = z.infer<typeof CampaignSchema>;

export const CampaignSummarySchema = CampaignSchema.omit({
  findings: true,
  targets: true,
  checklist: true,
}).extend({
  targetCount: z.number().int(),
  checkedCount: z.number().int(),
  problemCount: z.number().int(),
});

export const CampaignListQuerySchema = z.object({
  status: z.enum(CAMPAIGN_STATUSES).optional(),
  field: z.enum(ENFORCEMENT_FIELD_CODES).optional(),
  year: z.coerce.number().int().min(2020).max(2100).optional(),
});

/** One agency checked against the checklist: a result for each item. */
export const CampaignCheckSchema = z.object({
  agencyOrgId: Id,
  results: z
    .array(
      z.object({
        itemCode: z.string().min(1).max(12),
        result: z.enum(FINDING_RESULTS, { message: '请选择检查结果' }),
        note: z.string().trim().max(2000).default(''),
      }),
    )
    .min(1, { message: '请填写检查结果' }),
});

export const CampaignFinishSchema = z.object({
  conclusion: z.string().trim().min(10, { message: '请写明专项监督的总结 (至少10个字)' }).max(8000),
});

/** A problem found becomes a matter of the campaign track. */
export const FindingMatterSchema = z.object({
  title: z.string().trim().min(4, { message: '事项名称至少4个字' }).max(100),
  mode: z.enum(MATTER_MODES, { message: '请选择刚性或柔性监督' }),
  problems: z.array(z.enum(MATTER_PROBLEMS)).min(1, { message: '请至少选择一种问题类型' }).max(8),
});
