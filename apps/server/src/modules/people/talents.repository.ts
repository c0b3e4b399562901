import type { PageQuery } from '@jiandu/contracts/paging';
import type { TalentListQuery } from '@jiandu/contracts/people';
import { sql } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { TalentTable } from './people.table.ts';
import { underOrg } from './supervisors.repository.ts';

/** A talent entry with what scope checks and the list need of its org. */
export type TalentRow = TalentTable & { org_name: string; org_path: string; org_region_code: string };

const SORTABLE = {
  name: 'talent.name',
  entry: 'talent.entry_date',
  level: 'talent.level',
  org: 'org.name',
  created: 'talent.created_at',
} as const;

const details = [
  'org.name as org_name',
  'org.path as org_path',
  'org.region_code as org_region_code',
] as const;

function baseQuery(db: Db, scopes: readonly ResolvedScope[], filter: TalentListQuery) {
  let query = db
    .selectFrom('talent')
    .innerJoin('org', 'org.id', 'talent.org_id')
    .where((eb) => scopeFilter(eb, scopes, { org: 'talent.org_id', region: 'org.region_code' }));
  if (filter.q) {
    const like = `%${filter.q}%`;
    query = query.where((eb) => eb.or([eb('talent.name', 'like', like), eb('talent.skills', 'like', like)]));
  }
  if (filter.orgId) {
    const orgId = filter.orgId;
    query = query.where((eb) => underOrg(eb, orgId));
  }
  if (filter.field) query = query.where('talent.fields', 'like', `%"${filter.field}"%`);
  if (filter.source) query = query.where('talent.source', '=', filter.source);
  if (filter.level) query = query.where('talent.level', '=', filter.level);
  if (filter.status) query = query.where('talent.status', '=', filter.status);
  return query;
}

/** One page of talent entries within the scopes, with the total. */
export async function listTalents(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: TalentListQuery,
  page: PageQuery,
) {
  const query = baseQuery(db, scopes, filter);
  const { total } = await query.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow();
  const sort = SORTABLE[(page.sort ?? 'entry') as keyof typeof SORTABLE] ?? 'talent.entry_date';
  const rows = await query
    .selectAll('talent')
    .select(details)
    .orderBy(sql.ref(sort), page.order)
    .orderBy('talent.name')
    .orderBy('talent.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total: toNumber(total), rows: rows as TalentRow[] };
}

/** Every talent entry within the scopes matching the filter (export). */
export function listAllTalents(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: TalentListQuery,
): Promise<TalentRow[]> {
  return baseQuery(db, scopes, filter)
    .selectAll('talent')
    .select(details)
    .orderBy('org.path')
    .orderBy('talent.name')
    .orderBy('talent.id')
    .execute();
}

/** One entry by id, ignoring scope (callers check it). */
export function findTalent(db: Db, id: string): Promise<TalentRow | undefined> {
  return db
    .selectFrom('talent')
    .innerJoin('org', 'org.id', 'talent.org_id')
    .selectAll('talent')
    .select(details)
    .where('talent.id', '=', id)
    .executeTakeFirst();
}

export async function insertTalent(db: Db, row: TalentTable): Promise<void> {
  await db.insertInto('talent').values(row).execute();
}

export async function updateTalent(db: Db, id: string, changes: Partial<TalentTable>): Promise<void> {
  await db.updateTable('talent').set(changes).where('id', '=', id).execute();
}
