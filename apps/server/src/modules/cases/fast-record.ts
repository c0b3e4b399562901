import {
  CASE_KINDS,
  EVENT_TYPES,
  EVIDENCE_KINDS,
  isYuanAmount,
  PROCEDURES,
  REVIEW_OPINIONS,
  shanghaiDay,
} from '@jiandu/contracts/case-labels';
import { CIRCUMSTANCES, PENALTY_TYPES } from '@jiandu/contracts/catalogue-labels';
import { isValidCreditCode, isValidResidentId } from '@jiandu/contracts/codes';
import type { CaseRecord } from '@jiandu/contracts/exchange';

/*
 * The exchange ingest checks hundreds of thousands of records a minute; zod spends most of that
 * time on bookkeeping. This is the same contract written out by hand for the common case: it
 * returns the record exactly as CaseRecordSchema would (keys in schema order, strings trimmed where
 * the schema trims, defaults filled, unknown keys dropped), or null as soon as anything is off — and
 * then the caller asks zod, which finds every problem and words it. A property test holds the two
 * together: whatever this accepts, zod accepts with the same output.
 */

type Json = Record<string, unknown>;

const KINDS = new Set<string>(CASE_KINDS);
const PROCEDURE_SET = new Set<string>(PROCEDURES);
const EVENTS = new Set<string>(EVENT_TYPES);
const OPINIONS = new Set<string>(REVIEW_OPINIONS);
const PENALTIES = new Set<string>(PENALTY_TYPES);
const CIRCUMSTANCE_SET = new Set<string>(CIRCUMSTANCES);
const EVIDENCE = new Set<string>(EVIDENCE_KINDS);
const SHA256 = /^[0-9a-fA-F]{64}$/;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A trimmed string within bounds, or undefined. */
function trimmed(v: unknown, min: number, max: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t.length >= min && t.length <= max ? t : undefined;
}

/** An untrimmed string within bounds. */
function plain(v: unknown, min: number, max: number): v is string {
  return typeof v === 'string' && v.length >= min && v.length <= max;
}

const date = (v: unknown): v is string => typeof v === 'string' && shanghaiDay(v) !== null;

function party(v: unknown): CaseRecord['party'] | null {
  if (!isObject(v)) return null;
  if (v.type === 'person') {
    const name = trimmed(v.name, 1, 100);
    if (name === undefined || typeof v.idNumber !== 'string' || !isValidResidentId(v.idNumber)) return null;
    const out: Json = { type: 'person', name, idNumber: v.idNumber };
    if (v.birthDate !== undefined) {
      if (!date(v.birthDate)) return null;
      out.birthDate = v.birthDate;
    }
    if (v.address !== undefined) {
      const address = trimmed(v.address, 0, 200);
      if (address === undefined) return null;
      out.address = address;
    }
    return out as CaseRecord['party'];
  }
  if (v.type === 'organization') {
    const name = trimmed(v.name, 1, 200);
    if (name === undefined || typeof v.creditCode !== 'string' || !isValidCreditCode(v.creditCode))
      return null;
    const out: Json = { type: 'organization', name, creditCode: v.creditCode };
    if (v.address !== undefined) {
      const address = trimmed(v.address, 0, 200);
      if (address === undefined) return null;
      out.address = address;
    }
    return out as CaseRecord['party'];
  }
  return null;
}

function event(v: unknown): Json | null {
  if (!isObject(v) || typeof v.type !== 'string' || !EVENTS.has(v.type) || !date(v.at)) return null;
  const out: Json = { type: v.type, at: v.at };
  if (v.reviewer !== undefined) {
    const reviewer = trimmed(v.reviewer, 1, 64);
    if (reviewer === undefined) return null;
    out.reviewer = reviewer;
  }
  if (v.opinion !== undefined) {
    if (typeof v.opinion !== 'string' || !OPINIONS.has(v.opinion)) return null;
    out.opinion = v.opinion;
  }
  if (v.days !== undefined) {
    if (typeof v.days !== 'number' || !Number.isSafeInteger(v.days) || v.days < 1 || v.days > 3650)
      return null;
    out.days = v.days;
  }
  if (v.url !== undefined) {
    if (!plain(v.url, 0, 500)) return null;
    out.url = v.url;
  }
  if (v.note !== undefined) {
    if (!plain(v.note, 0, 2000)) return null;
    out.note = v.note;
  }
  if (v.type === 'legal_review' && (out.reviewer === undefined || out.opinion === undefined)) return null;
  if (v.type === 'extension_approved' && out.days === undefined) return null;
  return out;
}

function decision(v: unknown): Json | null {
  if (!isObject(v)) return null;
  const penalties: Json[] = [];
  if (v.penalties !== undefined) {
    if (!Array.isArray(v.penalties) || v.penalties.length > 20) return null;
    for (const p of v.penalties) {
      if (!isObject(p) || typeof p.type !== 'string' || !PENALTIES.has(p.type)) return null;
      const out: Json = { type: p.type };
      if (p.amount !== undefined) {
        if (typeof p.amount !== 'number' || !isYuanAmount(p.amount)) return null;
        out.amount = p.amount;
      } else if (p.type === 'fine') return null;
      penalties.push(out);
    }
  }
  const out: Json = { penalties };
  if (v.circumstance !== undefined) {
    if (typeof v.circumstance !== 'string' || !CIRCUMSTANCE_SET.has(v.circumstance)) return null;
    out.circumstance = v.circumstance;
  }
  for (const [key, max] of [
    ['documentNumber', 64],
    ['facts', 5000],
    ['legalBasis', 1000],
  ] as const) {
    if (v[key] === undefined) continue;
    const text = trimmed(v[key], 0, max);
    if (text === undefined) return null;
    out[key] = text;
  }
  return out;
}

/** The record as CaseRecordSchema would return it, or null when zod must be asked. */
export function fastRecord(v: Json): CaseRecord | null {
  if (!plain(v.externalId, 1, 64)) return null;
  if (typeof v.version !== 'number' || !Number.isSafeInteger(v.version) || v.version < 1) return null;
  if (typeof v.agencyCreditCode !== 'string' || !isValidCreditCode(v.agencyCreditCode)) return null;
  const itemCode = trimmed(v.itemCode, 1, 64);
  if (itemCode === undefined) return null;
  if (typeof v.kind !== 'string' || !KINDS.has(v.kind)) return null;
  const out: Json = {
    externalId: v.externalId,
    version: v.version,
    agencyCreditCode: v.agencyCreditCode,
    itemCode,
    kind: v.kind,
  };
  if (v.procedure !== undefined) {
    if (typeof v.procedure !== 'string' || !PROCEDURE_SET.has(v.procedure)) return null;
    out.procedure = v.procedure;
  } else if (v.kind === 'penalty') return null;
  if (v.title !== undefined) {
    if (!plain(v.title, 0, 200)) return null;
    out.title = v.title;
  }
  if (v.party !== undefined) {
    const p = party(v.party);
    if (!p) return null;
    out.party = p;
  }
  if (v.violationEndedAt !== undefined) {
    if (!date(v.violationEndedAt)) return null;
    out.violationEndedAt = v.violationEndedAt;
  }
  if (!Array.isArray(v.officers) || v.officers.length < 1 || v.officers.length > 50) return null;
  const officers: string[] = [];
  for (const o of v.officers) {
    const number = trimmed(o, 1, 64);
    if (number === undefined) return null;
    officers.push(number);
  }
  out.officers = officers;
  if (v.major !== undefined && typeof v.major !== 'boolean') return null;
  out.major = v.major ?? false;
  if (v.hearingEligible !== undefined) {
    if (typeof v.hearingEligible !== 'boolean') return null;
    out.hearingEligible = v.hearingEligible;
  }
  const events: Json[] = [];
  if (v.events !== undefined) {
    if (!Array.isArray(v.events) || v.events.length > 500) return null;
    for (const e of v.events) {
      const parsed = event(e);
      if (!parsed) return null;
      events.push(parsed);
    }
  }
  out.events = events;
  if (v.decision !== undefined) {
    const d = decision(v.decision);
    if (!d) return null;
    out.decision = d;
  }
  const evidence: Json[] = [];
  if (v.evidence !== undefined) {
    if (!Array.isArray(v.evidence) || v.evidence.length > 2000) return null;
    for (const e of v.evidence) {
      if (!isObject(e) || typeof e.kind !== 'string' || !EVIDENCE.has(e.kind)) return null;
      if (typeof e.sha256 !== 'string' || !SHA256.test(e.sha256) || !date(e.capturedAt)) return null;
      evidence.push({ kind: e.kind, sha256: e.sha256, capturedAt: e.capturedAt });
    }
  }
  out.evidence = evidence;
  return out as unknown as CaseRecord;
}
