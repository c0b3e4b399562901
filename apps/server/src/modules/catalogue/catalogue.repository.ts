import type { ITEM_SORTS, ItemListQuery } from '@jiandu/contracts/catalogue';
import type { Subject } from '@jiandu/contracts/catalogue-labels';
import type { PageQuery } from '@jiandu/contracts/paging';
import { sql } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import { containing, like, regionPrefix } from '../../platform/db/search.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { ItemEventTable, ItemTable, ItemVersionTable } from './catalogue.table.ts';

/** An item with its agency, as listed. */
export interface ItemRow extends ItemTable {
  agency_name: string;
  agency_credit_code: string | null;
  region_code: string;
}

const SORTS: Record<(typeof ITEM_SORTS)[number], string> = {
  code: 'item.code',
  name: 'item.name',
  agency: 'org.name',
  updated: 'item.updated_at',
};

function baseQuery(db: Db, scopes: readonly ResolvedScope[], filter: ItemListQuery) {
  let query = db
    .selectFrom('item')
    .innerJoin('org', 'org.id', 'item.org_id')
    .where((eb) => scopeFilter(eb, scopes, { org: 'org.id', region: 'org.region_code' }));
  if (filter.q) {
    const text = containing(filter.q);
    query = query.where((eb) =>
      eb.or([like('item.name', text), like('item.code', containing(filter.q ?? ''))]),
    );
  }
  if (filter.agencyId) query = query.where('item.org_id', '=', filter.agencyId);
  if (filter.regionCode)
    query = query.where('org.region_code', 'like', `${regionPrefix(filter.regionCode)}%`);
  if (filter.kind) query = query.where('item.kind', '=', filter.kind);
  const status = filter.status;
  if (status === 'draft' || status === 'submitted')
    query = query.where((eb) =>
      eb.or([eb('item.status', '=', status), eb('item.pending_status', '=', status)]),
    );
  else if (status) query = query.where('item.status', '=', status);
  if (filter.field) query = query.where(like('item.fields', `%"${filter.field}"%`));
  if (filter.benchmark) query = query.where('item.benchmark_status', '=', filter.benchmark);
  if (filter.pending === 'true')
    query = query.where((eb) =>
      eb.or([
        eb('item.status', '=', 'submitted'),
        eb('item.pending_status', '=', 'submitted'),
        eb('item.benchmark_status', '=', 'submitted'),
      ]),
    );
  return query
    .selectAll('item')
    .select(['org.name as agency_name', 'org.credit_code as agency_credit_code', 'org.region_code']);
}

function normalise(row: ItemRow): ItemRow {
  return { ...row, version: row.version === null ? null : toNumber(row.version) };
}

/** One page of the items within the scopes, with the total. */
export async function listItems(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: ItemListQuery,
  page: PageQuery,
): Promise<{ total: number; rows: ItemRow[] }> {
  const query = baseQuery(db, scopes, filter);
  const { total } = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll().as('total'))
    .executeTakeFirstOrThrow();
  const column = SORTS[(page.sort ?? 'code') as keyof typeof SORTS] ?? SORTS.code;
  const rows = await query
    .orderBy(sql.ref(column), page.order)
    .orderBy('org.region_code')
    .orderBy('item.code')
    .orderBy('item.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total: toNumber(total), rows: rows.map(normalise) };
}

/** Every item within the scopes matching the filter (export), by region, agency and code. */
export async function listAllItems(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: ItemListQuery,
): Promise<ItemRow[]> {
  const rows = await baseQuery(db, scopes, filter)
    .orderBy('org.region_code')
    .orderBy('org.name')
    .orderBy('item.code')
    .orderBy('item.id')
    .execute();
  return rows.map(normalise);
}

/** One item with its agency, ignoring scope (callers check it). */
export async function findItem(db: Db, id: string): Promise<ItemRow | undefined> {
  const row = await baseQuery(db, [{ kind: 'all' }], {})
    .where('item.id', '=', id)
    .executeTakeFirst();
  return row ? normalise(row) : undefined;
}

/** An agency's item by code. */
export async function findItemByCode(db: Db, orgId: string, code: string): Promise<ItemRow | undefined> {
  const row = await baseQuery(db, [{ kind: 'all' }], {})
    .where('item.org_id', '=', orgId)
    .where('item.code', '=', code)
    .executeTakeFirst();
  return row ? normalise(row) : undefined;
}

/** The items of an agency by code, for imports. */
export async function itemsByCodes(db: Db, orgId: string, codes: readonly string[]): Promise<ItemTable[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('item').selectAll().where('org_id', '=', orgId).where('code', 'in', codes).execute();
}

/** Every version of an item and of its benchmark, newest first within each subject. */
export async function versionsOf(db: Db, itemId: string, subject?: Subject): Promise<ItemVersionTable[]> {
  let query = db.selectFrom('item_version').selectAll().where('item_id', '=', itemId);
  if (subject) query = query.where('subject', '=', subject);
  const rows = await query.orderBy('subject').orderBy('version', 'desc').execute();
  return rows.map((r) => ({ ...r, version: toNumber(r.version) }));
}

/** The item versions of many items, by item (exports); a few hundred items per query. */
export async function itemVersionsOf(
  db: Db,
  itemIds: readonly string[],
): Promise<Map<string, ItemVersionTable[]>> {
  const byItem = new Map<string, ItemVersionTable[]>();
  for (let i = 0; i < itemIds.length; i += 500) {
    const rows = await db
      .selectFrom('item_version')
      .selectAll()
      .where('item_id', 'in', itemIds.slice(i, i + 500))
      .where('subject', '=', 'item')
      .orderBy('item_id')
      .orderBy('version', 'desc')
      .execute();
    for (const r of rows)
      byItem.set(r.item_id, [...(byItem.get(r.item_id) ?? []), { ...r, version: toNumber(r.version) }]);
  }
  return byItem;
}

/** Which items the warning rules' index reads: some codes of one agency, or a page in id order. */
export type RegisterFilter =
  | { agencyCreditCode: string; itemCodes: readonly string[] }
  | { after: string | null; limit: number };

/**
 * The items a filter names with their agency's credit code and every version, in one statement for
 * the warning rules' index: one row per version (an item without versions comes once with nulls),
 * items in id order and versions newest first within each subject. Only benchmarks carry their
 * content; the index does not need an item's.
 */
export async function registerItems(db: Db, filter: RegisterFilter) {
  const rows = await db
    .selectFrom('item')
    .innerJoin('org', 'org.id', 'item.org_id')
    .leftJoin('item_version as v', 'v.item_id', 'item.id')
    .select([
      'item.id',
      'item.code',
      'item.fields',
      'org.credit_code as agency_credit_code',
      'v.id as version_id',
      'v.subject',
      'v.version',
      'v.status',
      'v.name',
      'v.effective_from',
      'v.effective_to',
      'v.reason',
      'v.created_at',
      'v.updated_at',
    ])
    .select(sql<string | null>`case when v.subject = 'benchmark' then v.content else '' end`.as('content'))
    .where((eb) =>
      'itemCodes' in filter
        ? eb.and([
            eb('org.credit_code', '=', filter.agencyCreditCode),
            eb('item.code', 'in', filter.itemCodes),
          ])
        : // A page of items, not of versions: the limit goes in a subquery (its planning cost only
          // matters to a preload).
          eb(
            'item.id',
            'in',
            eb
              .selectFrom('item as page')
              .innerJoin('org as page_org', 'page_org.id', 'page.org_id')
              .select('page.id')
              .where('page_org.credit_code', 'is not', null)
              .where('page.id', '>', filter.after ?? '')
              .orderBy('page.id')
              .limit(filter.limit),
          ),
    )
    .where('org.credit_code', 'is not', null)
    .orderBy('item.id')
    .orderBy('v.subject')
    .orderBy('v.version', 'desc')
    .execute();
  return rows.map(({ id, code, fields, agency_credit_code, version_id, ...v }) => ({
    id,
    code,
    fields,
    agency_credit_code,
    version: version_id
      ? ({ ...v, id: version_id, item_id: id, version: toNumber(v.version) } as ItemVersionTable)
      : null,
  }));
}

/** Every event of an item, in the order they were recorded. */
export function eventsOf(db: Db, itemId: string): Promise<ItemEventTable[]> {
  return db.selectFrom('item_event').selectAll().where('item_id', '=', itemId).orderBy('id').execute();
}

export async function insertItem(db: Db, row: ItemTable): Promise<void> {
  await db.insertInto('item').values(row).execute();
}

export async function updateItem(db: Db, id: string, changes: Partial<ItemTable>): Promise<void> {
  await db.updateTable('item').set(changes).where('id', '=', id).execute();
}

export async function insertVersion(db: Db, row: ItemVersionTable): Promise<void> {
  await db.insertInto('item_version').values(row).execute();
}

/**
 * Updates a version if it is still in the expected state; false when someone else moved it first,
 * so the caller refuses instead of overwriting.
 */
export async function updateVersion(
  db: Db,
  id: string,
  expected: ItemVersionTable['status'],
  changes: Partial<ItemVersionTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('item_version')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteVersion(
  db: Db,
  id: string,
  expected: ItemVersionTable['status'],
): Promise<boolean> {
  const result = await db
    .deleteFrom('item_version')
    .where('id', '=', id)
    .where('status', '=', expected)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function insertEvent(db: Db, row: ItemEventTable): Promise<void> {
  await db.insertInto('item_event').values(row).execute();
}

/** Inserts items, versions and events a few hundred rows per statement (bulk loads). */
export async function insertMany(
  db: Db,
  rows: { items: ItemTable[]; versions: ItemVersionTable[]; events: ItemEventTable[] },
): Promise<void> {
  const chunks = <T>(list: T[]) =>
    Array.from({ length: Math.ceil(list.length / 200) }, (_, i) => list.slice(i * 200, i * 200 + 200));
  for (const chunk of chunks(rows.items)) await db.insertInto('item').values(chunk).execute();
  for (const chunk of chunks(rows.versions)) await db.insertInto('item_version').values(chunk).execute();
  for (const chunk of chunks(rows.events)) await db.insertInto('item_event').values(chunk).execute();
}
