import { shanghaiDay } from '@jiandu/contracts/case-labels';
import type { CaseRecord, Party } from '@jiandu/contracts/exchange';
import { blindIndex, decryptField, encryptField, keyedDigest } from '../../platform/crypto/field-cipher.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { maskName } from '../../platform/masking.ts';
import type { CaseStatus } from './cases.table.ts';

/** A record ready to store: the content without a person's identity, and the projection columns. */
export interface StoredForm {
  content: string;
  contentHash: string;
  partySecret: string | null;
  projection: CaseProjection;
}

/** The columns of `enforcement_case` that follow from a record. */
export interface CaseProjection {
  kind: CaseRecord['kind'];
  procedure: CaseRecord['procedure'] | null;
  item_code: string;
  title: string | null;
  major: number;
  party_type: Party['type'] | null;
  party_name: string | null;
  party_key: string | null;
  status: CaseStatus;
  filed_on: string | null;
  decided_on: string | null;
  published_on: string | null;
  closed_on: string | null;
  /** The day of the act: the decision's day, else the earliest stage (counts inspections per year). */
  acted_on: string | null;
  fine_cents: number | null;
}

/** The keyed hash of a record's canonical JSON (zod's output: keys in schema order, defaults filled). */
export function contentHashOf(keyring: Keyring, canonical: string): string {
  return keyedDigest(keyring, canonical, 'case_content');
}

/** The first day of each main stage, in one pass over the events. */
function stageDays(record: CaseRecord) {
  const days = { filed: null, decided: null, published: null, closed: null, earliest: null } as Record<
    'filed' | 'decided' | 'published' | 'closed' | 'earliest',
    string | null
  >;
  for (const event of record.events) {
    const day = shanghaiDay(event.at);
    if (day && (days.earliest === null || day < days.earliest)) days.earliest = day;
    const type = event.type;
    if (type !== 'filed' && type !== 'decided' && type !== 'published' && type !== 'closed') continue;
    const best = days[type];
    if (day && (best === null || day < best)) days[type] = day;
  }
  return days;
}

/** What lists need from a record: dates of the main stages, status, fines, the party's display name. */
export function projectionOf(record: CaseRecord, keyring: Keyring): CaseProjection {
  const days = stageDays(record);
  const decided = days.decided;
  const closed = days.closed;
  let fines = 0;
  let hasFine = false;
  for (const penalty of record.decision?.penalties ?? []) {
    if (penalty.type === 'fine' && penalty.amount !== undefined) {
      fines += Math.round(penalty.amount * 100);
      hasFine = true;
    }
  }
  const party = record.party;
  return {
    kind: record.kind,
    procedure: record.procedure ?? null,
    item_code: record.itemCode,
    title: record.title ?? null,
    major: record.major ? 1 : 0,
    party_type: party?.type ?? null,
    party_name: party ? (party.type === 'person' ? maskName(party.name) : party.name) : null,
    party_key: party
      ? party.type === 'person'
        ? blindIndex(keyring, party.idNumber, 'id_number')
        : party.creditCode
      : null,
    status: closed ? 'closed' : decided ? 'decided' : 'open',
    filed_on: days.filed,
    decided_on: decided,
    published_on: days.published,
    closed_on: closed,
    acted_on: decided ?? days.earliest,
    fine_cents: hasFine ? fines : null,
  };
}

/**
 * Splits a validated record for storage: a person's name, ID number and birth date go into one
 * encrypted value; the rest stays readable JSON so rules and lists can use it.
 */
export function storedFormOf(record: CaseRecord, canonical: string, keyring: Keyring): StoredForm {
  const party = record.party;
  let content = canonical;
  let partySecret: string | null = null;
  if (party?.type === 'person') {
    partySecret = encryptField(keyring, JSON.stringify(party));
    content = JSON.stringify({ ...record, party: { type: 'person' } });
  }
  return {
    content,
    contentHash: contentHashOf(keyring, canonical),
    partySecret,
    projection: projectionOf(record, keyring),
  };
}

/** The stored record, whole again: the person's data decrypted back into place. */
export function recordFromStored(content: string, partySecret: string | null, keyring: Keyring): CaseRecord {
  const record = JSON.parse(content) as CaseRecord;
  if (partySecret) record.party = JSON.parse(decryptField(keyring, partySecret)) as Party;
  return record;
}
