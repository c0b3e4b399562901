import { z } from 'zod';
import { type BenchmarkContent, ItemLegalBasisSchema, ListEntrySchema, TierSchema } from './catalogue.ts';
import { ITEM_KINDS, LIST_KINDS } from './catalogue-labels.ts';

/*
 * The catalogue as the public portal reads it: items in force today and their benchmarks.
 * The portal imports these as types only (no zod in its bundle).
 */

export const PublicItemQuerySchema = z.object({
  agencyCreditCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z]{18}$/, { message: '统一社会信用代码应为18位' })
    .optional(),
  q: z.string().trim().max(40, { message: '关键词最多40字' }).optional(),
  kind: z.enum(ITEM_KINDS).optional(),
  list: z.enum(LIST_KINDS).optional().describe('只看列入首违不罚 (或不予处罚) 清单的事项'),
});

/** An item in force today, as the public sees it. */
export const PublicItemSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(ITEM_KINDS),
    legalBasis: z.string().describe('执法依据, 如《中华人民共和国食品安全法》第一百二十二条'),
    agencyCreditCode: z.string(),
    agencyName: z.string(),
    hasBenchmark: z.boolean(),
    lists: z.array(z.enum(LIST_KINDS)).describe('现行基准所含清单: 首违不罚、不予处罚'),
  })
  .meta({ id: 'PublicItem' });
export type PublicItem = z.infer<typeof PublicItemSchema>;

export const PublicItemDetailSchema = PublicItemSchema.extend({
  legalBases: z.array(ItemLegalBasisSchema),
  post: z.string(),
  fields: z.array(z.string()).describe('执法领域 (中文)'),
  version: z.number().int(),
  effectiveFrom: z.string(),
  benchmark: z
    .object({
      version: z.number().int(),
      effectiveFrom: z.string(),
      document: z.string(),
      documentNumber: z.string().nullable(),
      tiers: z.array(TierSchema),
      lists: z.array(ListEntrySchema),
    })
    .nullable(),
}).meta({ id: 'PublicItemDetail' });
export type PublicItemDetail = Omit<z.infer<typeof PublicItemDetailSchema>, 'benchmark'> & {
  benchmark:
    | (Omit<BenchmarkContent, 'documentNumber'> & {
        version: number;
        effectiveFrom: string;
        documentNumber: string | null;
      })
    | null;
};
