// The console's complaint contracts: the handling steps, the list, summary and detail. The rest
// (base, public portal, statistics, 12345) lives in complaints-*.ts and is re-exported here.
import { z } from 'zod';
import {
  CALLBACK_METHODS,
  CALLBACK_RESULTS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_EVENT_KINDS,
  COMPLAINT_RATINGS,
  COMPLAINT_REVIEW_LEVELS,
  COMPLAINT_ROUTES,
  COMPLAINT_STAGES,
  COMPLAINT_STATUSES,
  HOTLINE_ORDER_TYPES,
} from './complaint-labels.ts';
import { ComplaintTargetSchema, Id, Reason } from './complaints-base.ts';
import { MATTER_MODES, MATTER_PROBLEMS } from './matter-labels.ts';
import { AttachmentSchema } from './matters.ts';

export { ComplainantSchema, type ComplaintTarget, ComplaintTargetSchema } from './complaints-base.ts';
export * from './complaints-hotline.ts';
export * from './complaints-public.ts';
export * from './complaints-statistics.ts';

export const ComplaintAcceptSchema = z.object({ note: z.string().trim().max(1000).optional() });
export const ComplaintDeclineSchema = z.object({
  reason: Reason('不予受理的理由'),
  /** The matter belongs to 行政复议 or 行政诉讼: the complainant is told where to go and by when. */
  routeTo: z.enum(COMPLAINT_ROUTES, { message: '请选择行政复议或行政诉讼' }).optional(),
  /** A linked petition whose 复核 is concluded: the same facts and reasons are not accepted again. */
  repeatOf: Id.optional().describe('已经复核的相关信访事项'),
});

/** A petitioner's request for 复查 or 复核, entered by a handler from the letter or visit. */
export const ComplaintReviewRequestSchema = z.object({
  requestedOn: z.iso
    .date({ message: '请求日期格式应为 YYYY-MM-DD' })
    .optional()
    .describe('收到请求之日, 默认今天'),
  answerReceivedOn: z.iso
    .date({ message: '收到答复日期格式应为 YYYY-MM-DD' })
    .optional()
    .describe('信访人收到上一级书面答复之日, 默认答复之日'),
  reason: Reason('请求的事实和理由'),
});
/** The reviewing organ's written 复查 answer or 复核 opinion. */
export const ComplaintReviewAnswerSchema = z.object({
  answer: z
    .string()
    .trim()
    .min(10, { message: '请写明复查或复核意见 (至少10个字)' })
    .max(5000, { message: '意见不超过5000字' }),
});
export const ComplaintTransferSchema = z.object({
  orgId: Id.describe('有权处理的单位'),
  reason: Reason('转办理由'),
});
export const ComplaintAnswerSchema = z.object({
  answer: z
    .string()
    .trim()
    .min(10, { message: '请写明答复意见 (至少10个字)' })
    .max(5000, { message: '答复意见不超过5000字' }),
});
export const ComplaintExtensionRequestSchema = z.object({
  days: z.coerce.number().int().min(1, { message: '延长天数至少1日' }).max(60),
  reason: Reason('延期理由'),
});
export const ComplaintExtensionDecisionSchema = z.object({
  decision: z.enum(['approved', 'refused'], { message: '请选择批准或不予批准' }),
  note: z.string().trim().max(1000).optional(),
});
export const ComplaintCloseSchema = z.object({ note: z.string().trim().max(1000).optional() });

/**
 * A 回访 recorded by the handler for a complainant without portal access: when and how, then either
 * the complainant's rating and words, or that they could not be reached after `attempts` tries.
 */
export const ComplaintCallbackSchema = z
  .object({
    calledAt: z.iso.datetime({ offset: true, message: '回访时间格式不正确' }),
    method: z.enum(CALLBACK_METHODS, { message: '请选择电话回访、短信或上门' }),
    result: z.enum(CALLBACK_RESULTS, { message: '请选择已回访或无法联系' }),
    rating: z.enum(COMPLAINT_RATINGS, { message: '请选择满意、基本满意或不满意' }).optional(),
    comment: z.string().trim().max(1000, { message: '投诉人意见不超过1000字' }).optional(),
    attempts: z.coerce.number().int().min(1, { message: '联系次数至少1次' }).max(20).optional(),
  })
  .refine((v) => v.result !== 'reached' || v.rating !== undefined, {
    message: '请记录投诉人的评价',
    path: ['rating'],
  })
  .refine((v) => v.result !== 'unreachable' || v.attempts !== undefined, {
    message: '请填写联系次数',
    path: ['attempts'],
  });

/** The complainant, reached at the 回访, asks for the complaint to be handled again (the handler records it). */
export const ComplaintCallbackReopenSchema = z.object({ reason: Reason('重新办理的理由') });
/** Opens a supervision matter from a complaint (agency, title and the rest as for any matter). */
export const ComplaintMatterSchema = z.object({
  title: z
    .string()
    .trim()
    .min(4, { message: '事项名称至少4个字' })
    .max(100, { message: '事项名称不超过100字' }),
  agencyId: Id.describe('被监督的执法机关'),
  mode: z.enum(MATTER_MODES, { message: '请选择刚性或柔性监督' }),
  problems: z
    .array(z.enum(MATTER_PROBLEMS, { message: '问题类型不正确' }))
    .min(1, { message: '请至少选择一种问题类型' })
    .max(8),
  description: z
    .string()
    .trim()
    .min(10, { message: '请写明发现的问题 (至少10个字)' })
    .max(4000, { message: '问题描述不超过4000字' }),
});

export const ComplaintListQuerySchema = z.object({
  status: z.enum(COMPLAINT_STATUSES).optional(),
  channel: z.enum(COMPLAINT_CHANNELS).optional(),
  category: z.enum(COMPLAINT_CATEGORIES).optional(),
  orgId: Id.optional(),
  due: z.enum(['overdue', 'pending']).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  q: z.string().trim().max(60).optional(),
  extension: z.enum(['requested']).optional().describe('只看有待审批延期申请的'),
});
export type ComplaintListQuery = z.infer<typeof ComplaintListQuerySchema>;

/** What the complaint list sorts by on request (without one: nearest deadline first). */
export const COMPLAINT_SORTS = ['due', 'registered', 'status', 'channel', 'title'] as const;
export type ComplaintSort = (typeof COMPLAINT_SORTS)[number];

export const ComplaintSummarySchema = z.object({
  id: z.string(),
  trackingCode: z.string(),
  title: z.string(),
  channel: z.enum(COMPLAINT_CHANNELS),
  category: z.enum(COMPLAINT_CATEGORIES),
  status: z.enum(COMPLAINT_STATUSES),
  orgId: z.string(),
  orgName: z.string(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  anonymous: z.boolean(),
  stage: z.enum(COMPLAINT_STAGES).nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  registeredOn: z.string(),
  duplicateCount: z.number().int(),
});
export type ComplaintSummary = z.infer<typeof ComplaintSummarySchema>;

const DueSchema = z.object({ due: z.string(), rule: z.string() }).nullable();

/** One 复查 or 复核: who entered the request and when, the reviewing organ, its due date and answer. */
export const ComplaintReviewSchema = z.object({
  level: z.enum(COMPLAINT_REVIEW_LEVELS),
  requestedOn: z.string(),
  answerReceivedOn: z.string(),
  /** The last day the request could be made, and its derivation. */
  window: z.object({ due: z.string(), rule: z.string() }),
  requestedBy: z.string(),
  reason: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  due: z.object({ due: z.string(), rule: z.string() }),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  answeredBy: z.string().nullable(),
});
export type ComplaintReview = z.infer<typeof ComplaintReviewSchema>;

export const ComplaintDetailSchema = ComplaintSummarySchema.extend({
  confidential: z.boolean(),
  /** Null when the reader may not see who complained. */
  complainant: z.object({ name: z.string(), phone: z.string(), idNumber: z.string().nullable() }).nullable(),
  identityHidden: z.boolean(),
  regionCode: z.string(),
  target: ComplaintTargetSchema,
  content: z.string(),
  attachments: z.array(AttachmentSchema),
  profile: z.enum(['complaint', 'petition']),
  acceptDue: DueSchema,
  answerDue: DueSchema,
  acceptedOn: z.string().nullable(),
  declineReason: z.string().nullable(),
  transferredTo: z.string().nullable(),
  extension: z
    .object({
      days: z.number().int(),
      reason: z.string(),
      requestedBy: z.string(),
      status: z.enum(['requested', 'approved', 'refused']),
      decidedBy: z.string().nullable(),
    })
    .nullable(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  rating: z.enum(COMPLAINT_RATINGS).nullable(),
  ratingComment: z.string().nullable(),
  reopenCount: z.number().int(),
  closedOn: z.string().nullable(),
  /** 复查 and 复核 of a petition, in order. */
  reviews: z.array(ComplaintReviewSchema),
  /** The level a request may be entered for now, and the last day for it; null when none can be. */
  reviewWindow: z
    .object({ level: z.enum(COMPLAINT_REVIEW_LEVELS), from: z.string(), until: z.string(), rule: z.string() })
    .nullable(),
  /** A linked petition whose 复核 is concluded: the same facts and reasons are not accepted again. */
  concludedRepeat: z
    .object({ id: z.string(), trackingCode: z.string(), title: z.string(), recheckedOn: z.string() })
    .nullable(),
  route: z
    .object({ to: z.enum(COMPLAINT_ROUTES), note: z.string(), deadlineOn: z.string().nullable() })
    .nullable(),
  matterId: z.string().nullable(),
  /** The 12345 work-order number of an imported complaint. */
  externalRef: z.string().nullable(),
  /** The hotline's deadline for the handling unit (承办时限), when the work order gave one. */
  externalDueOn: z.string().nullable(),
  /** The 12345 work order's type (投诉 / 举报), which sets its answer period. */
  hotlineOrderType: z.enum(HOTLINE_ORDER_TYPES).nullable(),
  /** When the result was last reported back to the 12345 platform, and in which status. */
  hotlineReported: z.object({ at: z.string(), status: z.enum(COMPLAINT_STATUSES) }).nullable(),
  /** The 回访 recorded by a handler (channels without portal access). */
  callback: z
    .object({
      at: z.string(),
      method: z.enum(CALLBACK_METHODS),
      result: z.enum(CALLBACK_RESULTS),
      attempts: z.number().int().nullable(),
      by: z.string(),
    })
    .nullable(),
  /** Whether the portal is how the complainant rates (web); otherwise a handler's 回访 records it. */
  callbackChannel: z.boolean(),
  /** The last day the complainant may ask for the complaint to be handled again, while that is open. */
  reopenUntil: z.string().nullable(),
  related: z.array(
    z.object({ id: z.string(), trackingCode: z.string(), title: z.string(), reason: z.string() }),
  ),
  history: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(COMPLAINT_EVENT_KINDS),
      at: z.string(),
      actorName: z.string(),
      note: z.string().nullable(),
    }),
  ),
});
export type ComplaintDetail = z.infer<typeof ComplaintDetailSchema>;

/** A complaint entered in the console, with what the handler tells the complainant to follow it. */
export const ComplaintRegisteredSchema = z.object({
  complaint: ComplaintDetailSchema,
  trackingCode: z.string(),
  password: z.string(),
});
