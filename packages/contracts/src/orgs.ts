import { z } from 'zod';
import { isValidCreditCode } from './codes.ts';

/** The kinds of body in the org tree. */
export const ORG_KINDS = ['supervisor', 'agency', 'township_government', 'other'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Chinese labels of the org kinds, also accepted on import. */
export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  supervisor: '司法行政机关(监督机构)',
  agency: '行政执法主体',
  township_government: '乡镇人民政府(街道办事处)',
  other: '其他',
};

const RegionCode = z.string().regex(/^\d{6}(\d{3})?$/, { message: '行政区划代码应为6位或9位数字' });

const CreditCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => v.length === 18, { message: '统一社会信用代码应为18位' })
  .refine((v) => isValidCreditCode(v), { message: '统一社会信用代码校验位错误' });

/** An org as presented. */
export const OrgSchema = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.enum(ORG_KINDS),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    creditCode: z.string().nullable(),
    status: z.enum(['active', 'disabled']),
    sortOrder: z.number().int(),
    depth: z.number().int(),
    hasChildren: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Org' });

/** Creating an org. */
export const OrgCreateSchema = z.object({
  parentId: z.string().nullable(),
  name: z
    .string()
    .trim()
    .min(2, { message: '单位名称至少2个字' })
    .max(100, { message: '单位名称最多100个字' }),
  shortName: z.string().trim().max(30).nullable().optional(),
  kind: z.enum(ORG_KINDS, { message: '单位类型不正确' }),
  regionCode: RegionCode,
  creditCode: CreditCode.nullable().optional(),
  sortOrder: z.number().int().min(0).max(99_999).default(0),
});

/** Editing an org (moving it is separate). */
export const OrgUpdateSchema = OrgCreateSchema.omit({ parentId: true }).partial();

/** Moving an org (and everything under it) to a new parent. */
export const OrgMoveSchema = z.object({ parentId: z.string().min(1, { message: '请选择新的上级单位' }) });

/** List filters for orgs. */
export const OrgListQuerySchema = z.object({
  q: z.string().trim().max(50).optional(),
  parentId: z.string().optional(),
  kind: z.enum(ORG_KINDS).optional(),
  status: z.enum(['active', 'disabled']).optional(),
  regionCode: z
    .string()
    .regex(/^\d{6}(\d{3})?$/)
    .optional(),
});

/** What an import did: good rows are kept, each bad row says why. */
export const ImportResultSchema = z
  .object({
    received: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    rejected: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), messages: z.array(z.string()) })),
  })
  .meta({ id: 'ImportResult' });

export type Org = z.infer<typeof OrgSchema>;
export type OrgCreate = z.infer<typeof OrgCreateSchema>;
export type ImportResult = z.infer<typeof ImportResultSchema>;
