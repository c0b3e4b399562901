/**
 * Publicity of enforcement decisions (行政执法公示): what the portal shows of a decision, with
 * personal data removed, how long it stays, and the console's publish and withdraw actions.
 */
import { z } from 'zod';
import { CASE_KINDS, PARTY_TYPES } from './case-labels.ts';
import { CIRCUMSTANCES, PENALTY_TYPES } from './catalogue-labels.ts';

const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });

/** A decision as published: nothing here identifies a natural person beyond surname + 某. */
export const PublicDecisionSchema = z
  .object({
    id: z.string(),
    agencyName: z.string(),
    agencyCreditCode: z.string().nullable(),
    documentNumber: z.string().describe('决定书文号'),
    title: z.string().describe('案由'),
    kind: z.enum(CASE_KINDS),
    partyType: z.enum(PARTY_TYPES),
    partyName: z.string().describe('法人名称; 自然人仅公开姓氏'),
    partyCreditCode: z.string().nullable(),
    facts: z.string().nullable().describe('违法事实 (已隐去个人信息)'),
    legalBasis: z.string().nullable(),
    penalties: z.array(z.object({ type: z.enum(PENALTY_TYPES), amount: z.number().nullable() })),
    circumstance: z.enum(CIRCUMSTANCES).nullable(),
    decidedOn: z.string(),
    publishedOn: z.string(),
    expiresOn: z.string().nullable(),
  })
  .meta({ id: 'PublicDecision' });
export type PublicDecision = z.infer<typeof PublicDecisionSchema>;

/** The portal's search of published decisions. */
export const PublicDecisionQuerySchema = z.object({
  q: z.string().trim().max(50).optional().describe('案由、当事人、文号或执法机关'),
  agencyCreditCode: z.string().trim().max(18).optional(),
  from: DateOnly.optional().describe('决定日期起'),
  to: DateOnly.optional().describe('决定日期止'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type PublicDecisionQuery = z.infer<typeof PublicDecisionQuerySchema>;

/** A case's publication as the console shows it. */
export const PublicationSchema = z
  .object({
    id: z.string(),
    status: z.enum(['published', 'withdrawn']),
    publishedOn: z.string(),
    expiresOn: z.string().nullable(),
    periodLabel: z.string(),
    withdrawnOn: z.string().nullable(),
    withdrawReason: z.string().nullable(),
    createdBy: z.string(),
    content: PublicDecisionSchema,
  })
  .meta({ id: 'Publication' });
export type Publication = z.infer<typeof PublicationSchema>;

/** Withdrawing a publication (撤下): the reason is required and shown in the record. */
export const WithdrawPublicationSchema = z.object({
  reason: z.string().trim().min(4, { message: '请写明撤下原因 (如复议决定撤销原处罚决定)' }).max(500),
});

/** One row of the publication period table: the first matching row by rank decides. */
export const PublicationPeriodSchema = z
  .object({
    id: z.string(),
    rank: z.number().int(),
    label: z.string().trim().min(2).max(50),
    kind: z.enum(CASE_KINDS),
    penaltyType: z.enum(PENALTY_TYPES).nullable(),
    fineBelow: z.number().min(0).nullable(),
    warningOnly: z.boolean(),
    months: z.number().int().min(1).max(120).nullable().describe('公示月数; 为空表示不予公示'),
    basis: z.string().trim().min(2).max(200),
  })
  .meta({ id: 'PublicationPeriod' });
export type PublicationPeriod = z.infer<typeof PublicationPeriodSchema>;
