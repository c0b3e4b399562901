/**
 * Case-file review (案卷评查), the people side: candidate reviewers and the batch's pool, drawing and
 * replacing reviewers, a reviewer's score sheet, the organizer's decisions on a file, the agency's
 * results and response, and the yearly figures per agency that assessment reads.
 */
import { z } from 'zod';
import { CASE_KINDS } from './case-labels.ts';
import {
  ASSIGNMENT_STATUSES,
  type AssignmentStatus,
  REVIEW_GRADES,
  REVIEWER_SOURCES,
} from './case-review-labels.ts';
import { GradeFiguresSchema, RubricContentSchema } from './case-reviews.ts';
import { CaseDetailSchema } from './cases.ts';

const Id = z.string().min(1).max(40);
const Reason = (what: string) =>
  z
    .string()
    .trim()
    .min(4, { message: `请写明${what} (至少4个字)` })
    .max(1000, { message: `${what}不超过1000字` });

/** Someone who could join the batch's pool, with the account found for them and whom they must not review. */
export const ReviewerCandidateSchema = z
  .object({
    source: z.enum(REVIEWER_SOURCES),
    sourceId: z.string(),
    name: z.string(),
    employer: z.string(),
    orgName: z.string(),
    detail: z.string().describe('专业领域、来源类别或职务'),
    account: z
      .object({ userId: z.string(), username: z.string(), displayName: z.string() })
      .nullable()
      .describe('按身份证号 (盲索引) 找到的持有评分权限的账号'),
    excludedAgencies: z.array(z.string()).describe('须回避的被评查单位'),
    inPool: z.boolean(),
  })
  .meta({ id: 'ReviewerCandidate' });
export type ReviewerCandidate = z.infer<typeof ReviewerCandidateSchema>;

/** An account that may score (holds 案卷评分), to link to a reviewer by hand. */
export const ReviewAccountSchema = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  orgName: z.string(),
});
export type ReviewAccount = z.infer<typeof ReviewAccountSchema>;

/** Adding someone to the batch's pool; the account is needed unless one was found by ID number. */
export const ReviewerAddSchema = z.object({
  source: z.enum(REVIEWER_SOURCES, { message: '请选择评查人员来源' }),
  sourceId: Id,
  userId: Id.optional().describe('登录账号; 不填时按身份证号匹配'),
});
export type ReviewerAdd = z.input<typeof ReviewerAddSchema>;

/** Replacing a reviewer on one file. */
export const AssignmentReplaceSchema = z.object({
  reviewerId: Id.describe('替换为批次评查人员库中的人员'),
  reason: Reason('更换理由'),
});
export type AssignmentReplace = z.input<typeof AssignmentReplaceSchema>;

/** The organizer sets aside the reviewers' veto finding, saying why. */
export const VetoOverrideSchema = z.object({ reason: Reason('改判理由') });

/** The organizer records the score agreed after deliberation (合议). */
export const ConsensusSchema = z.object({
  score: z
    .number({ message: '请填写合议分数' })
    .min(0, { message: '分数不能为负数' })
    .refine((v) => Number.isInteger(v * 2), { message: '分数以0.5分为单位' }),
  reason: Reason('合议意见'),
});

/** Records the supervision matter opened from a file. */
export const MatterLinkSchema = z.object({ matterId: Id });

/** A reviewer's sheet: veto items marked (each with a note), points per item, a comment. */
export const ScoreSheetSchema = z.object({
  vetoes: z
    .array(
      z.object({
        code: z.string().min(1).max(16),
        note: z
          .string()
          .trim()
          .min(4, { message: '请写明认定否决项的理由 (至少4个字)' })
          .max(500, { message: '否决项说明不超过500字' }),
      }),
    )
    .max(30),
  scores: z.record(
    z.string().max(16),
    z
      .number({ message: '分值应为数字' })
      .min(0, { message: '得分不能为负数' })
      .refine((v) => Number.isInteger(v * 2), { message: '得分以0.5分为单位' }),
  ),
  comment: z.string().trim().max(2000, { message: '评查意见不超过2000字' }).nullable().optional(),
});
export type ScoreSheet = z.input<typeof ScoreSheetSchema>;

export const MyAssignmentsQuerySchema = z.object({
  status: z.enum(ASSIGNMENT_STATUSES).optional(),
});

/** One file assigned to the signed-in reviewer. */
export const MyAssignmentSchema = z
  .object({
    id: z.string(),
    batch: z.object({ id: z.string(), name: z.string(), year: z.number().int(), organizer: z.string() }),
    fileId: z.string(),
    seq: z.number().int(),
    case: z.object({
      id: z.string(),
      externalId: z.string(),
      title: z.string().nullable(),
      kind: z.enum(CASE_KINDS),
    }),
    agencyName: z.string(),
    status: z.enum(ASSIGNMENT_STATUSES),
    total: z.number().nullable(),
    savedAt: z.string().nullable(),
    submittedAt: z.string().nullable(),
  })
  .meta({ id: 'MyReviewAssignment' });
export type MyAssignment = z.infer<typeof MyAssignmentSchema>;

/** The scoring page: the sheet, the rubric, and the case file as the cases module presents it. */
export const AssignmentDetailSchema = MyAssignmentSchema.extend({
  rubric: z.object({ name: z.string(), version: z.number().int(), content: RubricContentSchema }),
  vetoes: z.array(z.object({ code: z.string(), note: z.string() })),
  scores: z.record(z.string(), z.number()),
  comment: z.string().nullable(),
  editable: z.boolean(),
  caseFile: CaseDetailSchema,
}).meta({ id: 'ReviewAssignmentDetail' });
export type AssignmentDetail = z.infer<typeof AssignmentDetailSchema>;

export const AgencyFilesQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/** One published result of the agency's own file, with the reviewers' findings (names withheld). */
export const AgencyFileSchema = z
  .object({
    id: z.string(),
    batch: z.object({ id: z.string(), name: z.string(), year: z.number().int(), organizer: z.string() }),
    case: z.object({
      id: z.string(),
      externalId: z.string(),
      title: z.string().nullable(),
      kind: z.enum(CASE_KINDS),
    }),
    agency: z.object({ id: z.string(), name: z.string() }),
    score: z.number().nullable(),
    grade: z.enum(REVIEW_GRADES).nullable(),
    vetoed: z.boolean(),
    reviews: z.array(
      z.object({
        reviewer: z.string().describe('评查人员一、二 … (不显示姓名)'),
        total: z.number().nullable(),
        vetoes: z.array(z.object({ label: z.string(), note: z.string() })),
        comment: z.string().nullable(),
      }),
    ),
    consensus: z.string().nullable(),
    publishedAt: z.string().nullable(),
    responseDue: z.string().nullable(),
    response: z.object({ text: z.string(), at: z.string(), by: z.string() }).nullable(),
    canRespond: z.boolean(),
  })
  .meta({ id: 'ReviewAgencyFile' });
export type AgencyFile = z.infer<typeof AgencyFileSchema>;

/** The agency's response to one result (反馈意见). */
export const ResponseSchema = z.object({
  text: z
    .string()
    .trim()
    .min(5, { message: '请填写反馈意见 (至少5个字)' })
    .max(2000, { message: '反馈意见不超过2000字' }),
});

export const AgencyResultsQuerySchema = z.object({
  year: z.coerce.number({ message: '请选择年度' }).int().min(2000).max(2100),
  organizerId: Id.optional(),
});

/** One agency's review figures of a year, across the published batches (for assessment). */
export const AgencyResultSchema = GradeFiguresSchema.extend({
  agencyId: z.string(),
  agencyName: z.string(),
  regionCode: z.string(),
  batches: z.number().int(),
}).meta({ id: 'ReviewAgencyResult' });
export type AgencyResult = z.infer<typeof AgencyResultSchema>;

/** Whether a sheet can still be changed by its reviewer. */
export function isEditable(status: AssignmentStatus): boolean {
  return status === 'pending' || status === 'draft';
}
