import type { Attachment } from '@jiandu/contracts/matters';
import type { ReferralDetail, ReferralMaterial, ReferralSummary } from '@jiandu/contracts/referrals';
import type { ReferralRow } from './referrals.repository.ts';
import type { ReferralEventTable } from './referrals.table.ts';

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
    overdue: row.overdue_stage !== null || (row.due_at !== null && row.due_at < now),
    draftedOn: row.drafted_on,
    sentOn: row.sent_on,
    outcome: row.outcome,
  };
}

const due = (value: string | null, rule: string | null) => (value && rule ? { due: value, rule } : null);

/** A referral with its materials, deadlines and history. */
export function presentDetail(
  row: ReferralRow,
  events: readonly ReferralEventTable[],
  now: string,
): ReferralDetail {
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
    decidedByReceiverOn: row.outcome_on,
    feedbackDocumentNumber: row.outcome_number,
    feedbackReasons: row.outcome_reasons,
    feedbackAttachments: JSON.parse(row.feedback_attachments) as Attachment[],
    handoverDue: due(row.handover_due_on, row.handover_due_rule),
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

/** Every attachment a referral names: materials, receipt and feedback. */
export function attachmentsOf(row: ReferralRow): Attachment[] {
  return [
    ...materialsOf(row).flatMap((m) => (m.attachment ? [m.attachment] : [])),
    ...(JSON.parse(row.receipt_attachments) as Attachment[]),
    ...(JSON.parse(row.feedback_attachments) as Attachment[]),
  ];
}
