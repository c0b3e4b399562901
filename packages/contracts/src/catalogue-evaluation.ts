import { z } from 'zod';
import { IsoDate, ItemCodeSchema, ListEntrySchema, Yuan } from './catalogue.ts';
import { CIRCUMSTANCES, ITEM_KINDS, PENALTY_TYPES } from './catalogue-labels.ts';

/*
 * Benchmark evaluation (裁量计算) and the catalogue-on-a-date check: what warning rules and the
 * console ask of the catalogue about one case.
 */

/** `POST /api/benchmarks/evaluate`: what may be imposed for a circumstance on the act's date. */
export const EvaluateRequestSchema = z
  .object({
    agencyCreditCode: z.string().trim().toUpperCase().length(18, { message: '统一社会信用代码应为18位' }),
    itemCode: ItemCodeSchema,
    circumstance: z.enum(CIRCUMSTANCES, { message: '请选择裁量情节' }),
    actDate: IsoDate.describe('违法行为发生日期'),
    decisionDate: IsoDate.optional().describe('作出处罚决定的日期 (用于从旧兼从轻)'),
    illegalGains: Yuan.optional().describe('违法所得 (元)'),
    goodsValue: Yuan.optional().describe('货值金额 (元)'),
  })
  .refine((v) => !v.decisionDate || v.decisionDate >= v.actDate, {
    message: '决定日期不能早于违法行为发生日期',
    path: ['decisionDate'],
  })
  .meta({ id: 'EvaluateRequest' });
export type EvaluateRequest = z.infer<typeof EvaluateRequestSchema>;

/** What one benchmark version allows for the circumstance. */
export const TierOutcomeSchema = z.object({
  benchmarkVersion: z.number().int(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  document: z.string(),
  documentNumber: z.string().nullable(),
  conditions: z.string(),
  penalties: z.array(z.enum(PENALTY_TYPES)).describe('允许的处罚种类 (含罚款)'),
  fine: z
    .object({ min: z.number(), max: z.number(), rule: z.string().describe('罚款幅度的规定, 中文') })
    .nullable()
    .describe('本案允许的罚款金额范围 (元)'),
  explanation: z.string().describe('如何得出该范围, 中文'),
});
export type TierOutcome = z.infer<typeof TierOutcomeSchema>;

export const EvaluateResultSchema = z
  .object({
    agencyCreditCode: z.string(),
    agencyName: z.string(),
    item: z.object({
      code: z.string(),
      name: z.string(),
      kind: z.enum(ITEM_KINDS),
      version: z.number().int(),
    }),
    circumstance: z.enum(CIRCUMSTANCES),
    applied: TierOutcomeSchema.describe('适用的基准及本案允许的处罚'),
    appliedRule: z
      .enum(['act', 'decision'])
      .describe('act: 行为时的基准; decision: 决定时较轻的基准 (从旧兼从轻)'),
    other: TierOutcomeSchema.nullable().describe('未适用的另一版本 (基准在行为后发生变化时)'),
    basis: z.string().describe('适用依据说明, 中文'),
    lists: z.array(ListEntrySchema).describe('本事项的首违不罚、不予处罚清单'),
  })
  .meta({ id: 'EvaluateResult' });
export type EvaluateResult = z.infer<typeof EvaluateResultSchema>;

/** Whether an item was in an agency's catalogue on a date (for ITEM_NOT_IN_CATALOGUE). */
export const ItemOnQuerySchema = z.object({
  agencyCreditCode: z.string().trim().toUpperCase().length(18, { message: '统一社会信用代码应为18位' }),
  itemCode: ItemCodeSchema,
  date: IsoDate,
});
export const ItemOnSchema = z
  .object({
    inCatalogue: z.boolean(),
    date: z.string(),
    itemId: z.string().nullable(),
    version: z.number().int().nullable(),
    name: z.string().nullable(),
    kind: z.enum(ITEM_KINDS).nullable(),
    effectiveFrom: z.string().nullable(),
    effectiveTo: z.string().nullable(),
    reason: z.string().describe('中文说明'),
  })
  .meta({ id: 'ItemOn' });
export type ItemOn = z.infer<typeof ItemOnSchema>;
