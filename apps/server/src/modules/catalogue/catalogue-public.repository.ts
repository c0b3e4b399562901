import type { ItemKind, ListKind } from '@jiandu/contracts/catalogue-labels';
import { sql } from 'kysely';
import { containing, like } from '../../platform/db/search.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { PublicItemRow } from './catalogue.presenter.ts';

/** Versions in force on a date: took effect on or before it and not ended before it. */
function inForce(alias: string, date: string) {
  const from = sql.ref(`${alias}.effective_from`);
  const to = sql.ref(`${alias}.effective_to`);
  return sql<boolean>`${from} is not null and ${from} <= ${date} and (${to} is null or ${to} >= ${date})`;
}

/**
 * Items with the version in force today, driven from the small `item` rows (name, code, agency) so
 * a search does not read every version's content; the matched name is the item's published name.
 */
function base(db: Db, today: string) {
  return db
    .selectFrom('item')
    .innerJoin('org', 'org.id', 'item.org_id')
    .innerJoin('item_version as v', (join) =>
      join.onRef('v.item_id', '=', 'item.id').on('v.subject', '=', 'item').on(inForce('v', today)),
    )
    .leftJoin('item_version as b', (join) =>
      join.onRef('b.item_id', '=', 'item.id').on('b.subject', '=', 'benchmark').on(inForce('b', today)),
    )
    .where('item.status', 'in', ['published', 'withdrawn'])
    .where('org.credit_code', 'is not', null);
}

/** Items in force today for the public, by agency then code. */
export async function publicItems(
  db: Db,
  filter: {
    agencyCreditCode?: string | undefined;
    q?: string | undefined;
    kind?: ItemKind | undefined;
    list?: ListKind | undefined;
  },
  today: string,
  limit: number,
): Promise<PublicItemRow[]> {
  let query = base(db, today);
  if (filter.agencyCreditCode) {
    // By the agency's id, so the planner starts from that agency's items rather than every version.
    const org = await db
      .selectFrom('org')
      .select('id')
      .where('credit_code', '=', filter.agencyCreditCode)
      .executeTakeFirst();
    if (!org) return [];
    query = query.where('item.org_id', '=', org.id);
  }
  if (filter.kind) query = query.where('item.kind', '=', filter.kind);
  // Benchmark content is stored as compact JSON, so a list entry reads exactly like this.
  if (filter.list) query = query.where(like('b.content', containing(`"list":"${filter.list}"`)));
  if (filter.q) {
    const text = containing(filter.q);
    const code = containing(filter.q.toUpperCase());
    query = query.where((eb) => eb.or([like('item.name', text), like('item.code', code)]));
  }
  const rows = await query
    .select([
      'item.code',
      'v.content',
      'v.version',
      'v.effective_from',
      'org.name as agency_name',
      'org.credit_code as agency_credit_code',
      sql<string | null>`case when b.id is null then null else '1' end`.as('benchmark'),
      sql<number>`case when b.content like ${'%"list":"firstOffenceExempt"%'} then 1 else 0 end`.as(
        'first_offence_exempt',
      ),
      sql<number>`case when b.content like ${'%"list":"notPunished"%'} then 1 else 0 end`.as('not_punished'),
      'b.version as benchmark_version',
      'b.effective_from as benchmark_from',
    ])
    .orderBy('org.region_code')
    .orderBy('org.name')
    .orderBy('item.code')
    .orderBy('v.id')
    .limit(limit)
    .execute();
  return rows as PublicItemRow[];
}

/** One item in force today, with the benchmark in force today. */
export async function publicItem(
  db: Db,
  creditCode: string,
  code: string,
  today: string,
): Promise<PublicItemRow | undefined> {
  const row = await base(db, today)
    .where('org.credit_code', '=', creditCode)
    .where('item.code', '=', code)
    .select([
      'item.code',
      'v.content',
      'v.version',
      'v.effective_from',
      'org.name as agency_name',
      'org.credit_code as agency_credit_code',
      'b.content as benchmark',
      sql<number>`case when b.content like ${'%"list":"firstOffenceExempt"%'} then 1 else 0 end`.as(
        'first_offence_exempt',
      ),
      sql<number>`case when b.content like ${'%"list":"notPunished"%'} then 1 else 0 end`.as('not_punished'),
      'b.version as benchmark_version',
      'b.effective_from as benchmark_from',
    ])
    .executeTakeFirst();
  return row as PublicItemRow | undefined;
}
