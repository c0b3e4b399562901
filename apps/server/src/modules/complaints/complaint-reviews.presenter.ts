import type { ComplaintDetail } from '@jiandu/contracts/complaints';
import type { ComplaintReviewRow } from './complaint-reviews.repository.ts';
import type { ComplaintRow } from './complaints.repository.ts';

/** What a complaint's page shows of 复查/复核 and of a route to 行政复议 or 行政诉讼. */
export type PetitionDetail = Pick<ComplaintDetail, 'reviews' | 'reviewWindow' | 'concludedRepeat' | 'route'>;

/** The reviews as the page lists them, the window open now, a concluded repeat and the route out. */
export function presentPetition(
  row: ComplaintRow,
  reviews: readonly ComplaintReviewRow[],
  reviewWindow: ComplaintDetail['reviewWindow'],
  concluded: { id: string; tracking_code: string; title: string; answered_on: string | null } | undefined,
): PetitionDetail {
  return {
    reviews: reviews.map((r) => ({
      level: r.level,
      requestedOn: r.requested_on,
      answerReceivedOn: r.answer_received_on,
      window: { due: r.window_until, rule: r.window_rule },
      requestedBy: r.requested_by,
      reason: r.reason,
      orgId: r.org_id,
      orgName: r.org_name,
      due: { due: r.due_on, rule: r.due_rule },
      answer: r.answer,
      answeredOn: r.answered_on,
      answeredBy: r.answered_by,
    })),
    reviewWindow,
    concludedRepeat: concluded?.answered_on
      ? {
          id: concluded.id,
          trackingCode: concluded.tracking_code,
          title: concluded.title,
          recheckedOn: concluded.answered_on,
        }
      : null,
    route:
      row.route_to && row.route_note
        ? { to: row.route_to, note: row.route_note, deadlineOn: row.route_deadline_on }
        : null,
  };
}
