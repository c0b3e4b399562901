import {
  type CaseKind,
  type EventType,
  type PartyType,
  type Procedure,
  type ReviewOpinion,
  shanghaiDay,
} from '@jiandu/contracts/case-labels';
import type { Circumstance } from '@jiandu/contracts/catalogue-labels';
import type { CaseRecord, Penalty } from '@jiandu/contracts/exchange';
import type { WorkingCalendar } from '../../../platform/calendar/working-calendar.ts';
import type { BenchmarkRange, CertificateOnDay, ReferenceLookup } from './reference.ts';

/** The first day each event type was recorded on, null when never. */
export type FirstDays = Record<EventType, string | null>;

/** One distinct officer of the case and what the certificate register says about them on the act's day. */
export interface OfficerFacts {
  /** The number as the registers store it (trimmed, upper case). */
  number: string;
  certificate: CertificateOnDay;
}

/** One 法制审核 event: when, by whom, with what opinion, and the reviewer's certificate that day. */
export interface ReviewFacts {
  day: string;
  reviewer: string;
  opinion: ReviewOpinion | null;
  certificate: CertificateOnDay;
}

/**
 * Everything the per-case rules look at, resolved once per case so that every rule is a pure
 * function of these facts and its parameters: event days, register answers for the act's day,
 * the decision's fines and benchmark. Days are `YYYY-MM-DD` strings (Asia/Shanghai).
 */
export interface CaseFacts {
  externalId: string;
  agencyCreditCode: string;
  itemCode: string;
  kind: CaseKind;
  procedure: Procedure | null;
  partyType: PartyType | null;
  major: boolean;
  /** The day the case is judged on: open duties are overdue relative to it. */
  today: string;
  /** The official calendar the deadline rules count working days on. */
  calendar: WorkingCalendar;
  /**
   * The day of the act the registers are asked about: the decision's day, else the case's earliest
   * event (an inspection's visit, a filing), else `today` for a record without events.
   */
  actDay: string;
  first: FirstDays;
  /** The first publication on or after the decision's day. */
  publishedAfterDecision: string | null;
  /** The earliest reversal (复议纠错 or 诉讼败诉) and the first take-down on or after it. */
  reversal: { day: string; type: 'reconsideration_reversed' | 'litigation_reversed' } | null;
  withdrawnAfterReversal: string | null;
  /** Days of every `extension_approved` added up. */
  extensionDays: number;
  reviews: readonly ReviewFacts[];
  /** The first day a review with opinion `approved` was recorded. */
  firstApprovedReview: string | null;
  /** Distinct officers, in the record's order. */
  officers: readonly OfficerFacts[];
  penalties: readonly Penalty[];
  /** Sum of the decision's fines in yuan; 0 without fines. */
  fineTotal: number;
  hasFine: boolean;
  /** The record's own `hearingEligible`, null when it does not say. */
  declaredHearingEligible: boolean | null;
  circumstance: Circumstance | null;
  /** The benchmark range for the circumstance on the decision's day (fined penalties only). */
  benchmark: BenchmarkRange | null;
  /** Null when the registers do not know the agency. */
  itemInCatalogue: boolean | null;
  agencyQualified: boolean;
  violationEndedOn: string | null;
  evidenceCount: number;
  /** Pieces of audio or video evidence. */
  audioVideoEvidence: number;
  /**
   * This agency's inspections of the same party in the inspection's calendar year up to and
   * including this one, supplied by the caller; null when not supplied.
   */
  inspectionsOfPartyThisYear: number | null;
}

/** What `buildCaseFacts` needs besides the record and the registers. */
export interface CaseFactsOptions {
  calendar: WorkingCalendar;
  today: string;
  inspectionsOfPartyThisYear?: number;
}

const NO_REVIEWS: readonly ReviewFacts[] = Object.freeze([]);
const NO_PENALTIES: readonly Penalty[] = Object.freeze([]);

function noFirstDays(): FirstDays {
  return {
    accepted: null,
    filed: null,
    investigated: null,
    notified: null,
    hearing_requested: null,
    hearing_held: null,
    legal_review: null,
    collective_discussion: null,
    extension_approved: null,
    decided: null,
    served: null,
    published: null,
    withdrawn: null,
    executed: null,
    closed: null,
    reconsideration_reversed: null,
    litigation_reversed: null,
  };
}

/** A certificate number as the registers store it, allocating only when it is not already so. */
export function normalisedNumber(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 32 || (code >= 97 && code <= 122) || code > 126) return value.trim().toUpperCase();
  }
  return value;
}

function distinctOfficers(record: CaseRecord, lookup: ReferenceLookup, day: string): OfficerFacts[] {
  const out: OfficerFacts[] = [];
  for (const raw of record.officers) {
    const number = normalisedNumber(raw);
    let seen = false;
    for (const officer of out) if (officer.number === number) seen = true;
    if (!seen) out.push({ number, certificate: lookup.certificate(number, day) });
  }
  return out;
}

/**
 * The Shanghai day of a spec date of a parsed record. The exchange schema already proved every date
 * real, so the two shapes platforms send (a bare date, a time at +08:00) are read off the string;
 * anything else goes through the full parser.
 */
export function dayOf(at: string): string | null {
  if (at.length === 10) return at;
  if (at.length === 25 && at.charCodeAt(19) === 43 && at.endsWith('+08:00')) return at.slice(0, 10);
  return shanghaiDay(at);
}

/** The first day of `type` on or after `from`, scanning the events only when the first one is earlier. */
function firstFrom(record: CaseRecord, first: FirstDays, type: EventType, from: string): string | null {
  const earliest = first[type];
  if (earliest === null || earliest >= from) return earliest;
  let found: string | null = null;
  for (const event of record.events) {
    if (event.type !== type) continue;
    const day = dayOf(event.at);
    if (day !== null && day >= from && (found === null || day < found)) found = day;
  }
  return found;
}

/**
 * Resolves a case record's facts once: event days, the register answers for the act's day (officer
 * certificates, catalogue, qualification), reviewers' certificates on their review's day, and the
 * benchmark for the decision's circumstance on the decision's day.
 */
export function buildCaseFacts(
  record: CaseRecord,
  lookup: ReferenceLookup,
  options: CaseFactsOptions,
): CaseFacts {
  const first = noFirstDays();
  let earliest: string | null = null;
  let extensionDays = 0;
  let reviews: ReviewFacts[] | null = null;
  let firstApprovedReview: string | null = null;
  for (const event of record.events) {
    const day = dayOf(event.at);
    if (day === null) continue;
    const known = first[event.type];
    if (known === null || day < known) first[event.type] = day;
    if (earliest === null || day < earliest) earliest = day;
    if (event.type === 'extension_approved') extensionDays += event.days ?? 0;
    else if (event.type === 'legal_review') {
      const reviewer = normalisedNumber(event.reviewer ?? '');
      const opinion = event.opinion ?? null;
      const review = { day, reviewer, opinion, certificate: lookup.certificate(reviewer, day) };
      if (reviews === null) reviews = [review];
      else reviews.push(review);
      if (opinion === 'approved' && (firstApprovedReview === null || day < firstApprovedReview))
        firstApprovedReview = day;
    }
  }
  const decided = first.decided;
  const actDay = decided ?? earliest ?? options.today;

  const reconsideration = first.reconsideration_reversed;
  const litigation = first.litigation_reversed;
  let reversal: CaseFacts['reversal'] = null;
  if (reconsideration !== null && (litigation === null || reconsideration <= litigation))
    reversal = { day: reconsideration, type: 'reconsideration_reversed' };
  else if (litigation !== null) reversal = { day: litigation, type: 'litigation_reversed' };

  const penalties = record.decision?.penalties ?? NO_PENALTIES;
  let fineTotal = 0;
  let hasFine = false;
  for (const penalty of penalties)
    if (penalty.type === 'fine') {
      hasFine = true;
      fineTotal += penalty.amount ?? 0;
    }
  const circumstance = record.decision?.circumstance ?? null;
  const benchmark =
    record.kind === 'penalty' && hasFine && decided !== null && circumstance !== null
      ? lookup.benchmark(record.agencyCreditCode, record.itemCode, circumstance, decided)
      : null;

  let audioVideoEvidence = 0;
  for (const piece of record.evidence)
    if (piece.kind === 'audio' || piece.kind === 'video') audioVideoEvidence += 1;

  return {
    externalId: record.externalId,
    agencyCreditCode: record.agencyCreditCode,
    itemCode: record.itemCode,
    kind: record.kind,
    procedure: record.procedure ?? null,
    partyType: record.party?.type ?? null,
    major: record.major,
    today: options.today,
    calendar: options.calendar,
    actDay,
    first,
    publishedAfterDecision: decided === null ? null : firstFrom(record, first, 'published', decided),
    reversal,
    withdrawnAfterReversal: reversal === null ? null : firstFrom(record, first, 'withdrawn', reversal.day),
    extensionDays,
    reviews: reviews ?? NO_REVIEWS,
    firstApprovedReview,
    officers: distinctOfficers(record, lookup, actDay),
    penalties,
    fineTotal,
    hasFine,
    declaredHearingEligible: record.hearingEligible ?? null,
    circumstance,
    benchmark,
    itemInCatalogue: lookup.itemInCatalogue(record.agencyCreditCode, record.itemCode, actDay),
    agencyQualified: lookup.agencyQualified(record.agencyCreditCode, actDay),
    violationEndedOn: record.violationEndedAt === undefined ? null : dayOf(record.violationEndedAt),
    evidenceCount: record.evidence.length,
    audioVideoEvidence,
    inspectionsOfPartyThisYear: options.inspectionsOfPartyThisYear ?? null,
  };
}
