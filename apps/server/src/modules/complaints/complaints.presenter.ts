import type { ComplaintDetail, ComplaintSummary, ComplaintTarget } from '@jiandu/contracts/complaints';
import type { Attachment } from '@jiandu/contracts/matters';
import type { PetitionDetail } from './complaint-reviews.presenter.ts';
import type { ComplaintRow } from './complaints.repository.ts';
import type { ComplaintEventTable } from './complaints.table.ts';

/** A complaint as a list row, with how many others it resembles. */
export function presentSummary(row: ComplaintRow): ComplaintSummary {
  const target = JSON.parse(row.target) as ComplaintTarget;
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    title: row.title,
    channel: row.channel,
    category: row.category,
    status: row.status,
    orgId: row.org_id,
    orgName: row.org_name,
    agencyId: row.agency_org_id,
    agencyName: row.agency_name ?? target.agencyName ?? null,
    anonymous: !!row.anonymous,
    stage: row.stage,
    dueOn: row.due_on,
    overdue: row.overdue_stage !== null,
    registeredOn: row.registered_on,
    duplicateCount: Number(row.duplicate_count ?? 0),
  };
}

const due = (value: string | null, rule: string | null) => (value && rule ? { due: value, rule } : null);

/** A complaint with its deadlines, history and links; `identity` is null unless the reader may see it. */
export function presentDetail(
  row: ComplaintRow,
  events: readonly ComplaintEventTable[],
  related: ComplaintDetail['related'],
  identity: ComplaintDetail['complainant'],
  reopenUntil: string | null,
  petition: PetitionDetail,
): ComplaintDetail {
  return {
    ...presentSummary(row),
    confidential: !!row.confidential,
    complainant: identity,
    identityHidden: !row.anonymous && identity === null,
    regionCode: row.region_code,
    target: JSON.parse(row.target) as ComplaintTarget,
    content: row.content,
    attachments: JSON.parse(row.attachments) as Attachment[],
    profile: row.profile,
    acceptDue: due(row.accept_due_on, row.accept_due_rule),
    answerDue: due(row.answer_due_on, row.answer_due_rule),
    acceptedOn: row.accepted_on,
    declineReason: row.decline_reason,
    transferredTo: row.transferred_to,
    extension:
      row.extension_status && row.extension_days && row.extension_reason && row.extension_requested_by
        ? {
            days: row.extension_days,
            reason: row.extension_reason,
            requestedBy: row.extension_requested_by,
            status: row.extension_status,
            decidedBy: row.extension_decided_by,
          }
        : null,
    answer: row.answer,
    answeredOn: row.answered_on,
    rating: row.rating,
    ratingComment: row.rating_comment,
    reopenCount: row.reopen_count,
    closedOn: row.closed_on,
    matterId: row.matter_id,
    externalRef: row.external_ref,
    externalDueOn: row.external_due_on,
    hotlineOrderType: row.hotline_order_type,
    hotlineReported:
      row.hotline_reported_at && row.hotline_reported_status
        ? { at: row.hotline_reported_at, status: row.hotline_reported_status }
        : null,
    callback:
      row.callback_at && row.callback_method && row.callback_result && row.callback_by
        ? {
            at: row.callback_at,
            method: row.callback_method,
            result: row.callback_result,
            attempts: row.callback_attempts,
            by: row.callback_by,
          }
        : null,
    callbackChannel: row.channel !== 'web',
    reopenUntil,
    ...petition,
    related,
    history: events.map((e) => ({ id: e.id, kind: e.kind, at: e.at, actorName: e.actor_name, note: e.note })),
  };
}
