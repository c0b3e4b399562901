/**
 * Referrals (线索移送) in the console: drafting a referral of a lead to 纪检监察, 公安 or 检察,
 * the agency head's approval, sending with a numbered 移送书, the receipt and the receiving body's
 * feedback, every due date with how it was computed.
 */
import { z } from 'zod';
import { AttachmentSchema } from './matters.ts';
import {
  REFERRAL_EVENT_KINDS,
  REFERRAL_MATERIAL_KINDS,
  REFERRAL_ORIGINS,
  REFERRAL_OUTCOMES,
  REFERRAL_STAGES,
  REFERRAL_STATUSES,
  REFERRAL_TARGETS,
} from './referral-labels.ts';

const Id = z.string().min(1).max(40);
const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });
const Text = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .min(min, { message: `${what}至少${min}个字` })
    .max(max, { message: `${what}不超过${max}字` });

/** One item of the materials list, optionally with its file in the evidence store. */
export const ReferralMaterialSchema = z.object({
  kind: z.enum(REFERRAL_MATERIAL_KINDS, { message: '材料类型不正确' }),
  title: Text(2, 100, '材料名称'),
  copies: z.number().int().min(1, { message: '份数至少为1' }).max(999).default(1),
  pages: z.number().int().min(1, { message: '页数至少为1' }).max(99_999).nullable().default(null),
  attachment: AttachmentSchema.nullable().default(null),
});
export type ReferralMaterial = z.infer<typeof ReferralMaterialSchema>;

/**
 * A draft referral. `originRef` names what the lead came from: a case or matter id (checked), a
 * complaint's number (free text for now). `handlers` are the certificate numbers of the officers
 * who handle it: two or more for a criminal transfer (规定第五条).
 */
export const ReferralDraftSchema = z.object({
  title: Text(4, 100, '线索名称'),
  targetKind: z.enum(REFERRAL_TARGETS, { message: '请选择移送对象' }),
  targetName: Text(2, 100, '接收机关名称'),
  origin: z.enum(REFERRAL_ORIGINS, { message: '请选择线索来源' }),
  originRef: z.string().trim().min(1).max(60).nullable().default(null),
  subjectName: Text(2, 100, '涉嫌单位或人员'),
  suspectedOffence: Text(2, 200, '涉嫌罪名或违纪违法问题'),
  facts: Text(10, 5000, '涉嫌事实'),
  handlers: z
    .array(z.string().trim().min(1).max(40))
    .min(1, { message: '请填写承办人员的执法证号' })
    .max(10, { message: '承办人员不超过10人' }),
  materials: z.array(ReferralMaterialSchema).max(50, { message: '材料不超过50项' }).default([]),
});

/** The agency head's decision: approve, or refuse with the reasons recorded. */
export const ReferralApprovalSchema = z
  .object({
    decision: z.enum(['approved', 'refused'], { message: '请选择批准或不予批准' }),
    reason: z.string().trim().max(2000).default(''),
  })
  .refine((v) => v.decision === 'approved' || v.reason.length >= 4, {
    path: ['reason'],
    message: '不予批准的, 应当写明理由 (至少4个字)',
  });

/** Sending: the date the 移送书 and materials went out. */
export const ReferralSendSchema = z.object({
  sentOn: DateOnly,
  note: z.string().trim().max(500).default(''),
});

/** The receipt (回执): when and by whom the receiving body took it. */
export const ReferralReceiptSchema = z.object({
  receivedOn: DateOnly,
  receiver: Text(2, 100, '接收人'),
  attachments: z.array(AttachmentSchema).max(20, { message: '一次最多20个附件' }).default([]),
});

/** The receiving body's decision: filed, not filed with reasons, or returned with reasons. */
export const ReferralFeedbackSchema = z
  .object({
    outcome: z.enum(REFERRAL_OUTCOMES, { message: '请选择反馈结果' }),
    decidedOn: DateOnly,
    documentNumber: z.string().trim().max(60).nullable().default(null),
    reasons: z.string().trim().max(2000).default(''),
    attachments: z.array(AttachmentSchema).max(20, { message: '一次最多20个附件' }).default([]),
  })
  .refine((v) => v.outcome === 'filed' || v.reasons.length >= 4, {
    path: ['reasons'],
    message: '不予立案或退回的, 应当填写理由 (至少4个字)',
  });

/** The handover of exhibits and materials after the police filed the case (规定第十二条). */
export const ReferralHandoverSchema = z.object({
  handedOverOn: DateOnly,
  note: z.string().trim().max(500).default(''),
});

export const ReferralCloseSchema = z.object({ conclusion: Text(4, 2000, '办结意见') });

export const ReferralListQuerySchema = z.object({
  q: z.string().trim().max(40).optional().describe('线索名称、文号、接收机关或涉嫌单位'),
  status: z.enum(REFERRAL_STATUSES).optional(),
  targetKind: z.enum(REFERRAL_TARGETS).optional(),
  origin: z.enum(REFERRAL_ORIGINS).optional(),
  orgId: Id.optional().describe('移送单位'),
  due: z.enum(['overdue', 'pending']).optional().describe('overdue: 已逾期; pending: 有期限在办'),
  from: DateOnly.optional().describe('起草日期起'),
  to: DateOnly.optional().describe('起草日期止'),
});
export type ReferralListQuery = z.infer<typeof ReferralListQuerySchema>;

/** One row of the referral list. */
export const ReferralSummarySchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  regionCode: z.string(),
  targetKind: z.enum(REFERRAL_TARGETS),
  targetName: z.string(),
  origin: z.enum(REFERRAL_ORIGINS),
  originRef: z.string().nullable(),
  subjectName: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  stage: z.enum(REFERRAL_STAGES).nullable().describe('正在等待的期限'),
  dueAt: z.string().nullable().describe('当前期限届满时刻 (ISO)'),
  overdue: z.boolean(),
  draftedOn: z.string(),
  sentOn: z.string().nullable(),
  outcome: z.enum(REFERRAL_OUTCOMES).nullable(),
});
export type ReferralSummary = z.infer<typeof ReferralSummarySchema>;

/** A due date and how it was derived. */
export const ReferralDueSchema = z.object({ due: z.string(), rule: z.string() }).nullable();

export const ReferralDetailSchema = ReferralSummarySchema.extend({
  originLabel: z.string().nullable(),
  suspectedOffence: z.string(),
  facts: z.string(),
  handlers: z.array(z.object({ certificateNumber: z.string(), name: z.string() })),
  materials: z.array(ReferralMaterialSchema),
  draftedBy: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  approvalDue: ReferralDueSchema,
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  refusalReason: z.string().nullable(),
  transferDue: ReferralDueSchema,
  sentBy: z.string().nullable(),
  receivedOn: z.string().nullable(),
  receiver: z.string().nullable(),
  receiptAttachments: z.array(AttachmentSchema),
  feedbackDue: ReferralDueSchema,
  decidedByReceiverOn: z.string().nullable(),
  feedbackDocumentNumber: z.string().nullable(),
  feedbackReasons: z.string().nullable(),
  feedbackAttachments: z.array(AttachmentSchema),
  handoverDue: ReferralDueSchema,
  handedOverOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  conclusion: z.string().nullable(),
  hasDocument: z.boolean(),
  history: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(REFERRAL_EVENT_KINDS),
      at: z.string(),
      actorName: z.string(),
      note: z.string().nullable(),
    }),
  ),
});
export type ReferralDetail = z.infer<typeof ReferralDetailSchema>;
