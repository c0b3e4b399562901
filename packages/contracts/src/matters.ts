/**
 * Supervision matters (监督事项) in the console: opening one, the list and the desk, one matter with
 * its cases, supervisors, investigation records, notices, the agency's answers and its history.
 */
import { z } from 'zod';
import {
  MATTER_MODES,
  MATTER_ORIGINS,
  MATTER_PROBLEMS,
  MATTER_SCOPES,
  MATTER_STATUSES,
  MATTER_TRACKS,
  NOTICE_KINDS,
} from './matter-labels.ts';

const Id = z.string().min(1).max(40);

/**
 * Opens a matter. `originRef` names what it came from (a warning, a review's sampled file, a plan
 * task …); cases and warnings tie it to the records it is about. A class matter names several cases
 * or warnings of one agency.
 */
export const MatterCreateSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(4, { message: '事项名称至少4个字' })
      .max(100, { message: '事项名称不超过100字' }),
    agencyId: Id.describe('被监督的执法机关'),
    scope: z.enum(MATTER_SCOPES, { message: '请选择个案或类案监督' }),
    mode: z.enum(MATTER_MODES, { message: '请选择刚性或柔性监督' }),
    track: z.enum(MATTER_TRACKS, { message: '请选择日常、重点或专项监督' }).default('routine'),
    origin: z.enum(MATTER_ORIGINS, { message: '请选择事项来源' }),
    originRef: z.string().max(80).optional().describe('来源对象的标识, 如预警、评查案卷、计划任务'),
    caseIds: z.array(Id).max(500, { message: '一个事项最多关联500件案件' }).default([]),
    warningIds: z.array(Id).max(500, { message: '一个事项最多关联500条预警' }).default([]),
    problems: z
      .array(z.enum(MATTER_PROBLEMS, { message: '问题类型不正确' }))
      .min(1, { message: '请至少选择一种问题类型' })
      .max(8),
    description: z
      .string()
      .trim()
      .min(10, { message: '请写明发现的问题 (至少10个字)' })
      .max(4000, { message: '问题描述不超过4000字' }),
  })
  .refine((v) => v.scope === 'class' || v.caseIds.length <= 1, {
    message: '个案监督只能关联一件案件; 多件案件请选择类案监督',
    path: ['caseIds'],
  });
export type MatterCreate = z.input<typeof MatterCreateSchema>;

const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });

/** Where a notice stands: awaiting the agency's report, report in, verified, or withdrawn. */
export const NOTICE_STATUSES = ['issued', 'reported', 'accepted', 'withdrawn'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = {
  issued: '待整改',
  reported: '已报送整改报告',
  accepted: '整改已核查通过',
  withdrawn: '已撤回',
};

/** What the agency sends back: a rectification plan, progress, the completion report. */
export const RESPONSE_KINDS = ['plan', 'progress', 'report'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];
export const RESPONSE_KIND_LABELS: Record<ResponseKind, string> = {
  plan: '整改方案',
  progress: '整改进展',
  report: '整改完成报告',
};

/** Kinds of investigation record. */
export const RECORD_KINDS = ['investigation', 'interview', 'inspection', 'file_review', 'other'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  investigation: '调查核实',
  interview: '询问谈话',
  inspection: '实地检查',
  file_review: '调阅案卷',
  other: '其他',
};

/** Escalation when a notice is not complied with: 约谈 and 通报. */
export const ESCALATION_KINDS = ['interview', 'circular'] as const;
export type EscalationKind = (typeof ESCALATION_KINDS)[number];
export const ESCALATION_KIND_LABELS: Record<EscalationKind, string> = {
  interview: '约谈',
  circular: '通报',
};

/** One line of a matter's history. */
export const MATTER_EVENT_KINDS = [
  'opened',
  'assigned',
  'recorded',
  'notice_issued',
  'notice_delivered',
  'notice_read',
  'plan_submitted',
  'progress_submitted',
  'report_submitted',
  'report_accepted',
  'report_returned',
  'objection_filed',
  'objection_upheld',
  'objection_rejected',
  'due_soon',
  'overdue',
  'escalation_due',
  'escalated',
  'closed',
] as const;
export type MatterEventKind = (typeof MATTER_EVENT_KINDS)[number];
export const MATTER_EVENT_KIND_LABELS: Record<MatterEventKind, string> = {
  opened: '立项',
  assigned: '指派监督人员',
  recorded: '记录调查情况',
  notice_issued: '制发监督文书',
  notice_delivered: '推送至执法机关业务系统',
  notice_read: '执法机关签收',
  plan_submitted: '报送整改方案',
  progress_submitted: '报送整改进展',
  report_submitted: '报送整改完成报告',
  report_accepted: '核查通过',
  report_returned: '退回重新整改',
  objection_filed: '执法机关申请复查',
  objection_upheld: '复查: 异议成立, 撤回文书',
  objection_rejected: '复查: 维持原文书',
  due_soon: '整改期限临近提醒',
  overdue: '逾期未报送, 催办',
  escalation_due: '逾期较长, 应约谈或通报',
  escalated: '升级督办',
  closed: '办结',
};

/** Filters of the matter list (and its export). */
export const MatterListQuerySchema = z.object({
  q: z.string().trim().max(40).optional().describe('事项名称、编号或执法机关名称'),
  status: z.enum(MATTER_STATUSES).optional(),
  track: z.enum(MATTER_TRACKS).optional(),
  origin: z.enum(MATTER_ORIGINS).optional(),
  mode: z.enum(MATTER_MODES).optional(),
  agencyOrgId: z.string().max(40).optional(),
  due: z.enum(['overdue', 'soon']).optional().describe('overdue: 已逾期; soon: 7日内到期'),
  from: DateOnly.optional().describe('立项日期起'),
  to: DateOnly.optional().describe('立项日期止'),
});
export type MatterListQuery = z.infer<typeof MatterListQuerySchema>;

/** One row of the matter list. */
export const MatterSummarySchema = z
  .object({
    id: z.string(),
    number: z.string(),
    title: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    agencyOrgId: z.string(),
    agencyName: z.string(),
    regionCode: z.string(),
    scope: z.enum(MATTER_SCOPES),
    mode: z.enum(MATTER_MODES),
    track: z.enum(MATTER_TRACKS),
    origin: z.enum(MATTER_ORIGINS),
    originRef: z.string().nullable(),
    problems: z.array(z.enum(MATTER_PROBLEMS)),
    status: z.enum(MATTER_STATUSES),
    dueOn: z.string().nullable(),
    overdueDays: z.number().int().describe('逾期天数; 未逾期为0'),
    openedOn: z.string(),
    closedOn: z.string().nullable(),
  })
  .meta({ id: 'MatterSummary' });
export type MatterSummary = z.infer<typeof MatterSummarySchema>;

export const AttachmentSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: '附件标识不正确' }),
  fileName: z.string().trim().min(1).max(200),
  size: z.number().int().nonnegative(),
  contentType: z.string().max(100),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const MatterSupervisorSchema = z.object({
  officerId: z.string(),
  name: z.string(),
  certificateNumber: z.string(),
  assignedOn: z.string(),
});

export const MatterRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(RECORD_KINDS),
  happenedOn: z.string(),
  content: z.string(),
  participants: z.array(z.string()),
  attachments: z.array(AttachmentSchema),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const NoticeResponseSchema = z.object({
  id: z.string(),
  kind: z.enum(RESPONSE_KINDS),
  content: z.string(),
  attachments: z.array(AttachmentSchema),
  submittedAt: z.string(),
  submittedBy: z.string(),
  verdict: z.enum(['accepted', 'returned']).nullable(),
  verdictNote: z.string().nullable(),
  verdictAt: z.string().nullable(),
  verdictBy: z.string().nullable(),
});

export const NoticeObjectionSchema = z.object({
  id: z.string(),
  grounds: z.string(),
  filedOn: z.string(),
  filedBy: z.string(),
  decideBy: z.string(),
  decision: z.enum(['upheld', 'rejected']).nullable(),
  decisionReason: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decidedBy: z.string().nullable(),
});

/** A supervision notice as both sides see it. */
export const NoticeSchema = z
  .object({
    id: z.string(),
    matterId: z.string(),
    matterNumber: z.string(),
    matterTitle: z.string(),
    kind: z.enum(NOTICE_KINDS),
    number: z.string(),
    orgName: z.string(),
    agencyOrgId: z.string(),
    agencyName: z.string(),
    findings: z.string(),
    requirements: z.string(),
    basis: z.string(),
    issuedOn: z.string(),
    issuedBy: z.string(),
    dueOn: z.string(),
    dueRule: z.string(),
    overdueDays: z.number().int(),
    objectionUntil: z.string(),
    status: z.enum(NOTICE_STATUSES),
    readAt: z.string().nullable(),
    readBy: z.string().nullable(),
    responses: z.array(NoticeResponseSchema),
    objections: z.array(NoticeObjectionSchema),
  })
  .meta({ id: 'SupervisionNotice' });
export type Notice = z.infer<typeof NoticeSchema>;

export const MatterEventSchema = z.object({
  id: z.string(),
  kind: z.enum(MATTER_EVENT_KINDS),
  at: z.string(),
  actorName: z.string(),
  note: z.string().nullable(),
  noticeNumber: z.string().nullable(),
});

/** One matter with everything about it. */
export const MatterDetailSchema = MatterSummarySchema.extend({
  description: z.string(),
  openedBy: z.string(),
  conclusion: z.string().nullable(),
  cases: z.array(
    z.object({ id: z.string(), externalId: z.string(), title: z.string().nullable(), status: z.string() }),
  ),
  warnings: z.array(
    z.object({ id: z.string(), ruleCode: z.string(), message: z.string(), status: z.string() }),
  ),
  supervisors: z.array(MatterSupervisorSchema),
  records: z.array(MatterRecordSchema),
  notices: z.array(NoticeSchema),
  history: z.array(MatterEventSchema),
}).meta({ id: 'MatterDetail' });
export type MatterDetail = z.infer<typeof MatterDetailSchema>;

/** Supervisors to assign: officers of the supervising org with a 监督证 valid today. */
export const MatterAssignSchema = z.object({
  officerIds: z
    .array(Id)
    .min(2, { message: '监督调查应由两名以上持有行政执法监督证的人员进行' })
    .max(10, { message: '一次最多指派10人' }),
});

export const SupervisorCandidateSchema = z.object({
  officerId: z.string(),
  name: z.string(),
  orgName: z.string(),
  certificateNumber: z.string(),
  validUntil: z.string().nullable(),
});

export const MatterRecordCreateSchema = z.object({
  kind: z.enum(RECORD_KINDS, { message: '请选择记录类型' }),
  happenedOn: DateOnly,
  content: z.string().trim().min(10, { message: '请写明调查情况 (至少10个字)' }).max(8000),
  participantIds: z.array(Id).min(2, { message: '调查应由两名以上监督人员进行, 请选择参加人员' }).max(10),
  attachments: z.array(AttachmentSchema).max(20, { message: '一次最多20个附件' }).default([]),
});

/** Issues a notice; the due date defaults from the configured period of its kind. */
export const NoticeIssueSchema = z.object({
  kind: z.enum(NOTICE_KINDS, { message: '请选择文书种类' }),
  findings: z.string().trim().min(10, { message: '请写明查明的问题 (至少10个字)' }).max(8000),
  requirements: z.string().trim().min(6, { message: '请写明整改要求' }).max(4000),
  basis: z.string().trim().min(4, { message: '请写明依据' }).max(2000),
  dueOn: DateOnly.optional().describe('整改 (报告) 期限; 不填时按文书种类的默认期限计算'),
});

export const NoticeResponseCreateSchema = z.object({
  kind: z.enum(RESPONSE_KINDS, { message: '请选择报送类型' }),
  content: z.string().trim().min(10, { message: '请填写整改情况 (至少10个字)' }).max(8000),
  attachments: z.array(AttachmentSchema).max(20, { message: '一次最多20个附件' }).default([]),
});

export const NoticeVerdictSchema = z
  .object({
    verdict: z.enum(['accepted', 'returned'], { message: '请选择核查结论' }),
    note: z.string().trim().min(4, { message: '请写明核查意见' }).max(2000),
    dueOn: DateOnly.optional().describe('退回时的新整改期限'),
  })
  .refine((v) => v.verdict === 'accepted' || !!v.dueOn, {
    message: '退回重新整改时请确定新的整改期限',
    path: ['dueOn'],
  });

export const ObjectionCreateSchema = z.object({
  grounds: z.string().trim().min(10, { message: '请写明异议的事实和理由 (至少10个字)' }).max(4000),
});

export const ObjectionDecisionSchema = z.object({
  decision: z.enum(['upheld', 'rejected'], { message: '请选择复查结论' }),
  reason: z.string().trim().min(6, { message: '请写明复查理由' }).max(2000),
});

export const EscalationCreateSchema = z.object({
  kind: z.enum(ESCALATION_KINDS, { message: '请选择约谈或通报' }),
  happenedOn: DateOnly,
  note: z.string().trim().min(6, { message: '请写明约谈或通报的情况' }).max(2000),
});

export const MatterCloseSchema = z.object({
  conclusion: z.string().trim().min(10, { message: '请写明办结结论 (至少10个字)' }).max(4000),
});

/** A supervisor's desk: what needs doing now. */
export const MatterDeskSchema = z.object({
  counts: z.object({
    open: z.number().int(),
    rectifying: z.number().int(),
    dueSoon: z.number().int(),
    overdue: z.number().int(),
    verifying: z.number().int(),
    objections: z.number().int(),
  }),
  overdue: z.array(MatterSummarySchema),
  dueSoon: z.array(MatterSummarySchema),
  verifying: z.array(MatterSummarySchema),
  objections: z.array(NoticeSchema),
});
export type MatterDesk = z.infer<typeof MatterDeskSchema>;

export const NoticeListQuerySchema = z.object({
  status: z.enum(NOTICE_STATUSES).optional(),
  kind: z.enum(NOTICE_KINDS).optional(),
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});
