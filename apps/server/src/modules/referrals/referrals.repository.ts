import type { PageQuery } from '@jiandu/contracts/paging';
import { REFERRAL_WINDOW_STAGES } from '@jiandu/contracts/referral-labels';
import type { ReferralListQuery } from '@jiandu/contracts/referrals';
import { type Insertable, sql, type Updateable } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { ReferralEventTable, ReferralTable } from './referrals.table.ts';

/** A referral with its org's name and place in the tree. */
export interface ReferralRow extends ReferralTable {
  org_name: string;
  org_short_name: string | null;
  org_path: string;
}

const ACTIVE = ['submitted', 'approved', 'received', 'answered', 'reconsideration', 'supervision'] as const;

function filtered(db: Db, scopes: readonly ResolvedScope[], filter: ReferralListQuery, now: string) {
  let query = db
    .selectFrom('referral as r')
    .innerJoin('org', 'org.id', 'r.org_id')
    .where((eb) => scopeFilter(eb, scopes, { org: 'r.org_id', region: 'r.region_code' }));
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (filter.targetKind) query = query.where('r.target_kind', '=', filter.targetKind);
  if (filter.origin) query = query.where('r.origin', '=', filter.origin);
  if (filter.orgId) query = query.where('r.org_id', '=', filter.orgId);
  if (filter.from) query = query.where('r.drafted_on', '>=', filter.from);
  if (filter.to) query = query.where('r.drafted_on', '<=', filter.to);
  // Overdue: past the deadline by this clock, or marked by the reminder job (whose clock may differ).
  // A window of the org's own (规定第九条) that passed is closed, not overdue.
  if (filter.due === 'overdue')
    query = query
      .where('r.due_at', 'is not', null)
      .where((eb) =>
        eb.or([
          eb.and([eb('r.due_at', '<', now), eb('r.stage', 'not in', REFERRAL_WINDOW_STAGES)]),
          eb('r.overdue_stage', 'is not', null),
        ]),
      );
  if (filter.due === 'pending')
    query = query.where('r.due_at', '>=', now).where('r.overdue_stage', 'is', null);
  if (filter.q) {
    const like = `%${filter.q}%`;
    query = query.where((eb) =>
      eb.or([
        eb('r.title', 'like', like),
        eb('r.number', 'like', like),
        eb('r.target_name', 'like', like),
        eb('r.subject_name', 'like', like),
      ]),
    );
  }
  return query;
}

function withNames<T extends ReturnType<typeof filtered>>(query: T) {
  return query
    .selectAll('r')
    .select(['org.name as org_name', 'org.short_name as org_short_name', 'org.path as org_path']);
}

/** One page of the referrals some scope reaches: those with a deadline first, soonest first. */
export async function listReferrals(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: ReferralListQuery,
  page: PageQuery,
  now: string,
): Promise<{ total: number; rows: ReferralRow[] }> {
  const total = await countReferrals(db, scopes, filter, now);
  const rows = await ordered(withNames(filtered(db, scopes, filter, now)))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total, rows: rows as ReferralRow[] };
}

function ordered<T extends ReturnType<typeof withNames>>(query: T) {
  return query
    .orderBy(sql`case when r.due_at is null then 1 else 0 end`)
    .orderBy('r.due_at')
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id');
}

/** Every matching referral up to `limit` (the export). */
export async function listAllReferrals(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: ReferralListQuery,
  now: string,
  limit: number,
): Promise<ReferralRow[]> {
  return (await ordered(withNames(filtered(db, scopes, filter, now)))
    .limit(limit)
    .execute()) as ReferralRow[];
}

export async function countReferrals(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: ReferralListQuery,
  now: string,
): Promise<number> {
  const { n } = await filtered(db, scopes, filter, now)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return toNumber(n);
}

/** One referral with names, whoever may see it (the service checks the scope). */
export async function findReferral(db: Db, id: string): Promise<ReferralRow | undefined> {
  return (await withNames(filtered(db, [{ kind: 'all' }], {}, ''))
    .where('r.id', '=', id)
    .executeTakeFirst()) as ReferralRow | undefined;
}

/** Referrals waiting on a deadline (the reminder job), soonest first. */
export async function awaitingDeadlines(db: Db): Promise<ReferralRow[]> {
  return (await withNames(filtered(db, [{ kind: 'all' }], {}, ''))
    .where('r.status', 'in', ACTIVE)
    .where('r.due_at', 'is not', null)
    .orderBy('r.due_at')
    .orderBy('r.id')
    .execute()) as ReferralRow[];
}

/** The next number in an org's yearly sequence of referral documents. */
export async function nextSeq(db: Db, orgId: string, year: number): Promise<number> {
  const { n } = await db
    .selectFrom('referral')
    .select((eb) => eb.fn.max('seq').as('n'))
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .executeTakeFirstOrThrow();
  return toNumber(n ?? 0) + 1;
}

export async function insertReferral(db: Db, row: Insertable<ReferralTable>): Promise<void> {
  await db.insertInto('referral').values(row).execute();
}

/** Changes a referral still in the expected status; returns whether it changed. */
export async function changeReferral(
  db: Db,
  id: string,
  expected: ReferralTable['status'],
  set: Updateable<ReferralTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('referral')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', expected)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

/** Marks the current stage overdue once; returns whether this was the first time. */
export async function markOverdue(db: Db, id: string, stage: ReferralTable['stage']): Promise<boolean> {
  const result = await db
    .updateTable('referral')
    .set({ overdue_stage: stage })
    .where('id', '=', id)
    .where('stage', '=', stage)
    .where('overdue_stage', 'is', null)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

/** Ends a window of the org's own once it has passed; returns whether it was still open. */
export async function closeWindow(db: Db, id: string, stage: ReferralTable['stage']): Promise<boolean> {
  const result = await db
    .updateTable('referral')
    .set({ stage: null, due_at: null })
    .where('id', '=', id)
    .where('stage', '=', stage)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

export async function insertEvent(db: Db, row: ReferralEventTable): Promise<void> {
  await db.insertInto('referral_event').values(row).execute();
}

export function eventsOf(db: Db, referralId: string): Promise<ReferralEventTable[]> {
  return db
    .selectFrom('referral_event')
    .selectAll()
    .where('referral_id', '=', referralId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}
