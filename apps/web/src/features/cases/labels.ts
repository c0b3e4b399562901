import {
  CASE_KIND_LABELS,
  type CaseKind,
  DEADLINE_CODE_LABELS,
  type DeadlineCode,
  EVENT_TYPE_LABELS,
  EVIDENCE_KIND_LABELS,
  type EventType,
  type EvidenceKind,
  PARTY_TYPE_LABELS,
  type PartyType,
  PROCEDURE_LABELS,
  type Procedure,
  REVIEW_OPINION_LABELS,
  type ReviewOpinion,
} from '@jiandu/contracts/case-labels';
import {
  CASE_ORIGIN_LABELS,
  CASE_STATUS_LABELS,
  type CaseOrigin,
  type CaseStatus,
  DEADLINE_STATE_LABELS,
  type DeadlineState,
} from '@jiandu/contracts/cases';
import {
  CIRCUMSTANCE_LABELS,
  type Circumstance,
  PENALTY_TYPE_LABELS,
  type PenaltyType,
} from '@jiandu/contracts/catalogue-labels';
import { currentLocale } from '../../lib/i18n.ts';

/** Labels of the case codes in the current language; Chinese comes from the contract itself. */
const en = currentLocale() === 'en';

const KIND_EN: Record<CaseKind, string> = {
  penalty: 'Administrative penalty',
  license: 'Licence',
  coercion: 'Coercive measure',
  inspection: 'Inspection',
  levy: 'Levy or requisition',
  payment: 'Benefit payment',
  adjudication: 'Adjudication',
  confirmation: 'Confirmation',
  reward: 'Reward',
  other: 'Other power',
};
const PROCEDURE_EN: Record<Procedure, string> = { simple: 'Summary procedure', general: 'General procedure' };
const STATUS_EN: Record<CaseStatus, string> = { open: 'In progress', decided: 'Decided', closed: 'Closed' };
const ORIGIN_EN: Record<CaseOrigin, string> = { exchange: 'Reported by system', native: 'Handled here' };
const EVENT_EN: Record<EventType, string> = {
  accepted: 'Accepted',
  filed: 'Case filed',
  investigated: 'Investigation',
  notified: 'Party notified',
  hearing_requested: 'Hearing requested',
  hearing_held: 'Hearing held',
  legal_review: 'Legal review',
  collective_discussion: 'Collective discussion',
  extension_approved: 'Extension approved',
  decided: 'Decision made',
  served: 'Decision served',
  published: 'Published',
  withdrawn: 'Publication withdrawn',
  executed: 'Executed',
  closed: 'Closed',
  reconsideration_reversed: 'Reversed on reconsideration',
  litigation_reversed: 'Reversed in court',
};
const OPINION_EN: Record<ReviewOpinion, string> = {
  approved: 'Approved',
  rejected: 'Not approved',
  amend: 'Approved after changes',
};
const PARTY_EN: Record<PartyType, string> = { person: 'Natural person', organization: 'Organisation' };
const EVIDENCE_EN: Record<EvidenceKind, string> = {
  document: 'Document',
  photo: 'Photo',
  audio: 'Audio recording',
  video: 'Video recording',
};
const DEADLINE_EN: Record<DeadlineCode, string> = {
  DECISION_DUE: 'Decision due',
  HEARING_REQUEST_UNTIL: 'Hearing request until',
  SERVICE_DUE: 'Service due',
  PUBLICITY_DUE: 'Publication due',
  WITHDRAWAL_DUE: 'Withdrawal due',
  PAYMENT_DUE: 'Fine payment due',
};
const STATE_EN: Record<DeadlineState, string> = {
  open: 'Not yet due',
  met: 'Met',
  met_late: 'Met late',
  overdue: 'Overdue',
  lapsed: 'Lapsed unused',
};
const CIRCUMSTANCE_EN: Record<Circumstance, string> = {
  exempt: 'Not punished',
  lighter: 'Lighter',
  mitigated: 'Mitigated',
  general: 'General',
  heavier: 'Heavier',
};
const PENALTY_EN: Record<PenaltyType, string> = {
  warning: 'Warning',
  fine: 'Fine',
  confiscation: 'Confiscation of gains or property',
  suspension: 'Suspension of licence or business',
  revocation: 'Revocation of licence',
  detention: 'Administrative detention',
  other: 'Other penalty',
};

const pick =
  <K extends string>(zh: Record<K, string>, english: Record<K, string>) =>
  (key: K): string =>
    (en ? english[key] : zh[key]) ?? key;

/** The kind of enforcement act (行政处罚, 行政检查 …). */
export const kindLabel = pick(CASE_KIND_LABELS, KIND_EN);
/** 简易程序 or 普通程序. */
export const procedureLabel = pick(PROCEDURE_LABELS, PROCEDURE_EN);
/** Where a case stands (办理中, 已决定, 已结案). */
export const statusLabel = pick(CASE_STATUS_LABELS, STATUS_EN);
/** How the case reached the platform (系统报送, 平台办理). */
export const originLabel = pick(CASE_ORIGIN_LABELS, ORIGIN_EN);
/** A stage on the timeline (立案, 告知 …); an unknown code shows as it is. */
export const eventLabel = pick<string>(EVENT_TYPE_LABELS, EVENT_EN);
/** A legal reviewer's opinion. */
export const opinionLabel = pick<string>(REVIEW_OPINION_LABELS, OPINION_EN);
/** 自然人 or 法人或其他组织. */
export const partyTypeLabel = pick(PARTY_TYPE_LABELS, PARTY_EN);
/** What a piece of evidence is (照片, 录像 …). */
export const evidenceLabel = pick(EVIDENCE_KIND_LABELS, EVIDENCE_EN);
/** A derived due date (作出决定期限 …). */
export const deadlineLabel = pick(DEADLINE_CODE_LABELS, DEADLINE_EN);
/** Where a deadline stands today. */
export const deadlineStateLabel = pick(DEADLINE_STATE_LABELS, STATE_EN);
/** The circumstance tier applied in the decision. */
export const circumstanceLabel = pick(CIRCUMSTANCE_LABELS, CIRCUMSTANCE_EN);
/** A penalty type (警告, 罚款 …). */
export const penaltyLabel = pick(PENALTY_TYPE_LABELS, PENALTY_EN);

/** Tag colours of the case statuses. */
export const STATUS_COLOURS: Record<CaseStatus, string> = {
  open: 'processing',
  decided: 'blue',
  closed: 'default',
};
/** Tag colours of the deadline states: late and overdue stand out, an open one stays plain. */
export const DEADLINE_STATE_COLOURS: Record<DeadlineState, string> = {
  open: 'default',
  met: 'success',
  met_late: 'warning',
  overdue: 'error',
  lapsed: 'default',
};
/** Timeline dot colours: the decision and its reversal stand out. */
export function eventColour(type: EventType): string {
  if (type === 'decided' || type === 'closed') return 'green';
  if (type === 'reconsideration_reversed' || type === 'litigation_reversed' || type === 'withdrawn')
    return 'red';
  if (type === 'legal_review' || type === 'collective_discussion' || type === 'extension_approved')
    return 'orange';
  return 'blue';
}
