/**
 * Enforcement cases (案件) as the exchange spec names them: kinds, procedures, event types, evidence
 * kinds, deadline codes and the per-record rejection codes, with their Chinese labels, and the date
 * rules every side must agree on. Kept free of zod so the portal and the data generator load nothing else.
 */
import { ITEM_KIND_LABELS, ITEM_KINDS, type ItemKind } from './catalogue-labels.ts';

/** The kind of enforcement act a case is (spec `kind`): the catalogue's kinds. */
export const CASE_KINDS = ITEM_KINDS;
export type CaseKind = ItemKind;
export const CASE_KIND_LABELS = ITEM_KIND_LABELS;

/** 简易程序 (decided on the spot) or 普通程序. */
export const PROCEDURES = ['simple', 'general'] as const;
export type Procedure = (typeof PROCEDURES)[number];
export const PROCEDURE_LABELS: Record<Procedure, string> = { simple: '简易程序', general: '普通程序' };

/** Stages recorded on a case (spec event types), in the order a case normally passes them. */
export const EVENT_TYPES = [
  'accepted',
  'filed',
  'investigated',
  'notified',
  'hearing_requested',
  'hearing_held',
  'legal_review',
  'collective_discussion',
  'extension_approved',
  'decided',
  'served',
  'published',
  'withdrawn',
  'executed',
  'closed',
  'reconsideration_reversed',
  'litigation_reversed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  accepted: '受理',
  filed: '立案',
  investigated: '调查取证',
  notified: '告知',
  hearing_requested: '申请听证',
  hearing_held: '举行听证',
  legal_review: '法制审核',
  collective_discussion: '集体讨论',
  extension_approved: '延期审批',
  decided: '作出决定',
  served: '送达',
  published: '公示',
  withdrawn: '撤下公示',
  executed: '执行',
  closed: '结案',
  reconsideration_reversed: '复议纠错',
  litigation_reversed: '诉讼败诉',
};

/** A legal reviewer's opinion (法制审核意见). */
export const REVIEW_OPINIONS = ['approved', 'rejected', 'amend'] as const;
export type ReviewOpinion = (typeof REVIEW_OPINIONS)[number];
export const REVIEW_OPINION_LABELS: Record<ReviewOpinion, string> = {
  approved: '同意',
  rejected: '不同意',
  amend: '修改后同意',
};

/** 当事人: a natural person or an organisation. */
export const PARTY_TYPES = ['person', 'organization'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];
export const PARTY_TYPE_LABELS: Record<PartyType, string> = {
  person: '自然人',
  organization: '法人或其他组织',
};

/** What a piece of evidence is. */
export const EVIDENCE_KINDS = ['document', 'photo', 'audio', 'video'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  document: '书证材料',
  photo: '照片',
  audio: '录音',
  video: '录像',
};

/** Due dates the platform derives for a case (spec deadline codes). */
export const DEADLINE_CODES = [
  'DECISION_DUE',
  'HEARING_REQUEST_UNTIL',
  'SERVICE_DUE',
  'PUBLICITY_DUE',
  'WITHDRAWAL_DUE',
  'PAYMENT_DUE',
] as const;
export type DeadlineCode = (typeof DEADLINE_CODES)[number];
export const DEADLINE_CODE_LABELS: Record<DeadlineCode, string> = {
  DECISION_DUE: '作出决定期限',
  HEARING_REQUEST_UNTIL: '听证申请期限',
  SERVICE_DUE: '送达期限',
  PUBLICITY_DUE: '公示期限',
  WITHDRAWAL_DUE: '撤下公示期限',
  PAYMENT_DUE: '缴纳罚款期限',
};

/** How one record of a batch ended (spec `status`). */
export const RECORD_STATUSES = ['created', 'updated', 'unchanged', 'stale', 'rejected'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/**
 * Why a record was rejected. The spec fixes `INVALID_JSON`, `INVALID_DATE`, `UNKNOWN_AGENCY`,
 * `AGENCY_OUT_OF_SCOPE` and `VERSION_CONFLICT`; the rest name the other ways a field can be wrong.
 */
export const REJECTION_CODES = {
  INVALID_JSON: '该行不是合法的 JSON',
  NOT_AN_OBJECT: '记录须为 JSON 对象',
  REQUIRED: '缺少必填字段',
  INVALID_TYPE: '字段类型错误',
  INVALID_VALUE: '取值不在允许范围内',
  TOO_LONG: '内容过长',
  TOO_SHORT: '内容过短',
  TOO_MANY: '条目过多',
  INVALID_DATE: '日期格式错误',
  INVALID_VERSION: '版本号须为不小于 1 的整数',
  INVALID_AMOUNT: '金额须为不小于 0、至多两位小数的数字',
  INVALID_CREDIT_CODE: '统一社会信用代码无效',
  INVALID_ID_NUMBER: '居民身份证号码无效',
  INVALID_HASH: '哈希值须为 64 位十六进制 SHA-256',
  UNKNOWN_AGENCY: '执法主体未在平台登记',
  AGENCY_OUT_OF_SCOPE: '执法主体不在此数据来源系统的授权范围内',
  VERSION_CONFLICT: '版本号相同但内容不同',
} as const;
export type RejectionCode = keyof typeof REJECTION_CODES;

/** Limits of one exchange request (spec: at most 10,000 records or 50 MB). */
export const EXCHANGE_LIMITS = { records: 10_000, bytes: 50 * 1024 * 1024 } as const;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2999) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!);
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS+08:00` checked by hand; null sends the value to the full parser. */
function quickDay(value: string): string | null {
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(value.charCodeAt(i))) return null;
  if (value[4] !== '-' || value[7] !== '-') return null;
  if (value.length === 25) {
    if (value[10] !== 'T' || value[13] !== ':' || value[16] !== ':') return null;
    for (const i of [11, 12, 14, 15, 17, 18]) if (!isDigit(value.charCodeAt(i))) return null;
    if (
      Number(value.slice(11, 13)) > 23 ||
      Number(value.slice(14, 16)) > 59 ||
      Number(value.slice(17, 19)) > 59
    )
      return null;
  }
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  return validDay(y, m, d) ? value.slice(0, 10) : null;
}

/**
 * The Asia/Shanghai calendar day of a spec date (`2026-03-01`, `2026-03-01T09:30:00+08:00`, or a
 * time without an offset, read as Shanghai time), or null when it is not a real date and time.
 */
export function shanghaiDay(value: string): string | null {
  // The common shapes first, without regular expressions: a bare date, and a date with +08:00.
  if (value.length === 10 || (value.length === 25 && value.endsWith('+08:00'))) {
    const fast = quickDay(value);
    if (fast) return fast;
  }
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const [, y, m, d] = dateOnly;
    return validDay(Number(y), Number(m), Number(d)) ? value : null;
  }
  const match = DATE_TIME.exec(value);
  if (!match) return null;
  const [, y, m, d, hh, mm, ss, zone] = match;
  if (!validDay(Number(y), Number(m), Number(d))) return null;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return null;
  if (!zone || zone === '+08:00') return `${y}-${m}-${d}`;
  let offsetMs = 0;
  if (zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const [oh, om] = zone.slice(1).split(':').map(Number);
    if (oh! > 14 || om! > 59) return null;
    offsetMs = sign * (oh! * 60 + om!) * 60_000;
  }
  const utc =
    Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm), Number(ss ?? 0)) - offsetMs;
  return new Date(utc + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** True when an amount of yuan is a finite number ≥ 0 with at most two decimals. */
export function isYuanAmount(value: number): boolean {
  if (!Number.isFinite(value) || value < 0 || value > 1e13) return false;
  const cents = value * 100;
  return Math.abs(cents - Math.round(cents)) < 1e-6;
}
