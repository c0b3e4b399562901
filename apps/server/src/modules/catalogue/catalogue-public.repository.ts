import type { ItemKind } from '@jiandu/contracts/catalogue-labels';
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

function base(db: Db, today: string) {
  return db
    .selectFrom('item_version as v')
    .innerJoin('item', 'item.id', 'v.item_id')
    .innerJoin('org', 'org.id', 'item.org_id')
    .leftJoin('item_version as b', (join) =>
      join.onRef('b.item_id', '=', 'item.id').on('b.subject', '=', 'benchmark').on(inForce('b', today)),
    )
    .where('v.subject', '=', 'item')
    .where(inForce('v', today))
    .where('org.credit_code', 'is not', null);
}

/** Items in force today for the public, by agency then code. */
export async function publicItems(
  db: Db,
  filter: { agencyCreditCode?: string | undefined; q?: string | undefined; kind?: ItemKind | undefined },
  today: string,
  limit: number,
): Promise<PublicItemRow[]> {
  let query = base(db, today);
  if (filter.agencyCreditCode) query = query.where('org.credit_code', '=', filter.agencyCreditCode);
  if (filter.kind) query = query.where('item.kind', '=', filter.kind);
  if (filter.q) {
    const text = containing(filter.q);
    const code = containing(filter.q.toUpperCase());
    query = query.where((eb) => eb.or([like('v.name', text), like('item.code', code)]));
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
      'b.version as benchmark_version',
      'b.effective_from as benchmark_from',
    ])
    .executeTakeFirst();
  return row as PublicItemRow | undefined;
}
