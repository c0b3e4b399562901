/**
 * Referrals (线索移送) in the console: drafting a referral of a lead to 纪检监察, 公安 or 检察,
 * the agency head's approval (resubmitted after a refusal), sending with a numbered 移送书, the
 * receipt and the receiving body's feedback, reconsideration and filing supervision after a police
 * refusal to file, every due date with how it was computed.
 */
import { z } from 'zod';
import { AttachmentSchema } from './matters.ts';
import {
  REFERRAL_APPROVAL_DECISIONS,
  REFERRAL_EVENT_KINDS,
  REFERRAL_MATERIAL_KINDS,
  REFERRAL_ORIGINS,
  REFERRAL_OUTCOMES,
  REFERRAL_REVIEW_KINDS,
  REFERRAL_REVIEW_RESULTS,
  REFERRAL_STAGES,
  REFERRAL_STATUSES,
  REFERRAL_TARGETS,
} from './referral-labels.ts';

const Id = z.string().min(1).max(40);
const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });
const DocumentNumber = z.string().trim().max(60, { message: '文号不超过60字' }).nullable().default(null);
const Attachments = z.array(AttachmentSchema).max(20, { message: '一次最多20个附件' }).default([]);
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
 * A draft referral. `originRef` names what the lead came from: a case or matter id, or a complaint's
 * tracking code, each checked to exist within the user's data scope. `handlers` are the certificate
 * numbers of the officers who handle it: two or more for a criminal transfer (规定第五条).
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
  attachments: Attachments,
});

/**
 * The receiving body's decision: filed, not filed with reasons, or returned with reasons. When the
 * police refuse to file, `notifiedOn` is the day the org received the written notice: the 3 days to
 * ask for reconsideration run from it (规定第九条).
 */
export const ReferralFeedbackSchema = z
  .object({
    outcome: z.enum(REFERRAL_OUTCOMES, { message: '请选择反馈结果' }),
    decidedOn: DateOnly,
    notifiedOn: DateOnly.nullable().default(null).describe('收到不予立案通知书之日'),
    documentNumber: DocumentNumber,
    reasons: z.string().trim().max(2000).default(''),
    attachments: Attachments,
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

/**
 * Contesting a police refusal to file (规定第九条): a request for reconsideration to the police, or a
 * suggestion to the procuratorate to supervise filing. `requestedOn` is the day the request reached
 * that body; it must fall within the org's 3-day window.
 */
export const ReferralReviewRequestSchema = z.object({
  requestedOn: DateOnly,
  bodyName: Text(2, 100, '受理机关名称'),
  documentNumber: DocumentNumber,
  reasons: Text(4, 2000, '理由'),
  attachments: Attachments,
});

/**
 * The answer to a reconsideration or filing supervision: the police filed the case, or the refusal
 * stands (with its reasons). `notifiedOn` is the day the org received the written decision: after
 * a reconsideration upheld, the 3 days to ask for filing supervision run from it.
 */
export const ReferralReviewDecisionSchema = z
  .object({
    result: z.enum(REFERRAL_REVIEW_RESULTS, { message: '请选择结果' }),
    decidedOn: DateOnly,
    notifiedOn: DateOnly,
    documentNumber: DocumentNumber,
    reasons: z.string().trim().max(2000).default(''),
    attachments: Attachments,
  })
  .refine((v) => v.result === 'filed' || v.reasons.length >= 4, {
    path: ['reasons'],
    message: '维持不予立案的, 应当填写理由 (至少4个字)',
  });
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
  outcome: z
    .enum(REFERRAL_OUTCOMES)
    .nullable()
    .describe('接收机关的处理结果 (复议或立案监督后立案的为已立案)'),
});
export type ReferralSummary = z.infer<typeof ReferralSummarySchema>;

/** A due date and how it was derived. */
export const ReferralDueSchema = z.object({ due: z.string(), rule: z.string() }).nullable();

/** One round of the head's approval: each submission has its own period, refusals are kept. */
export const ReferralApprovalRoundSchema = z.object({
  round: z.number().int(),
  submittedAt: z.string(),
  submittedBy: z.string(),
  due: z.object({ due: z.string(), rule: z.string() }),
  decision: z.enum(REFERRAL_APPROVAL_DECISIONS).nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  reason: z.string().nullable(),
});
export type ReferralApprovalRound = z.infer<typeof ReferralApprovalRoundSchema>;

/** A reconsideration or filing supervision (规定第九条) with its window, period and answer. */
export const ReferralReviewSchema = z.object({
  id: z.string(),
  kind: z.enum(REFERRAL_REVIEW_KINDS),
  bodyName: z.string(),
  requestedOn: z.string(),
  requestedBy: z.string(),
  documentNumber: z.string().nullable(),
  reasons: z.string(),
  attachments: z.array(AttachmentSchema),
  window: z.object({ due: z.string(), rule: z.string() }).describe('提出请求的期限'),
  decisionDue: ReferralDueSchema.describe('作出决定或反馈结果的期限'),
  result: z.enum(REFERRAL_REVIEW_RESULTS).nullable(),
  decidedOn: z.string().nullable(),
  notifiedOn: z.string().nullable(),
  resultNumber: z.string().nullable(),
  resultReasons: z.string().nullable(),
  resultAttachments: z.array(AttachmentSchema),
  recordedBy: z.string().nullable(),
});
export type ReferralReview = z.infer<typeof ReferralReviewSchema>;

export const ReferralDetailSchema = ReferralSummarySchema.extend({
  originLabel: z.string().nullable(),
  suspectedOffence: z.string(),
  facts: z.string(),
  handlers: z.array(z.object({ certificateNumber: z.string(), name: z.string() })),
  materials: z.array(ReferralMaterialSchema),
  draftedBy: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  submittedById: z.string().nullable().describe('本轮提交人的用户 ID (提交人不能审批)'),
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
  feedbackOutcome: z.enum(REFERRAL_OUTCOMES).nullable().describe('接收机关的首次处理结果'),
  decidedByReceiverOn: z.string().nullable(),
  notifiedOn: z.string().nullable().describe('收到不予立案通知书之日'),
  feedbackDocumentNumber: z.string().nullable(),
  feedbackReasons: z.string().nullable(),
  feedbackAttachments: z.array(AttachmentSchema),
  handoverDue: ReferralDueSchema,
  reviewWindow: ReferralDueSchema.describe('提请复议或建议立案监督的期限 (规定第九条)'),
  reviewWindowKinds: z
    .array(z.enum(REFERRAL_REVIEW_KINDS))
    .describe('当前期限内可以提出的请求 (期限届满或已提出后为空)'),
  approvals: z.array(ReferralApprovalRoundSchema),
  reviews: z.array(ReferralReviewSchema),
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
