// The public portal's complaint contracts: submission with its challenge and files, limits,
// tracking, rating and reopening.
import { z } from 'zod';
import { COMPLAINT_RATINGS, COMPLAINT_ROUTES, COMPLAINT_STATUSES } from './complaint-labels.ts';
import {
  ComplaintBase,
  identityIssue,
  identityRule,
  Reason,
  targetIssue,
  targetRule,
} from './complaints-base.ts';

/**
 * A file sent with a public complaint, base64 encoded (PDF, JPEG or PNG, checked by content). The
 * bounds here are the ceiling any configuration allows; the server applies the configured limits
 * (ComplaintLimitsSchema, default 3 files of 2MB).
 */
export const ComplaintUploadSchema = z.object({
  fileName: z.string().trim().min(1, { message: '请提供文件名' }).max(200),
  contentBase64: z
    .string()
    .min(1, { message: '附件内容为空' })
    .max(14_000_000, { message: '单个附件不超过10MB' }),
});

/** What the portal may accept, as configured: files per complaint, bytes per file, days to ask for reopening. */
export const ComplaintLimitsSchema = z.object({
  attachmentsMax: z.number().int(),
  attachmentMaxBytes: z.number().int(),
  reopenDays: z.number().int(),
});
export type ComplaintLimits = z.infer<typeof ComplaintLimitsSchema>;

/** A complaint from the public portal, with the answer to the challenge. */
export const PublicComplaintSchema = ComplaintBase.extend({
  attachments: z.array(ComplaintUploadSchema).max(10, { message: '最多上传10个附件' }).default([]),
  challengeToken: z.string().min(10, { message: '请先获取验证题' }).max(400),
  challengeAnswer: z.coerce.number().int({ message: '请填写验证题的答案' }),
})
  .refine(identityRule, identityIssue)
  .refine(targetRule, targetIssue);

/** A complaint a handler enters from a call, letter, visit or a petition office's transfer. */
export const ComplaintEntrySchema = ComplaintBase.extend({
  channel: z.enum(['phone', 'letter', 'visit', 'petition'], { message: '请选择来源渠道' }),
  receivedOn: z.iso.date({ message: '收到日期格式应为 YYYY-MM-DD' }).optional(),
})
  .refine(identityRule, identityIssue)
  .refine(targetRule, targetIssue);

/** A generated arithmetic question and the signed token to send back with the answer. */
export const ComplaintChallengeSchema = z.object({
  question: z.string(),
  svg: z.string(),
  token: z.string(),
  expiresAt: z.string(),
});

/** What a complainant keeps to follow the complaint; the password is shown once. */
export const ComplaintReceiptSchema = z.object({ trackingCode: z.string(), password: z.string() });

/** What the complainant sees on the tracking page. */
export const ComplaintTrackingSchema = z.object({
  trackingCode: z.string(),
  title: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  registeredOn: z.string(),
  /** When the handling office must decide whether to accept (restarted by a transfer). */
  acceptDueOn: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  declinedOn: z.string().nullable(),
  declineReason: z.string().nullable(),
  transferredOn: z.string().nullable(),
  transferredTo: z.string().nullable(),
  answerDueOn: z.string().nullable(),
  answeredOn: z.string().nullable(),
  answer: z.string().nullable(),
  rating: z.enum(COMPLAINT_RATINGS).nullable(),
  ratingComment: z.string().nullable(),
  reopenUntil: z.string().nullable(),
  closedOn: z.string().nullable(),
  /** A declined complaint that is a 行政复议 or 行政诉讼 matter: where to go, by when, in words. */
  routeTo: z.enum(COMPLAINT_ROUTES).nullable(),
  routeNote: z.string().nullable(),
  /** The last day to apply or sue, when the act's date is known (the case's service or decision date). */
  routeDeadlineOn: z.string().nullable(),
});

export type ComplaintTracking = z.infer<typeof ComplaintTrackingSchema>;

export const TrackingPasswordSchema = z.object({
  password: z.string().min(1, { message: '请输入查询密码' }).max(64),
});

export const ComplaintRateSchema = TrackingPasswordSchema.extend({
  rating: z.enum(COMPLAINT_RATINGS, { message: '请选择满意、基本满意或不满意' }),
  comment: z.string().trim().max(1000, { message: '评价意见不超过1000字' }).optional(),
});

export const ComplaintReopenSchema = TrackingPasswordSchema.extend({ reason: Reason('重新办理的理由') });
