import type { PageQuery } from '@jiandu/contracts/paging';
import { sql } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { OrgTable } from './orgs.table.ts';

/** An org row with what the list shows beside it. */
export type OrgRow = OrgTable & { region_name: string | null; child_count: number };

/** List filters. */
export interface OrgFilter {
  q?: string | undefined;
  parentId?: string | undefined;
  kind?: OrgTable['kind'] | undefined;
  status?: OrgTable['status'] | undefined;
  regionCode?: string | undefined;
}

const SORTABLE = {
  name: 'org.name',
  region: 'org.region_code',
  created: 'org.created_at',
  sort: 'org.sort_order',
} as const;

function baseQuery(db: Db, scopes: readonly ResolvedScope[], filter: OrgFilter) {
  let query = db
    .selectFrom('org')
    .leftJoin('region', 'region.code', 'org.region_code')
    .where((eb) => scopeFilter(eb, scopes, { org: 'org.id', region: 'org.region_code' }));
  if (filter.q) {
    const like = `%${filter.q}%`;
    query = query.where((eb) =>
      eb.or([
        eb('org.name', 'like', like),
        eb('org.credit_code', 'like', like),
        eb('org.short_name', 'like', like),
      ]),
    );
  }
  if (filter.parentId) query = query.where('org.parent_id', '=', filter.parentId);
  if (filter.kind) query = query.where('org.kind', '=', filter.kind);
  if (filter.status) query = query.where('org.status', '=', filter.status);
  if (filter.regionCode)
    query = query.where('org.region_code', 'like', `${filter.regionCode.replace(/(00)+$/, '')}%`);
  return query;
}

/** One page of orgs within the scopes, with the total. */
export async function listOrgs(db: Db, scopes: readonly ResolvedScope[], filter: OrgFilter, page: PageQuery) {
  const query = baseQuery(db, scopes, filter);
  const { total } = await query.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow();
  const sortColumn = SORTABLE[(page.sort ?? 'sort') as keyof typeof SORTABLE] ?? 'org.sort_order';
  const rows = await query
    .selectAll('org')
    .select('region.full_name as region_name')
    .select((eb) =>
      eb
        .selectFrom('org as child')
        .select((c) => c.fn.countAll().as('n'))
        .whereRef('child.parent_id', '=', 'org.id')
        .as('child_count'),
    )
    .orderBy(sql.ref(sortColumn), page.order)
    .orderBy('org.name')
    .orderBy('org.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return {
    total: toNumber(total),
    rows: rows.map((r) => ({ ...r, child_count: toNumber(r.child_count) })) as OrgRow[],
  };
}

/** Every org within the scopes matching the filter, for export (streamed in pages by the caller). */
export async function listAllOrgs(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: OrgFilter,
): Promise<OrgRow[]> {
  const rows = await baseQuery(db, scopes, filter)
    .selectAll('org')
    .select('region.full_name as region_name')
    .select(sql<number>`0`.as('child_count'))
    .orderBy('org.path')
    .execute();
  return rows as OrgRow[];
}

/** One org by id, ignoring scope (callers check it). */
export function findOrg(db: Db, id: string): Promise<OrgTable | undefined> {
  return db.selectFrom('org').selectAll().where('id', '=', id).executeTakeFirst();
}

/** One org by credit code. */
export function findOrgByCreditCode(db: Db, creditCode: string): Promise<OrgTable | undefined> {
  return db.selectFrom('org').selectAll().where('credit_code', '=', creditCode).executeTakeFirst();
}

/** The supervising org (justice department) of a region, the one nearest the root if there are several. */
export function findSupervisorOfRegion(db: Db, regionCode: string): Promise<OrgTable | undefined> {
  return db
    .selectFrom('org')
    .selectAll()
    .where('kind', '=', 'supervisor')
    .where('region_code', '=', regionCode)
    .orderBy('path')
    .executeTakeFirst();
}

/** Orgs by ids. */
export function findOrgsByIds(db: Db, ids: readonly string[]): Promise<OrgTable[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('org').selectAll().where('id', 'in', ids).execute();
}

/** Inserts an org. */
export async function insertOrg(db: Db, org: OrgTable): Promise<void> {
  await db.insertInto('org').values(org).execute();
}

/** Updates an org's own fields. */
export async function updateOrg(db: Db, id: string, changes: Partial<OrgTable>): Promise<void> {
  await db.updateTable('org').set(changes).where('id', '=', id).execute();
}

/** Rewrites the path and depth of an org's whole subtree after a move. */
export async function repathSubtree(
  db: Db,
  oldPath: string,
  newPath: string,
  depthDelta: number,
  now: string,
): Promise<number> {
  const result = await db
    .updateTable('org')
    .set({
      path: sql`${newPath} || substr(path, ${oldPath.length + 1})`,
      depth: sql`depth + ${depthDelta}`,
      updated_at: now,
    })
    .where('path', 'like', `${oldPath}%`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** How many active orgs sit directly under an org. */
export async function countActiveChildren(db: Db, id: string): Promise<number> {
  const row = await db
    .selectFrom('org')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('parent_id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return toNumber(row.n);
}

/** Whether any org exists (seeding checks this). */
export async function anyOrg(db: Db): Promise<boolean> {
  return (await db.selectFrom('org').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** The first top-level org (the tree's root in a normal install). */
export function findRootOrg(db: Db): Promise<OrgTable | undefined> {
  return db
    .selectFrom('org')
    .selectAll()
    .where('parent_id', 'is', null)
    .orderBy('sort_order')
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
}

/** How many orgs sit directly under an org. */
export async function countChildren(db: Db, id: string): Promise<number> {
  const row = await db
    .selectFrom('org')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('parent_id', '=', id)
    .executeTakeFirstOrThrow();
  return toNumber(row.n);
}

/** Orgs with any of these credit codes. */
export async function findOrgsByCreditCodes(db: Db, codes: readonly string[]): Promise<OrgTable[]> {
  if (!codes.length) return [];
  return db.selectFrom('org').selectAll().where('credit_code', 'in', codes).orderBy('id').execute();
}
