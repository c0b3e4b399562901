import type { PublicationPeriod, PublicDecisionQuery } from '@jiandu/contracts/publicity';
import type { Insertable, Updateable } from 'kysely';
import { toNumber } from '../../platform/db/dialect.ts';
import { containing, like } from '../../platform/db/search.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { PublicationPeriodTable, PublicationTable } from './publications.table.ts';

/** The period table, by rank. */
export async function periods(db: Db): Promise<PublicationPeriod[]> {
  const rows = await db.selectFrom('publication_period').selectAll().orderBy('rank').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    rank: r.rank,
    label: r.label,
    kind: r.kind as PublicationPeriod['kind'],
    penaltyType: r.penalty_type as PublicationPeriod['penaltyType'],
    fineBelow: r.fine_below === null ? null : toNumber(r.fine_below),
    warningOnly: r.warning_only === 1,
    months: r.months,
    basis: r.basis,
  }));
}

/** Replaces the period table (the whole table is edited at once). */
export async function replacePeriods(db: Db, rows: Insertable<PublicationPeriodTable>[]): Promise<void> {
  await db.deleteFrom('publication_period').execute();
  if (rows.length) await db.insertInto('publication_period').values(rows).execute();
}

/** A case's publications, newest first. */
export function publicationsOf(db: Db, caseId: string) {
  return db
    .selectFrom('publication')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Stores a new publication. */
export async function insertPublication(db: Db, row: Insertable<PublicationTable>): Promise<void> {
  await db.insertInto('publication').values(row).execute();
}

/** Changes a publication (withdrawal). */
export async function updatePublication(
  db: Db,
  id: string,
  set: Updateable<PublicationTable>,
): Promise<void> {
  await db.updateTable('publication').set(set).where('id', '=', id).execute();
}

function onPortal(db: Db, today: string) {
  return db
    .selectFrom('publication as p')
    .innerJoin('org', 'org.id', 'p.org_id')
    .where('p.status', '=', 'published')
    .where((eb) => eb.or([eb('p.expires_on', 'is', null), eb('p.expires_on', '>=', today)]));
}

/** One page of what the portal shows today. */
export async function portalPage(db: Db, query: PublicDecisionQuery, today: string) {
  let base = onPortal(db, today);
  if (query.q) {
    const text = containing(query.q);
    base = base.where((eb) =>
      eb.or([
        like('p.title', text),
        like('p.party_name', text),
        like('p.document_number', text),
        like('org.name', text),
      ]),
    );
  }
  if (query.agencyCreditCode) base = base.where('org.credit_code', '=', query.agencyCreditCode);
  if (query.from) base = base.where('p.decided_on', '>=', query.from);
  if (query.to) base = base.where('p.decided_on', '<=', query.to);
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select(['p.content'])
    .orderBy('p.published_on', 'desc')
    .orderBy('p.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { total: toNumber(count.n), contents: rows.map((r) => r.content) };
}

/** One publication the portal shows today, or undefined. */
export async function portalOne(db: Db, id: string, today: string) {
  return onPortal(db, today).select(['p.content']).where('p.id', '=', id).executeTakeFirst();
}

/** The newest publications for the feed. */
export async function portalLatest(db: Db, today: string, limit: number) {
  const rows = await onPortal(db, today)
    .select(['p.content', 'p.created_at'])
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(limit)
    .execute();
  return rows;
}
