import type { ComplaintStatisticsQuery } from '@jiandu/contracts/complaints';
import type { ResolvedScope } from '../../platform/authz/scope.ts';
import type { Db } from '../../platform/db/tables.ts';
import { filtered } from './complaints.repository.ts';
import type { ComplaintTable } from './complaints.table.ts';

/** What the statistics read of one complaint. */
export type StatisticsRow = Pick<
  ComplaintTable,
  | 'channel'
  | 'category'
  | 'status'
  | 'agency_org_id'
  | 'accept_due_on'
  | 'accepted_on'
  | 'transferred_to'
  | 'answer_due_on'
  | 'answered_on'
  | 'due_on'
  | 'extension_status'
  | 'rating'
  | 'reopen_count'
  | 'route_to'
> & {
  agency_name: string | null;
  /** When the complaint was declined (the history line's time), if it was. */
  declined_at: string | null;
  /** How many levels of review (复查, then 复核) a petition went to: 0, 1 or 2. */
  review_count: number | string | bigint | null;
};

/**
 * The complaints some scope reaches registered in the period (dates inclusive), handled by the
 * org `orgPath` names or one under it, with what the figures need. One row per complaint: the
 * figures are counted in the service, where the day a complaint was declined is read in Beijing time.
 */
export function statisticsRows(
  db: Db,
  scopes: readonly ResolvedScope[],
  query: Omit<ComplaintStatisticsQuery, 'orgId'>,
  orgPath: string | null,
): Promise<StatisticsRow[]> {
  let q = filtered(db, scopes, { from: query.from, to: query.to });
  if (orgPath !== null) q = q.where('org.path', 'like', `${orgPath}%`);
  return q
    .select([
      'c.channel',
      'c.category',
      'c.status',
      'c.agency_org_id',
      'agency.name as agency_name',
      'c.accept_due_on',
      'c.accepted_on',
      'c.transferred_to',
      'c.answer_due_on',
      'c.answered_on',
      'c.due_on',
      'c.extension_status',
      'c.rating',
      'c.reopen_count',
      'c.route_to',
    ])
    .select((eb) =>
      eb
        .selectFrom('complaint_review as r')
        .select((x) => x.fn.countAll().as('n'))
        .where('r.complaint_id', '=', eb.ref('c.id'))
        .as('review_count'),
    )
    .select((eb) =>
      eb
        .selectFrom('complaint_event as e')
        .select((x) => x.fn.min('e.at').as('at'))
        .where('e.complaint_id', '=', eb.ref('c.id'))
        .where('e.kind', '=', 'declined')
        .as('declined_at'),
    )
    .orderBy('c.registered_on')
    .orderBy('c.id')
    .execute() as Promise<StatisticsRow[]>;
}
