/**
 * The data exchange contract v1 (../shared/spec/exchange-v1.md): the case record an enforcement
 * platform sends, the per-record results it gets back, and the record read back with what the
 * platform derived. Field names are fixed by the spec; the OpenAPI document is generated from here.
 */
import { z } from 'zod';
import {
  CASE_KINDS,
  DEADLINE_CODES,
  EVENT_TYPE_LABELS,
  EVENT_TYPES,
  EVIDENCE_KINDS,
  isYuanAmount,
  PROCEDURES,
  RECORD_STATUSES,
  REVIEW_OPINIONS,
  type RejectionCode,
  shanghaiDay,
} from './case-labels.ts';
import { CIRCUMSTANCES, PENALTY_TYPES } from './catalogue-labels.ts';
import { isValidCreditCode, isValidResidentId } from './codes.ts';

/** A custom issue that carries its rejection code, so the server can report it unchanged. */
function fail(ctx: z.core.$RefinementCtx, code: RejectionCode, message: string, path: PropertyKey[] = []) {
  ctx.addIssue({ code: 'custom', message, path, params: { code }, input: undefined });
}

/** A spec date: `2026-03-01` or `2026-03-01T09:30:00+08:00`; `label` names it in the message. */
export function specDate(label: string) {
  return z.string().superRefine((value, ctx) => {
    if (shanghaiDay(value) === null) fail(ctx, 'INVALID_DATE', `${label}格式错误: ${value.slice(0, 40)}`);
  });
}

const Yuan = z.number().superRefine((value, ctx) => {
  if (!isYuanAmount(value)) fail(ctx, 'INVALID_AMOUNT', `金额须为不小于 0、至多两位小数的数字: ${value}`);
});

const PersonPartySchema = z.object({
  type: z.literal('person'),
  name: z.string().trim().min(1).max(100).describe('姓名'),
  idNumber: z
    .string()
    .describe('18 位居民身份证号码, 校验码须正确')
    .superRefine((value, ctx) => {
      if (!isValidResidentId(value))
        fail(ctx, 'INVALID_ID_NUMBER', '居民身份证号码无效 (须为 18 位且校验码正确)');
    }),
  birthDate: specDate('出生日期').optional().describe('出生日期'),
  address: z.string().trim().max(200).optional().describe('住址 (加密保存, 不公示)'),
});

const OrganizationPartySchema = z.object({
  type: z.literal('organization'),
  name: z.string().trim().min(1).max(200).describe('名称'),
  creditCode: z
    .string()
    .describe('统一社会信用代码')
    .superRefine((value, ctx) => {
      if (!isValidCreditCode(value))
        fail(ctx, 'INVALID_CREDIT_CODE', `当事人统一社会信用代码无效: ${value.slice(0, 20)}`);
    }),
  address: z.string().trim().max(200).optional().describe('住所'),
});

/** 当事人: a natural person (ID number encrypted at rest) or an organisation. */
export const PartySchema = z
  .discriminatedUnion('type', [PersonPartySchema, OrganizationPartySchema])
  .meta({ id: 'ExchangeParty' });

/** One stage of a case. `reviewer`/`opinion` belong to `legal_review`, `days` to `extension_approved`. */
export const CaseEventSchema = z
  .object({
    type: z.enum(EVENT_TYPES).describe('环节'),
    at: z.string().describe('日期或时间 (ISO 8601, 无时区时按北京时间)'),
    reviewer: z.string().trim().min(1).max(64).optional().describe('法制审核人员执法证号'),
    opinion: z.enum(REVIEW_OPINIONS).optional().describe('审核意见'),
    days: z.number().int().min(1).max(3650).optional().describe('延长天数'),
    url: z.string().max(500).optional().describe('公示网址'),
    note: z.string().max(2000).optional().describe('说明'),
  })
  .superRefine((event, ctx) => {
    const label = EVENT_TYPE_LABELS[event.type] ?? '环节';
    if (shanghaiDay(event.at) === null)
      fail(ctx, 'INVALID_DATE', `${label}日期格式错误: ${String(event.at).slice(0, 40)}`, ['at']);
    if (event.type === 'legal_review') {
      if (!event.reviewer) fail(ctx, 'REQUIRED', '法制审核须写明审核人员执法证号 (reviewer)', ['reviewer']);
      if (!event.opinion) fail(ctx, 'REQUIRED', '法制审核须写明审核意见 (opinion)', ['opinion']);
    }
    if (event.type === 'extension_approved' && event.days === undefined)
      fail(ctx, 'REQUIRED', '延期审批须写明延长天数 (days)', ['days']);
  })
  .meta({ id: 'ExchangeCaseEvent' });

/** One penalty of the decision; a fine carries its amount. */
export const PenaltySchema = z
  .object({ type: z.enum(PENALTY_TYPES).describe('处罚种类'), amount: Yuan.optional().describe('金额 (元)') })
  .superRefine((penalty, ctx) => {
    if (penalty.type === 'fine' && penalty.amount === undefined)
      fail(ctx, 'REQUIRED', '罚款须写明金额 (amount)', ['amount']);
  });

/** 决定: penalties and the circumstance tier applied. */
export const DecisionSchema = z
  .object({
    penalties: z.array(PenaltySchema).max(20).default([]).describe('处罚内容'),
    circumstance: z.enum(CIRCUMSTANCES).optional().describe('情节'),
    documentNumber: z.string().trim().max(64).optional().describe('决定书文号 (扩展字段)'),
    facts: z.string().trim().max(5000).optional().describe('违法事实和证据 (扩展字段)'),
    legalBasis: z.string().trim().max(1000).optional().describe('处罚依据 (扩展字段)'),
  })
  .meta({ id: 'ExchangeDecision' });

/** A piece of evidence by its SHA-256; the file itself may be uploaded separately. */
export const EvidenceRefSchema = z
  .object({
    kind: z.enum(EVIDENCE_KINDS).describe('证据类型'),
    sha256: z
      .string()
      .describe('SHA-256 (64 位十六进制)')
      .superRefine((value, ctx) => {
        if (!/^[0-9a-fA-F]{64}$/.test(value)) fail(ctx, 'INVALID_HASH', '哈希值须为 64 位十六进制 SHA-256');
      }),
    capturedAt: specDate('采集时间').describe('采集时间'),
  })
  .meta({ id: 'ExchangeEvidence' });

/** The fields of the case record, before the checks that span several fields. */
export const CaseRecordShape = z.object({
  externalId: z.string().min(1).max(64).describe('来源系统中的案件编号'),
  version: z
    .number()
    .describe('版本号, 每次变更加 1')
    .superRefine((value, ctx) => {
      if (!Number.isSafeInteger(value) || value < 1)
        fail(ctx, 'INVALID_VERSION', `版本号须为不小于 1 的整数: ${value}`);
    }),
  agencyCreditCode: z
    .string()
    .describe('执法主体统一社会信用代码')
    .superRefine((value, ctx) => {
      if (!isValidCreditCode(value))
        fail(ctx, 'INVALID_CREDIT_CODE', `执法主体统一社会信用代码无效: ${value.slice(0, 20)}`);
    }),
  itemCode: z.string().trim().min(1).max(64).describe('执法事项编码'),
  kind: z.enum(CASE_KINDS).describe('执法行为类别'),
  procedure: z.enum(PROCEDURES).optional().describe('程序 (行政处罚必填)'),
  title: z.string().max(200).optional().describe('案由'),
  party: PartySchema.optional().describe('当事人'),
  violationEndedAt: specDate('违法行为终了日期').optional().describe('违法行为终了日期'),
  officers: z.array(z.string().trim().min(1).max(64)).min(1).max(50).describe('执法人员执法证号'),
  major: z.boolean().default(false).describe('重大执法决定'),
  hearingEligible: z.boolean().optional().describe('是否应告知听证权利'),
  events: z.array(CaseEventSchema).max(500).default([]).describe('办案环节'),
  decision: DecisionSchema.optional().describe('决定'),
  evidence: z.array(EvidenceRefSchema).max(2000).default([]).describe('证据'),
});

/** The case record of exchange v1. Unknown fields are ignored. */
export const CaseRecordSchema = CaseRecordShape.superRefine((record, ctx) => {
  if (record.kind === 'penalty' && !record.procedure)
    fail(ctx, 'REQUIRED', '行政处罚须写明程序 (procedure: simple 或 general)', ['procedure']);
}).meta({ id: 'ExchangeCaseRecord' });

export type CaseRecordInput = z.input<typeof CaseRecordSchema>;
export type CaseRecord = z.infer<typeof CaseRecordSchema>;
export type CaseEvent = z.infer<typeof CaseEventSchema>;
export type Party = z.infer<typeof PartySchema>;
export type Penalty = z.infer<typeof PenaltySchema>;
export type EvidenceRef = z.infer<typeof EvidenceRefSchema>;

/** One reason a record was rejected: where, a stable code, and a Chinese message. */
export const RecordErrorSchema = z
  .object({ path: z.string(), code: z.string(), message: z.string() })
  .meta({ id: 'ExchangeRecordError' });
export type RecordError = z.infer<typeof RecordErrorSchema>;

/** What happened to one record of a batch; `line` is 1-based in the request. */
export const RecordResultSchema = z
  .object({
    line: z.number().int(),
    externalId: z.string().nullable(),
    status: z.enum(RECORD_STATUSES),
    errors: z.array(RecordErrorSchema).optional(),
  })
  .meta({ id: 'ExchangeRecordResult' });
export type RecordResult = z.infer<typeof RecordResultSchema>;

/** The answer to a batch: counts, then one result per record in request order. */
export const BatchResultSchema = z
  .object({
    received: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    stale: z.number().int(),
    rejected: z.number().int(),
    results: z.array(RecordResultSchema),
  })
  .meta({ id: 'ExchangeBatchResult' });
export type BatchResult = z.infer<typeof BatchResultSchema>;

/** A due date the platform derived, with how (spec `deadlines`). */
export const CaseDeadlineSchema = z
  .object({
    code: z.enum(DEADLINE_CODES),
    due: z.string(),
    basis: z.string(),
    derivation: z.object({
      start: z.string().describe('起算日'),
      startEvent: z.string().describe('起算环节'),
      amount: z.number().int(),
      unit: z.enum(['calendar', 'working']),
      explanation: z.string(),
    }),
  })
  .meta({ id: 'ExchangeCaseDeadline' });
export type CaseDeadline = z.infer<typeof CaseDeadlineSchema>;

/** A warning on the case, as the warning engine keeps it (spec `warnings`). */
export const CaseWarningRefSchema = z
  .object({
    ruleCode: z.string(),
    severity: z.enum(['low', 'medium', 'high']),
    status: z.string(),
    message: z.string(),
    facts: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'ExchangeCaseWarning' });
export type CaseWarningRef = z.infer<typeof CaseWarningRefSchema>;

/** The stored record read back with what the platform derived from it. */
export const CaseReadBackSchema = CaseRecordSchema.safeExtend({
  receivedAt: z.string().describe('本版本接收时间'),
  deadlines: z.array(CaseDeadlineSchema),
  warnings: z.array(CaseWarningRefSchema),
}).meta({ id: 'ExchangeCaseReadBack' });
export type CaseReadBack = z.infer<typeof CaseReadBackSchema>;
