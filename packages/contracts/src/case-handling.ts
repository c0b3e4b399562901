/**
 * Handling a case in Jiandu itself (for agencies without a case system): opening it (立案) and
 * recording each stage. The platform refuses what the law forbids; the refusal names the rule.
 */
import { z } from 'zod';
import { CASE_KINDS, EVENT_TYPES, PROCEDURES, REVIEW_OPINIONS } from './case-labels.ts';
import { CIRCUMSTANCES } from './catalogue-labels.ts';
import { PartySchema, PenaltySchema, specDate } from './exchange.ts';
import { ProblemSchema } from './problem.ts';

/** Opening a case: the agency, the item, the party, the officers and the day it was filed. */
export const CaseOpenSchema = z
  .object({
    agencyId: z.string().min(1, { message: '请选择执法主体' }),
    itemCode: z.string().trim().min(1, { message: '请选择执法事项' }).max(64),
    kind: z.enum(CASE_KINDS),
    procedure: z.enum(PROCEDURES).optional(),
    title: z.string().trim().min(2, { message: '请填写案由' }).max(200),
    party: PartySchema,
    violationEndedAt: specDate('违法行为终了日期').optional(),
    officers: z.array(z.string().trim().min(1).max(64)).min(1, { message: '请填写执法人员执法证号' }).max(20),
    major: z.boolean().default(false),
    openedOn: specDate('立案日期').describe('立案 (或受理) 日期'),
    note: z.string().trim().max(2000).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.kind === 'penalty' && !input.procedure)
      ctx.addIssue({ code: 'custom', path: ['procedure'], message: '行政处罚须选择简易程序或普通程序' });
  });
export type CaseOpen = z.infer<typeof CaseOpenSchema>;

/** The stages a user records after opening (立案 and 受理 come with opening). */
export const RECORDABLE_EVENTS = EVENT_TYPES.filter((t) => t !== 'filed' && t !== 'accepted');

/** Recording one stage; `decision` goes with `decided`, `reviewer`/`opinion` with `legal_review`. */
export const CaseStageSchema = z.object({
  type: z.enum(RECORDABLE_EVENTS as [string, ...string[]]),
  at: specDate('日期'),
  reviewer: z.string().trim().min(1).max(64).optional(),
  opinion: z.enum(REVIEW_OPINIONS).optional(),
  days: z.number().int().min(1).max(365).optional(),
  note: z.string().trim().max(2000).optional(),
  decision: z
    .object({
      penalties: z.array(PenaltySchema).max(20).default([]),
      circumstance: z.enum(CIRCUMSTANCES),
      facts: z.string().trim().min(10, { message: '请写明违法事实和证据' }).max(5000),
      legalBasis: z.string().trim().min(4, { message: '请写明处罚依据' }).max(1000),
    })
    .superRefine((decision, ctx) => {
      if (decision.circumstance !== 'exempt' && !decision.penalties.length)
        ctx.addIssue({ code: 'custom', path: ['penalties'], message: '请填写处罚内容 (不予处罚的除外)' });
    })
    .optional(),
  /** The version the user was looking at, so two people recording at once do not overwrite each other. */
  expectedVersion: z.number().int().min(1),
});
export type CaseStage = z.infer<typeof CaseStageSchema>;

/** Why a stage was refused: the rule, its legal basis and a sentence saying what is wrong. */
export const CaseRefusalSchema = z
  .object({ rule: z.string(), basis: z.string(), message: z.string() })
  .meta({ id: 'CaseRefusal' });
export type CaseRefusal = z.infer<typeof CaseRefusalSchema>;

/** The 422 answer to a refused opening or stage: the problem plus every refusal. */
export const CaseRefusedProblemSchema = ProblemSchema.extend({ refusals: z.array(CaseRefusalSchema) }).meta({
  id: 'CaseRefusedProblem',
});
