import type { Attachment } from '@jiandu/contracts/matters';
import { REFERRAL_WINDOW_STAGES, type ReferralReviewKind } from '@jiandu/contracts/referral-labels';
import type {
  ReferralApprovalRound,
  ReferralDetail,
  ReferralMaterial,
  ReferralReview,
  ReferralSummary,
} from '@jiandu/contracts/referrals';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { ReferralRow } from './referrals.repository.ts';
import type { ReferralApprovalTable, ReferralEventTable, ReferralReviewTable } from './referrals.table.ts';

/** A referral as a list row; `now` decides whether its current deadline has passed. */
export function presentSummary(row: ReferralRow, now: string): ReferralSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    orgId: row.org_id,
    orgName: row.org_name,
    regionCode: row.region_code,
    targetKind: row.target_kind,
    targetName: row.target_name,
    origin: row.origin,
    originRef: row.origin_ref,
    subjectName: row.subject_name,
    status: row.status,
    stage: row.stage,
    dueAt: row.due_at,
    // A window of the org's own that passed is closed, not missed.
    overdue:
      row.overdue_stage !== null ||
      (row.due_at !== null && row.due_at < now && !REFERRAL_WINDOW_STAGES.includes(row.stage!)),
    draftedOn: row.drafted_on,
    sentOn: row.sent_on,
    outcome: row.outcome,
  };
}

const due = (value: string | null, rule: string | null) => (value && rule ? { due: value, rule } : null);

/** What a referral holds beside its row: history, approval rounds, reconsideration and supervision. */
export interface ReferralParts {
  events: readonly ReferralEventTable[];
  approvals: readonly ReferralApprovalTable[];
  reviews: readonly ReferralReviewTable[];
}

/**
 * The requests the org may still make against a refusal to file: both after the refusal, only
 * supervision after a reconsideration upheld it; none once its window has passed.
 */
function openKinds(
  row: ReferralRow,
  reviews: readonly ReferralReviewTable[],
  now: string,
): ReferralReviewKind[] {
  if (row.status !== 'answered' || !row.stage || !REFERRAL_WINDOW_STAGES.includes(row.stage)) return [];
  if (!row.review_window_on || todayInShanghai(new Date(now)) > row.review_window_on) return [];
  return reviews.some((r) => r.kind === 'reconsideration')
    ? ['supervision']
    : ['reconsideration', 'supervision'];
}

function presentApproval(a: ReferralApprovalTable): ReferralApprovalRound {
  return {
    round: a.round,
    submittedAt: a.submitted_at,
    submittedBy: a.submitted_by,
    due: { due: a.due_on, rule: a.due_rule },
    decision: a.decision,
    decidedAt: a.decided_at,
    decidedBy: a.decided_by,
    reason: a.reason,
  };
}

function presentReview(r: ReferralReviewTable): ReferralReview {
  return {
    id: r.id,
    kind: r.kind,
    bodyName: r.body_name,
    requestedOn: r.requested_on,
    requestedBy: r.requested_by,
    documentNumber: r.request_number,
    reasons: r.request_reasons,
    attachments: JSON.parse(r.request_attachments) as Attachment[],
    window: { due: r.window_on, rule: r.window_rule },
    decisionDue: due(r.due_on, r.due_rule),
    result: r.result,
    decidedOn: r.decided_on,
    notifiedOn: r.notified_on,
    resultNumber: r.result_number,
    resultReasons: r.result_reasons,
    resultAttachments: JSON.parse(r.result_attachments) as Attachment[],
    recordedBy: r.recorded_by,
  };
}

/** A referral with its materials, deadlines, approval rounds, requests against a refusal and history. */
export function presentDetail(row: ReferralRow, parts: ReferralParts, now: string): ReferralDetail {
  const { events, approvals, reviews } = parts;
  return {
    ...presentSummary(row, now),
    originLabel: row.origin_label,
    suspectedOffence: row.suspected_offence,
    facts: row.facts,
    handlers: JSON.parse(row.handlers) as ReferralDetail['handlers'],
    materials: materialsOf(row),
    draftedBy: row.drafted_by,
    submittedAt: row.submitted_at,
    submittedBy: row.submitted_by,
    submittedById: row.submitted_by_id,
    approvalDue: due(row.approval_due_on, row.approval_due_rule),
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    refusalReason: row.refusal_reason,
    transferDue: due(row.transfer_due_at, row.transfer_due_rule),
    sentBy: row.sent_by,
    receivedOn: row.received_on,
    receiver: row.receiver,
    receiptAttachments: JSON.parse(row.receipt_attachments) as Attachment[],
    feedbackDue: due(row.feedback_due_on, row.feedback_due_rule),
    // A filing after reconsideration or supervision makes `outcome` filed; the first answer was a refusal.
    feedbackOutcome: reviews.length ? 'not_filed' : row.outcome,
    decidedByReceiverOn: row.outcome_on,
    notifiedOn: row.notified_on,
    feedbackDocumentNumber: row.outcome_number,
    feedbackReasons: row.outcome_reasons,
    feedbackAttachments: JSON.parse(row.feedback_attachments) as Attachment[],
    handoverDue: due(row.handover_due_on, row.handover_due_rule),
    reviewWindow: due(row.review_window_on, row.review_window_rule),
    reviewWindowKinds: openKinds(row, reviews, now),
    approvals: approvals.map(presentApproval),
    reviews: reviews.map(presentReview),
    handedOverOn: row.handed_over_on,
    closedOn: row.closed_on,
    conclusion: row.conclusion,
    hasDocument: row.pdf_sha256 !== null,
    history: events.map((e) => ({ id: e.id, kind: e.kind, at: e.at, actorName: e.actor_name, note: e.note })),
  };
}

/** The materials list as stored (JSON). */
export function materialsOf(row: Pick<ReferralRow, 'materials'>): ReferralMaterial[] {
  return JSON.parse(row.materials) as ReferralMaterial[];
}

/** Every attachment a referral names: materials, receipt, feedback, and its requests and their answers. */
export function attachmentsOf(row: ReferralRow, reviews: readonly ReferralReviewTable[]): Attachment[] {
  return [
    ...materialsOf(row).flatMap((m) => (m.attachment ? [m.attachment] : [])),
    ...(JSON.parse(row.receipt_attachments) as Attachment[]),
    ...(JSON.parse(row.feedback_attachments) as Attachment[]),
    ...reviews.flatMap((r) => [
      ...(JSON.parse(r.request_attachments) as Attachment[]),
      ...(JSON.parse(r.result_attachments) as Attachment[]),
    ]),
  ];
}
