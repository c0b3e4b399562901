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
import { MATTER_MODES, MATTER_PROBLEMS } from './matter-labels.ts';
import { AttachmentSchema } from './matters.ts';
import { ImportResultSchema } from './orgs.ts';

const Id = z.string().min(1).max(40);
const Reason = (what: string) =>
  z
    .string()
    .trim()
    .min(5, { message: `请写明${what} (至少5个字)` })
    .max(2000, { message: `${what}不超过2000字` });

/** Who complains: a named person (name and phone, ID number optional) or nobody (anonymous). */
export const ComplainantSchema = z.object({
  name: z.string().trim().min(2, { message: '请填写姓名' }).max(40, { message: '姓名不超过40字' }),
  phone: z
    .string()
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: '请填写正确的手机号或固定电话' }),
  idNumber: z
    .string()
    .trim()
    .regex(/^\d{17}[\dXx]$/, { message: '身份证号应为18位' })
    .optional(),
});

/** What the complaint is about: an agency, an officer, a case; by id or in the complainant's words. */
export const ComplaintTargetSchema = z.object({
  agencyId: Id.optional(),
  /** The agency by its unified social credit code (the portal's published agencies carry it). */
  agencyCreditCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, { message: '统一社会信用代码应为18位' })
    .optional(),
  agencyName: z.string().trim().max(100, { message: '被投诉单位名称不超过100字' }).optional(),
  officerName: z.string().trim().max(40, { message: '执法人员姓名不超过40字' }).optional(),
  /** The officer's enforcement certificate number, when the complainant knows it. */
  certificateNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{6,32}$/, { message: '执法证件编号应为6至32位字母或数字' })
    .optional(),
  caseId: Id.optional(),
  caseNumber: z.string().trim().max(80, { message: '案件编号不超过80字' }).optional(),
});
export type ComplaintTarget = z.infer<typeof ComplaintTargetSchema>;

const ComplaintBase = z.object({
  anonymous: z.boolean().default(false),
  confidential: z.boolean().default(false).describe('要求对被投诉单位保密身份'),
  complainant: ComplainantSchema.optional(),
  regionCode: z.string().regex(/^\d{6}$/, { message: '请选择发生地 (行政区划)' }),
  target: ComplaintTargetSchema,
  category: z.enum(COMPLAINT_CATEGORIES, { message: '请选择投诉类别' }),
  title: z.string().trim().min(4, { message: '标题至少4个字' }).max(60, { message: '标题不超过60字' }),
  content: z
    .string()
    .trim()
    .min(20, { message: '请具体描述投诉事项 (至少20个字)' })
    .max(5000, { message: '投诉内容不超过5000字' }),
});

const identityRule = <T extends z.infer<typeof ComplaintBase>>(v: T) => v.anonymous || !!v.complainant;
const identityIssue = { message: '实名投诉请填写姓名和联系电话, 或选择匿名', path: ['complainant'] };
const targetRule = <T extends z.infer<typeof ComplaintBase>>(v: T) =>
  Object.values(v.target).some((x) => x !== undefined && x !== '');
const targetIssue = { message: '请填写被投诉的单位、执法人员或案件', path: ['target'] };

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

/** The period (registration dates, inclusive) and the org whose complaints are counted. */
export const ComplaintStatisticsQuerySchema = z.object({
  from: z.iso.date({ message: '开始日期格式应为 YYYY-MM-DD' }).optional(),
  to: z.iso.date({ message: '结束日期格式应为 YYYY-MM-DD' }).optional(),
  orgId: Id.optional().describe('受理单位 (含下级)'),
});
export type ComplaintStatisticsQuery = z.infer<typeof ComplaintStatisticsQuerySchema>;

const Count = z.number().int().nonnegative();

/** How one complained-about agency's complaints went; agencyId null gathers those naming no agency. */
export const ComplaintAgencyFiguresSchema = z.object({
  agencyId: z.string().nullable(),
  agencyName: z.string(),
  total: Count,
  accepted: Count,
  declined: Count,
  transferred: Count,
  answered: Count,
  closed: Count,
  answeredOnTime: Count,
  overdue: Count,
});
export type ComplaintAgencyFigures = z.infer<typeof ComplaintAgencyFiguresSchema>;

/** Complaint figures for a period: volume by channel, category and agency, timeliness, satisfaction. */
export const ComplaintStatisticsSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  orgId: z.string().nullable(),
  total: Count,
  byChannel: z.array(z.object({ channel: z.enum(COMPLAINT_CHANNELS), total: Count })),
  byCategory: z.array(z.object({ category: z.enum(COMPLAINT_CATEGORIES), total: Count })),
  byAgency: z.array(ComplaintAgencyFiguresSchema),
  timeliness: z.object({
    acceptedOnTime: Count.describe('在受理期限内作出受理或不予受理决定 (转办的, 按接收单位的受理期限)'),
    acceptedLate: Count,
    answeredOnTime: Count.describe('在答复期限 (含批准的延期) 内答复'),
    answeredLate: Count,
    openOverdue: Count.describe('尚未办结且当前已超期'),
    extensionsGranted: Count,
  }),
  satisfaction: z.object({
    rated: Count,
    byRating: z.array(z.object({ rating: z.enum(COMPLAINT_RATINGS), total: Count })),
    satisfiedShare: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe('满意率: (满意 + 基本满意) / 已评价; 无评价时为 null'),
  }),
  reopened: Count.describe('投诉人申请重新办理过的投诉件数'),
  routedOut: z
    .object({ reconsideration: Count, litigation: Count })
    .describe('因属于行政复议、行政诉讼事项而不予受理并告知途径的件数'),
  reviews: z.object({ review: Count, recheck: Count }).describe('信访事项请求复查、复核的件数'),
});
export type ComplaintStatistics = z.infer<typeof ComplaintStatisticsSchema>;

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

const Cell = z.union([z.string(), z.number(), z.boolean()]).nullable().optional();

/**
 * One 12345 work order sent as JSON. Keys as below, or the template's Chinese column names;
 * every value is checked the way a spreadsheet cell is, and a bad one rejects only its order.
 */
export const HotlineOrderSchema = z
  .object({
    orderNumber: Cell.describe('工单编号'),
    calledAt: Cell.describe('来电时间'),
    callerName: Cell.describe('来电人'),
    callerPhone: Cell.describe('联系电话'),
    anonymous: Cell.describe('是否匿名'),
    confidential: Cell.describe('是否保密'),
    category: Cell.describe('诉求类别'),
    title: Cell.describe('诉求标题'),
    content: Cell.describe('诉求内容'),
    agencyName: Cell.describe('涉及单位'),
    officerName: Cell.describe('涉及人员'),
    dueOn: Cell.describe('承办时限'),
    orderType: Cell.describe('工单类型 (投诉 / 举报)'),
  })
  .catchall(Cell);
export type HotlineOrder = z.infer<typeof HotlineOrderSchema>;

/** Most work orders one import may hold. */
export const HOTLINE_IMPORT_MAX_ORDERS = 1000;

/** A 12345 import sent as JSON: an array of work orders, or `{ orders: [...] }`. */
export const HotlineImportSchema = z.union([
  z.array(HotlineOrderSchema).max(HOTLINE_IMPORT_MAX_ORDERS, { message: '一次最多导入1000件工单' }),
  z.object({
    orders: z.array(HotlineOrderSchema).max(HOTLINE_IMPORT_MAX_ORDERS, { message: '一次最多导入1000件工单' }),
  }),
]);

/**
 * What a 12345 import did: the usual import counts and per-row messages (work orders imported
 * before are listed there too, counted as `skipped`, not `rejected`), and each order's complaint.
 */
export const ComplaintImportResultSchema = ImportResultSchema.extend({
  skipped: Count.describe('已导入过的工单 (按工单编号), 本次未重复登记'),
  orders: z.array(
    z.object({
      row: z.number().int(),
      orderNumber: z.string(),
      complaintId: z.string(),
      trackingCode: z.string(),
      created: z.boolean().describe('本次新登记为 true, 以前已导入为 false'),
    }),
  ),
});
export type ComplaintImportResult = z.infer<typeof ComplaintImportResultSchema>;

/** Which 12345 results to export: answered in a period (答复日期), optionally only those not yet reported. */
export const HotlineResultsQuerySchema = z.object({
  from: z.iso.date({ message: '开始日期格式应为 YYYY-MM-DD' }).optional(),
  to: z.iso.date({ message: '结束日期格式应为 YYYY-MM-DD' }).optional(),
  unreported: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('只导出尚未回传 (或回传后有新进展) 的工单'),
  format: z.enum(['xlsx', 'csv', 'json']).default('xlsx'),
});
export type HotlineResultsQuery = z.input<typeof HotlineResultsQuerySchema>;

/** One work order's result as the 12345 platform re-imports it (no personal data). */
export const HotlineResultSchema = z.object({
  complaintId: z.string(),
  orderNumber: z.string().describe('工单编号'),
  handlingOrg: z.string().describe('承办单位'),
  status: z.enum(COMPLAINT_STATUSES).describe('办理状态'),
  acceptedOn: z.string().nullable().describe('受理日期'),
  answeredOn: z.string().describe('答复日期'),
  answer: z.string().describe('办理结果/答复内容'),
  onTime: z.boolean().describe('是否按期'),
  callbackOn: z.string().nullable().describe('回访日期'),
  satisfaction: z.string().nullable().describe('满意度 (满意 / 基本满意 / 不满意 / 无法联系)'),
  reportedAt: z.string().nullable().describe('上次回传时间'),
});
export type HotlineResult = z.infer<typeof HotlineResultSchema>;

/** Marks exported work orders as reported back, each in the status it was exported in. */
export const HotlineReportedSchema = z.object({
  orders: z
    .array(z.object({ complaintId: Id, status: z.enum(COMPLAINT_STATUSES) }))
    .min(1, { message: '请选择要标记的工单' })
    .max(5000, { message: '一次最多标记5000件工单' }),
});

/** How many work orders were marked reported (those whose status changed since the export are left). */
export const HotlineReportedResultSchema = z.object({ marked: Count, skipped: Count });
