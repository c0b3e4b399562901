import { z } from 'zod';
import { ENFORCEMENT_FIELD_CODES } from './fields.ts';
import { ORG_KINDS } from './orgs.ts';

/** How an agency got its enforcement power: 法定 (by law), 授权 (granted by law to an organisation), 委托 (entrusted). */
export const AUTHORITIES = ['statutory', 'authorised', 'entrusted'] as const;
export type Authority = (typeof AUTHORITIES)[number];
export const AUTHORITY_LABELS: Record<Authority, string> = {
  statutory: '法定',
  authorised: '授权',
  entrusted: '委托',
};

/**
 * The states of one qualification version: drafted and submitted by the agency, confirmed and
 * published (公告) by the supervisor; a later confirmed version supersedes it; or it is revoked.
 */
export const QUALIFICATION_STATUSES = [
  'draft',
  'submitted',
  'confirmed',
  'published',
  'superseded',
  'revoked',
] as const;
export type QualificationStatus = (typeof QUALIFICATION_STATUSES)[number];
export const QUALIFICATION_STATUS_LABELS: Record<QualificationStatus, string> = {
  draft: '草稿',
  submitted: '待确认',
  confirmed: '已确认',
  published: '已公告',
  superseded: '已被新版本替代',
  revoked: '已撤销',
};

/** An agency's status in the list: its current version's, or `none` (未填报) when it has none. */
export const AGENCY_STATUSES = ['none', 'draft', 'submitted', 'confirmed', 'published', 'revoked'] as const;
export type AgencyStatus = (typeof AGENCY_STATUSES)[number];
export const AGENCY_STATUS_LABELS: Record<AgencyStatus, string> = {
  none: '未填报',
  draft: '草稿',
  submitted: '待确认',
  confirmed: '已确认',
  published: '已公告',
  revoked: '已撤销',
};

/** What happened to a version, as its append-only history records it. */
export const QUALIFICATION_ACTIONS = [
  'draft',
  'submit',
  'return',
  'confirm',
  'publish',
  'revoke',
  'supersede',
] as const;
export type QualificationAction = (typeof QUALIFICATION_ACTIONS)[number];
export const QUALIFICATION_ACTION_LABELS: Record<QualificationAction, string> = {
  draft: '起草',
  submit: '提交确认',
  return: '退回修改',
  confirm: '确认',
  publish: '公告',
  revoke: '撤销',
  supersede: '被新版本替代',
};

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });
const Reason = z.string().trim().min(2, { message: '请填写原因' }).max(500, { message: '原因最多500字' });

/** One legal basis: a law, regulation or rule (《…》) and, optionally, its article. */
export const LegalBasisSchema = z.object({
  law: z.string().trim().max(100, { message: '法律法规名称最多100字' }),
  article: z.string().trim().max(100, { message: '条款最多100字' }).nullable().optional(),
});
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/** The entrustment (委托) an entrusted agency acts under: who entrusted it, with what, for how long. */
export const EntrustmentSchema = z.object({
  entrustingBody: z.string().trim().max(100),
  scope: z.string().trim().max(1000),
  powers: z.string().trim().max(1000),
  startDate: IsoDate,
  endDate: IsoDate,
});
export type Entrustment = z.infer<typeof EntrustmentSchema>;

/** The content of a qualification the agency drafts. */
export interface QualificationContent {
  legalBases: LegalBasis[];
  authority: Authority;
  entrustment?: Partial<Entrustment> | null | undefined;
  fields: string[];
  note?: string | null | undefined;
}

/**
 * Every problem with a draft's content, with its field path and a Chinese message. Shared by the
 * request schema, the service (which the demo calls directly) and the web form.
 */
export function qualificationProblems(input: QualificationContent): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const bases = input.legalBases ?? [];
  if (bases.length === 0) problems.push({ path: 'legalBases', message: '请至少填写一项执法依据' });
  bases.forEach((b, i) => {
    if ((b.law ?? '').trim().length < 2)
      problems.push({ path: `legalBases.${i}.law`, message: '请填写法律、法规或规章的名称' });
  });
  if (bases.length > 30) problems.push({ path: 'legalBases', message: '执法依据最多30项' });
  if (!input.fields || input.fields.length === 0)
    problems.push({ path: 'fields', message: '请至少选择一个执法领域' });
  if (input.authority === 'entrusted') {
    const e = input.entrustment ?? {};
    if ((e.entrustingBody ?? '').trim().length < 2)
      problems.push({ path: 'entrustment.entrustingBody', message: '委托执法须填写委托机关' });
    if ((e.scope ?? '').trim().length < 2)
      problems.push({ path: 'entrustment.scope', message: '委托执法须填写委托事项 (范围)' });
    if ((e.powers ?? '').trim().length < 2)
      problems.push({ path: 'entrustment.powers', message: '委托执法须填写委托权限' });
    if (!e.startDate || !e.endDate)
      problems.push({ path: 'entrustment.startDate', message: '委托执法须填写委托期限 (起止日期)' });
    else if (e.endDate < e.startDate)
      problems.push({ path: 'entrustment.endDate', message: '委托期限的截止日期不能早于起始日期' });
  }
  return problems;
}

/** Creating or editing the draft of an agency's qualification. */
export const QualificationDraftSchema = z
  .object({
    legalBases: z.array(LegalBasisSchema).max(30, { message: '执法依据最多30项' }),
    authority: z.enum(AUTHORITIES, { message: '请选择执法权取得方式 (法定、授权或委托)' }),
    entrustment: EntrustmentSchema.partial().nullable().optional(),
    fields: z.array(z.enum(ENFORCEMENT_FIELD_CODES, { message: '执法领域不正确' })),
    note: z.string().trim().max(500, { message: '备注最多500字' }).nullable().optional(),
  })
  .superRefine((value, ctx) => {
    for (const p of qualificationProblems(value))
      ctx.addIssue({ code: 'custom', message: p.message, path: p.path.split('.') });
  });
export type QualificationDraft = z.infer<typeof QualificationDraftSchema>;

/** Returning a submitted version to the agency (退回), with the reason. */
export const QualificationReturnSchema = z.object({ reason: Reason });

/** Confirming or publishing: the date it takes effect (today when left out). */
export const QualificationDateSchema = z.object({ effectiveDate: IsoDate.optional() });

/** Revoking (撤销) a confirmed qualification, with reason and effective date. */
export const QualificationRevokeSchema = z.object({ reason: Reason, effectiveDate: IsoDate });

/** One version of an agency's qualification. */
export const QualificationVersionSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    version: z.number().int(),
    status: z.enum(QUALIFICATION_STATUSES),
    authority: z.enum(AUTHORITIES),
    legalBases: z.array(z.object({ law: z.string(), article: z.string().nullable() })),
    entrustment: EntrustmentSchema.nullable(),
    fields: z.array(z.string()).describe('执法领域代码'),
    note: z.string().nullable(),
    confirmedOn: z.string().nullable(),
    publishedOn: z.string().nullable(),
    supersededOn: z.string().nullable(),
    revokedOn: z.string().nullable(),
    revocationReason: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'QualificationVersion' });
export type QualificationVersion = z.infer<typeof QualificationVersionSchema>;

/** One entry of the append-only history. */
export const QualificationEventSchema = z
  .object({
    id: z.string(),
    qualificationId: z.string(),
    version: z.number().int(),
    action: z.enum(QUALIFICATION_ACTIONS),
    reason: z.string().nullable(),
    effectiveDate: z.string(),
    actorName: z.string(),
    actorOrgName: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'QualificationEvent' });
export type QualificationEvent = z.infer<typeof QualificationEventSchema>;

/** An agency in the console list, with its current qualification. */
export const AgencySummarySchema = z
  .object({
    orgId: z.string(),
    name: z.string(),
    kind: z.enum(ORG_KINDS),
    creditCode: z.string().nullable(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    parentName: z.string().nullable(),
    orgStatus: z.enum(['active', 'disabled']),
    status: z.enum(AGENCY_STATUSES),
    pendingStatus: z.enum(['draft', 'submitted']).nullable().describe('现行版本之外正在办理的新版本'),
    version: z.number().int().nullable(),
    authority: z.enum(AUTHORITIES).nullable(),
    fields: z.array(z.string()),
    confirmedOn: z.string().nullable(),
    publishedOn: z.string().nullable(),
    revokedOn: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'AgencySummary' });
export type AgencySummary = z.infer<typeof AgencySummarySchema>;

/** Which workflow steps the viewer may take now (the console shows buttons by it). */
export const AgencyActionsSchema = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  return: z.boolean(),
  confirm: z.boolean(),
  publish: z.boolean(),
  revoke: z.boolean(),
});
export type AgencyActions = z.infer<typeof AgencyActionsSchema>;

/** One agency: its current qualification, the version in progress, and the full history. */
export const AgencyDetailSchema = z
  .object({
    agency: AgencySummarySchema,
    current: QualificationVersionSchema.nullable().describe('现行 (或最近一次撤销的) 版本; 首次填报时为草稿'),
    pending: QualificationVersionSchema.nullable().describe('现行版本之外正在起草或待确认的新版本'),
    versions: z.array(QualificationVersionSchema).describe('全部版本, 新的在前'),
    events: z.array(QualificationEventSchema).describe('全部办理记录, 按发生先后'),
    actions: AgencyActionsSchema,
    reviewNote: z.string().nullable().describe('不能确认时的说明 (如不是同级监督机构)'),
  })
  .meta({ id: 'AgencyDetail' });
export type AgencyDetail = z.infer<typeof AgencyDetailSchema>;

/** Filters of the console agency list. */
export const AgencyListQuerySchema = z.object({
  q: z.string().trim().max(50).optional().describe('名称或统一社会信用代码'),
  regionCode: z
    .string()
    .regex(/^\d{6}(\d{3})?$/, { message: '行政区划代码应为6位或9位数字' })
    .optional()
    .describe('含下级行政区划'),
  status: z.enum(AGENCY_STATUSES).optional(),
  authority: z.enum(AUTHORITIES).optional(),
  field: z.enum(ENFORCEMENT_FIELD_CODES).optional(),
});
export type AgencyListQuery = z.infer<typeof AgencyListQuerySchema>;

/** Sort keys of the agency list. */
export const AGENCY_SORTS = ['name', 'region', 'confirmed', 'updated'] as const;
export type AgencySort = (typeof AGENCY_SORTS)[number];

/** Whether an agency was qualified on a date, and why (or why not), in Chinese. */
export const QualificationOnSchema = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    date: z.string(),
    qualified: z.boolean(),
    version: z.number().int().nullable(),
    authority: z.enum(AUTHORITIES).nullable(),
    fields: z.array(z.string()),
    reason: z.string(),
  })
  .meta({ id: 'QualificationOn' });
export type QualificationOn = z.infer<typeof QualificationOnSchema>;

/** A published agency as the public sees it: no persons, fields as Chinese labels. */
export const PublicAgencySchema = z
  .object({
    name: z.string(),
    creditCode: z.string(),
    regionCode: z.string(),
    fields: z.array(z.string()).describe('执法领域 (中文)'),
    authority: z.enum(AUTHORITIES),
    status: z.literal('published'),
  })
  .meta({ id: 'PublicAgency' });
export type PublicAgency = z.infer<typeof PublicAgencySchema>;

/** One published agency with its legal bases and, when entrusted, the entrustment. */
export const PublicAgencyDetailSchema = PublicAgencySchema.extend({
  legalBases: z.array(z.object({ law: z.string(), article: z.string().nullable() })),
  entrustment: EntrustmentSchema.nullable(),
  publishedOn: z.string(),
}).meta({ id: 'PublicAgencyDetail' });
export type PublicAgencyDetail = z.infer<typeof PublicAgencyDetailSchema>;

/** Public search: a name or credit-code fragment, and a region (with everything below it). */
export const PublicAgencyQuerySchema = z.object({
  q: z.string().trim().max(40, { message: '关键词最多40字' }).optional(),
  region: z
    .string()
    .regex(/^\d{2,9}$/, { message: '行政区划代码应为数字' })
    .optional(),
});
