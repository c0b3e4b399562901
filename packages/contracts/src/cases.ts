/**
 * Enforcement cases in the console: the list with its filters, one case with its timeline,
 * versions and deadlines. Exchange records themselves are in exchange.ts.
 */
import { z } from 'zod';
import {
  CASE_KINDS,
  DEADLINE_CODES,
  EVENT_TYPES,
  EVIDENCE_KINDS,
  PARTY_TYPES,
  PROCEDURES,
} from './case-labels.ts';
import { CaseRecordShape, specDate } from './exchange.ts';
import { PublicationSchema } from './publicity.ts';

/** Where a case stands: open (立案/办理中), decided (已作出决定), closed (已结案). */
export const CASE_STATUSES = ['open', 'decided', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  open: '办理中',
  decided: '已决定',
  closed: '已结案',
};

/** How a case reached the platform. */
export const CASE_ORIGINS = ['exchange', 'native'] as const;
export type CaseOrigin = (typeof CASE_ORIGINS)[number];
export const CASE_ORIGIN_LABELS: Record<CaseOrigin, string> = { exchange: '系统报送', native: '平台办理' };

/**
 * Where a deadline stands today. `lapsed` is for the party's own periods (听证申请期限): it ran out
 * without being used, which is nobody's failure.
 */
export const DEADLINE_STATES = ['open', 'met', 'met_late', 'overdue', 'lapsed'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  open: '未到期',
  met: '按期完成',
  met_late: '逾期完成',
  overdue: '已逾期',
  lapsed: '期满未行使',
};

const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });

/** Filters of the case list. */
export const CaseListQuerySchema = z.object({
  q: z.string().trim().max(64).optional().describe('案由或案件编号'),
  agencyId: z.string().max(40).optional(),
  regionCode: z
    .string()
    .regex(/^\d{6}(\d{3})?$/, { message: '行政区划代码应为6位或9位数字' })
    .optional()
    .describe('含下级行政区划'),
  kind: z.enum(CASE_KINDS).optional(),
  procedure: z.enum(PROCEDURES).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  origin: z.enum(CASE_ORIGINS).optional(),
  major: z.enum(['true', 'false']).optional(),
  filedFrom: DateOnly.optional().describe('立案日期起'),
  filedTo: DateOnly.optional().describe('立案日期止'),
  decidedFrom: DateOnly.optional().describe('决定日期起'),
  decidedTo: DateOnly.optional().describe('决定日期止'),
  overdue: z.enum(['true']).optional().describe('只看有期限已逾期或逾期完成的案件'),
  hasWarnings: z.enum(['true']).optional().describe('只看有未解除监督预警的案件'),
});
export type CaseListQuery = z.infer<typeof CaseListQuerySchema>;

export const CASE_SORTS = ['received', 'filed', 'decided'] as const;

/** One row of the case list. */
export const CaseSummarySchema = z
  .object({
    id: z.string(),
    externalId: z.string().describe('案件编号 (来源系统编号或平台案号)'),
    version: z.number().int(),
    origin: z.enum(CASE_ORIGINS),
    sourceName: z.string().nullable(),
    agency: z.object({ id: z.string(), name: z.string(), creditCode: z.string().nullable() }),
    regionCode: z.string(),
    kind: z.enum(CASE_KINDS),
    procedure: z.enum(PROCEDURES).nullable(),
    itemCode: z.string(),
    title: z.string().nullable(),
    major: z.boolean(),
    partyType: z.enum(PARTY_TYPES).nullable(),
    partyName: z.string().nullable().describe('自然人姓名已脱敏'),
    status: z.enum(CASE_STATUSES),
    filedOn: z.string().nullable(),
    decidedOn: z.string().nullable(),
    publishedOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    fine: z.number().nullable().describe('罚款合计 (元)'),
    /** Deadlines past due today and not met, or met after their due date. */
    lateDeadlines: z.number().int(),
    receivedAt: z.string(),
  })
  .meta({ id: 'CaseSummary' });
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

/** A deadline as the case page shows it. */
export const CaseDeadlineViewSchema = z
  .object({
    code: z.enum(DEADLINE_CODES),
    due: z.string(),
    metOn: z.string().nullable(),
    state: z.enum(DEADLINE_STATES),
    provisional: z.boolean(),
    basis: z.string(),
    startEvent: z.string(),
    explanation: z.string(),
  })
  .meta({ id: 'CaseDeadlineView' });
export type CaseDeadlineView = z.infer<typeof CaseDeadlineViewSchema>;

/** One stage on the timeline, in date order. */
export const CaseTimelineEntrySchema = z.object({
  type: z.enum(EVENT_TYPES),
  at: z.string(),
  day: z.string(),
  reviewer: z.string().optional(),
  opinion: z.string().optional(),
  days: z.number().optional(),
  url: z.string().optional(),
  note: z.string().optional(),
});

/** One received or recorded version. */
export const CaseVersionEntrySchema = z.object({
  version: z.number().int(),
  receivedAt: z.string(),
  /** The source system's name, or the person who recorded the version. */
  receivedBy: z.string(),
  origin: z.enum(CASE_ORIGINS),
});

/** The party as the console shows it: a person's name and ID number masked unless the user may read them. */
export const PartyViewSchema = z.object({
  type: z.enum(PARTY_TYPES),
  name: z.string(),
  idNumber: z.string().optional(),
  creditCode: z.string().optional(),
  birthDate: z.string().optional(),
});

/** The record as the console shows it. */
export const CaseRecordViewSchema = CaseRecordShape.omit({ party: true })
  .extend({ party: PartyViewSchema.optional() })
  .meta({ id: 'CaseRecordView' });

/** What is said about an uploaded evidence file (the bytes are the request body). */
export const EvidenceUploadQuerySchema = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  capturedAt: specDate('采集时间'),
  fileName: z.string().trim().min(1, { message: '请提供文件名' }).max(200),
  device: z.string().trim().max(100).optional().describe('执法记录仪或拍摄设备编号'),
  officer: z.string().trim().max(64).optional().describe('采集人员执法证号'),
});
export type EvidenceUploadQuery = z.infer<typeof EvidenceUploadQuerySchema>;

/** An evidence item of a case: the reference in the record and, when uploaded, the stored file. */
export const CaseEvidenceViewSchema = z
  .object({
    kind: z.enum(EVIDENCE_KINDS),
    sha256: z.string(),
    capturedAt: z.string(),
    /** False when the record names the file but its bytes were never uploaded. */
    stored: z.boolean(),
    sm3: z.string().nullable(),
    size: z.number().nullable(),
    fileName: z.string().nullable(),
    contentType: z.string().nullable(),
    device: z.string().nullable(),
    officer: z.string().nullable(),
    uploadedBy: z.string().nullable(),
    uploadedAt: z.string().nullable(),
    verifyStatus: z.enum(['ok', 'mismatch', 'missing']).nullable(),
    lastVerifiedAt: z.string().nullable(),
  })
  .meta({ id: 'CaseEvidenceView' });
export type CaseEvidenceView = z.infer<typeof CaseEvidenceViewSchema>;

/** One case: the newest record (party masked unless the user may read personal data) and what was derived. */
export const CaseDetailSchema = z
  .object({
    summary: CaseSummarySchema,
    record: CaseRecordViewSchema,
    timeline: z.array(CaseTimelineEntrySchema),
    deadlines: z.array(CaseDeadlineViewSchema),
    /** True when the deadlines were computed for an older version and are being recomputed. */
    deadlinesPending: z.boolean(),
    versions: z.array(CaseVersionEntrySchema),
    publications: z.array(PublicationSchema).describe('门户公示记录, 新的在前'),
    evidence: z.array(CaseEvidenceViewSchema),
  })
  .meta({ id: 'CaseDetail' });
export type CaseDetail = z.infer<typeof CaseDetailSchema>;
