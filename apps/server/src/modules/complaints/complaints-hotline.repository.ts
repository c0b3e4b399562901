import type { ComplaintStatus } from '@jiandu/contracts/complaint-labels';
import type { ResolvedScope } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import { filtered } from './complaints.repository.ts';

/** The statuses whose result goes back to the 12345 platform: answered, rated, closed. */
export const REPORTABLE: readonly ComplaintStatus[] = ['answered', 'rated', 'closed'];

/** What the 12345 results export reads of a work order (no personal data). */
export interface HotlineResultRow {
  id: string;
  external_ref: string | null;
  org_name: string;
  status: ComplaintStatus;
  accepted_on: string | null;
  answered_on: string | null;
  answer: string | null;
  answer_due_on: string | null;
  callback_at: string | null;
  callback_result: 'reached' | 'unreachable' | null;
  rating: 'satisfied' | 'basically' | 'unsatisfied' | null;
  hotline_reported_at: string | null;
}

/**
 * The 12345 work orders some scope reaches that were answered in the period (答复日期) and have a
 * result (answered, rated, closed); with `unreported`, only those never reported or reported in
 * another status since. In answer order, at most `limit`.
 */
export async function hotlineResults(
  db: Db,
  scopes: readonly ResolvedScope[],
  query: { from?: string | undefined; to?: string | undefined; unreported: boolean },
  limit: number,
): Promise<HotlineResultRow[]> {
  let q = filtered(db, scopes, { channel: 'hotline_12345' })
    .where('c.status', 'in', REPORTABLE)
    .where('c.answered_on', 'is not', null);
  if (query.from) q = q.where('c.answered_on', '>=', query.from);
  if (query.to) q = q.where('c.answered_on', '<=', query.to);
  if (query.unreported)
    q = q.where((eb) =>
      eb.or([
        eb('c.hotline_reported_status', 'is', null),
        eb('c.hotline_reported_status', '!=', eb.ref('c.status')),
      ]),
    );
  return q
    .select([
      'c.id',
      'c.external_ref',
      'org.name as org_name',
      'c.status',
      'c.accepted_on',
      'c.answered_on',
      'c.answer',
      'c.answer_due_on',
      'c.callback_at',
      'c.callback_result',
      'c.rating',
      'c.hotline_reported_at',
    ])
    .orderBy('c.answered_on')
    .orderBy('c.external_ref')
    .orderBy('c.id')
    .limit(limit)
    .execute() as Promise<HotlineResultRow[]>;
}

/**
 * Records that work orders were reported back in the given status: only those some scope reaches,
 * still in that status (one that moved on since the export waits for the next one). Returns how
 * many were marked.
 */
export async function markReported(
  db: Db,
  scopes: readonly ResolvedScope[],
  orders: readonly { complaintId: string; status: ComplaintStatus }[],
  now: string,
): Promise<number> {
  let marked = 0;
  for (let start = 0; start < orders.length; start += 500) {
    const chunk = orders.slice(start, start + 500);
    const reachable = await filtered(db, scopes, { channel: 'hotline_12345' })
      .select(['c.id', 'c.status'])
      .where(
        'c.id',
        'in',
        chunk.map((o) => o.complaintId),
      )
      .where('c.status', 'in', REPORTABLE)
      .orderBy('c.id')
      .execute();
    const current = new Map(reachable.map((r) => [r.id, r.status]));
    // One update per exported status, for the orders still in the status they were exported in.
    const byStatus = new Map<ComplaintStatus, string[]>();
    for (const order of chunk)
      if (current.get(order.complaintId) === order.status)
        byStatus.set(order.status, [...(byStatus.get(order.status) ?? []), order.complaintId]);
    for (const [status, ids] of byStatus) {
      const result = await db
        .updateTable('complaint')
        .set({ hotline_reported_status: status, hotline_reported_at: now })
        .where('id', 'in', ids)
        .where('status', '=', status)
        .executeTakeFirst();
      marked += toNumber(result.numUpdatedRows);
    }
  }
  return marked;
}
