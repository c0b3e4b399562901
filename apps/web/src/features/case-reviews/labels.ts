import {
  CASE_KIND_LABELS,
  type CaseKind,
  EVENT_TYPE_LABELS,
  EVIDENCE_KIND_LABELS,
  type EventType,
  type EvidenceKind,
  PROCEDURE_LABELS,
  type Procedure,
} from '@jiandu/contracts/case-labels';
import {
  ASSIGNMENT_STATUS_LABELS,
  type AssignmentStatus,
  BATCH_STATUS_LABELS,
  type BatchStatus,
  FILE_STATE_LABELS,
  type FileState,
  REVIEW_GRADE_LABELS,
  REVIEWER_SOURCE_LABELS,
  type ReviewerSource,
  type ReviewGrade,
  SAMPLING_MODE_LABELS,
  type SamplingMode,
} from '@jiandu/contracts/case-review-labels';
import { PENALTY_TYPE_LABELS, type PenaltyType } from '@jiandu/contracts/catalogue-labels';
import { currentLocale } from '../../lib/i18n.ts';

/** Labels of the case-review codes in the current language; Chinese comes from the contract itself. */
const en = currentLocale() === 'en';

const GRADE_EN: Record<ReviewGrade, string> = {
  excellent: 'Excellent',
  good: 'Good',
  pass: 'Pass',
  fail: 'Fail',
};
const BATCH_EN: Record<BatchStatus, string> = { open: 'Under review', published: 'Results published' };
const STATE_EN: Record<FileState, string> = {
  unassigned: 'Not assigned',
  scoring: 'Being scored',
  needs_consensus: 'Needs deliberation',
  scored: 'Graded',
};
const SHEET_EN: Record<AssignmentStatus, string> = {
  pending: 'To score',
  draft: 'Draft saved',
  submitted: 'Submitted',
  replaced: 'Reviewer replaced',
};
const SOURCE_EN: Record<ReviewerSource, string> = {
  expert: 'Expert pool',
  invited_supervisor: 'Invited supervisor',
  staff: 'Own staff',
};
const MODE_EN: Record<SamplingMode, string> = { count: 'Number of files', share: 'Share (%)' };
const KIND_EN: Record<CaseKind, string> = {
  penalty: 'Penalty',
  license: 'Licence',
  coercion: 'Coercive measure',
  inspection: 'Inspection',
  levy: 'Levy',
  payment: 'Payment',
  adjudication: 'Adjudication',
  confirmation: 'Confirmation',
  reward: 'Reward',
  other: 'Other',
};

export const gradeLabel = (g: ReviewGrade) => (en ? GRADE_EN : REVIEW_GRADE_LABELS)[g];
export const batchStatusLabel = (s: BatchStatus) => (en ? BATCH_EN : BATCH_STATUS_LABELS)[s];
export const fileStateLabel = (s: FileState) => (en ? STATE_EN : FILE_STATE_LABELS)[s];
export const sheetStatusLabel = (s: AssignmentStatus) => (en ? SHEET_EN : ASSIGNMENT_STATUS_LABELS)[s];
export const sourceLabel = (s: ReviewerSource) => (en ? SOURCE_EN : REVIEWER_SOURCE_LABELS)[s];
export const modeLabel = (m: SamplingMode) => (en ? MODE_EN : SAMPLING_MODE_LABELS)[m];
export const kindLabel = (k: CaseKind) => (en ? KIND_EN : CASE_KIND_LABELS)[k];

/** Tag colours of the grades. */
export const GRADE_COLORS: Record<ReviewGrade, string> = {
  excellent: 'green',
  good: 'blue',
  pass: 'purple',
  fail: 'red',
};

const EVENT_EN: Record<EventType, string> = {
  accepted: 'Accepted',
  filed: 'Filed',
  investigated: 'Investigated',
  notified: 'Notified',
  hearing_requested: 'Hearing requested',
  hearing_held: 'Hearing held',
  legal_review: 'Legal review',
  collective_discussion: 'Collective discussion',
  extension_approved: 'Extension approved',
  decided: 'Decided',
  served: 'Served',
  published: 'Published',
  withdrawn: 'Publication withdrawn',
  executed: 'Executed',
  closed: 'Closed',
  reconsideration_reversed: 'Reversed on reconsideration',
  litigation_reversed: 'Reversed in court',
};
const EVIDENCE_EN: Record<EvidenceKind, string> = {
  document: 'Document',
  photo: 'Photo',
  audio: 'Audio',
  video: 'Video',
};
const PROCEDURE_EN: Record<Procedure, string> = { simple: 'Simple', general: 'General' };
const PENALTY_EN: Record<PenaltyType, string> = {
  warning: 'Warning',
  fine: 'Fine',
  confiscation: 'Confiscation',
  suspension: 'Suspension',
  revocation: 'Revocation',
  detention: 'Detention',
  other: 'Other penalty',
};

export const eventLabel = (e: EventType) => (en ? EVENT_EN : EVENT_TYPE_LABELS)[e];
export const evidenceLabel = (k: EvidenceKind) => (en ? EVIDENCE_EN : EVIDENCE_KIND_LABELS)[k];
export const procedureLabel = (p: Procedure) => (en ? PROCEDURE_EN : PROCEDURE_LABELS)[p];
export const penaltyLabel = (p: PenaltyType) => (en ? PENALTY_EN : PENALTY_TYPE_LABELS)[p];
