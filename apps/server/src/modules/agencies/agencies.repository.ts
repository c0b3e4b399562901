import type { AgencyListQuery, AgencySort } from '@jiandu/contracts/agencies';
import type { PageQuery } from '@jiandu/contracts/paging';
import { sql } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import { containing, like, regionPrefix } from '../../platform/db/search.ts';
import type { Database, Db } from '../../platform/db/tables.ts';
import type { AgencyQualificationEventTable, AgencyQualificationTable } from './agencies.table.ts';

/** An agency org with its current version and the version in progress beside it, as listed. */
export interface AgencyRow {
  org_id: string;
  name: string;
  kind: Database['org']['kind'];
  credit_code: string | null;
  region_code: string;
  region_name: string | null;
  parent_name: string | null;
  org_status: 'active' | 'disabled';
  cur_status: AgencyQualificationTable['status'] | null;
  cur_version: number | null;
  cur_authority: AgencyQualificationTable['authority'] | null;
  cur_fields: string | null;
  cur_confirmed_on: string | null;
  cur_published_on: string | null;
  cur_revoked_on: string | null;
  cur_updated_at: string | null;
  pen_status: AgencyQualificationTable['status'] | null;
  pen_updated_at: string | null;
}

const SORTS: Record<AgencySort, string> = {
  name: 'org.name',
  region: 'org.region_code',
  confirmed: 'cur.confirmed_on',
  updated: 'cur.updated_at',
};

function baseQuery(db: Db, scopes: readonly ResolvedScope[], filter: AgencyListQuery & { orgId?: string }) {
  // One agency by id is found whatever its kind; the callers have checked it may hold a qualification.
  let query = db
    .selectFrom('org')
    .leftJoin('region', 'region.code', 'org.region_code')
    .leftJoin('org as parent', 'parent.id', 'org.parent_id')
    .leftJoin('agency_qualification as cur', (join) =>
      join.onRef('cur.org_id', '=', 'org.id').on('cur.is_current', '=', 1),
    )
    .leftJoin('agency_qualification as pen', (join) =>
      join
        .onRef('pen.org_id', '=', 'org.id')
        .on('pen.is_current', '=', 0)
        .on('pen.status', 'in', ['draft', 'submitted']),
    )
    // Agencies, and any other org (a township entrusted with enforcement) once it has a qualification.
    .where((eb) =>
      filter.orgId
        ? eb('org.id', '=', filter.orgId)
        : eb.or([eb('org.kind', '=', 'agency'), eb('cur.id', 'is not', null)]),
    )
    .where((eb) => scopeFilter(eb, scopes, { org: 'org.id', region: 'org.region_code' }));
  if (filter.q) {
    const name = containing(filter.q);
    const code = containing(filter.q.toUpperCase());
    query = query.where((eb) => eb.or([like('org.name', name), like('org.credit_code', code)]));
  }
  if (filter.regionCode)
    query = query.where('org.region_code', 'like', `${regionPrefix(filter.regionCode)}%`);
  const status = filter.status;
  if (status === 'none') query = query.where('cur.id', 'is', null);
  else if (status === 'draft' || status === 'submitted')
    query = query.where((eb) => eb.or([eb('cur.status', '=', status), eb('pen.status', '=', status)]));
  else if (status) query = query.where('cur.status', '=', status);
  if (filter.authority) query = query.where('cur.authority', '=', filter.authority);
  if (filter.field) query = query.where(like('cur.fields', `%"${filter.field}"%`));
  return query;
}

function selectRow(query: ReturnType<typeof baseQuery>) {
  return query.select([
    'org.id as org_id',
    'org.name',
    'org.kind',
    'org.credit_code',
    'org.region_code',
    'region.full_name as region_name',
    'parent.name as parent_name',
    'org.status as org_status',
    'cur.status as cur_status',
    'cur.version as cur_version',
    'cur.authority as cur_authority',
    'cur.fields as cur_fields',
    'cur.confirmed_on as cur_confirmed_on',
    'cur.published_on as cur_published_on',
    'cur.revoked_on as cur_revoked_on',
    'cur.updated_at as cur_updated_at',
    'pen.status as pen_status',
    'pen.updated_at as pen_updated_at',
  ]);
}

/** One page of the agencies within the scopes, with the total. */
export async function listAgencies(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: AgencyListQuery,
  page: PageQuery,
): Promise<{ total: number; rows: AgencyRow[] }> {
  const query = baseQuery(db, scopes, filter);
  const { total } = await query.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow();
  const column = SORTS[(page.sort ?? 'region') as AgencySort] ?? SORTS.region;
  const rows = await selectRow(query)
    .orderBy(sql.ref(column), page.order)
    .orderBy('org.region_code')
    .orderBy('org.name')
    .orderBy('org.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total: toNumber(total), rows: rows.map(normalise) };
}

/** Every agency within the scopes matching the filter (export). */
export async function listAllAgencies(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: AgencyListQuery,
): Promise<AgencyRow[]> {
  const rows = await selectRow(baseQuery(db, scopes, filter))
    .orderBy('org.region_code')
    .orderBy('org.name')
    .orderBy('org.id')
    .execute();
  return rows.map(normalise);
}

/** One agency's row, ignoring scope (callers check it). */
export async function findAgencyRow(db: Db, orgId: string): Promise<AgencyRow | undefined> {
  const row = await selectRow(baseQuery(db, [{ kind: 'all' }], { orgId })).executeTakeFirst();
  return row ? normalise(row) : undefined;
}

function normalise<T extends { cur_version: unknown }>(row: T): AgencyRow {
  return {
    ...(row as unknown as AgencyRow),
    cur_version: row.cur_version === null ? null : toNumber(row.cur_version),
  };
}

/** Every version of an agency's qualification, newest first. */
export function versionsOf(db: Db, orgId: string): Promise<AgencyQualificationTable[]> {
  return db
    .selectFrom('agency_qualification')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('version', 'desc')
    .execute();
}

/** Every event of an agency's qualification, in the order they were recorded. */
export function eventsOf(db: Db, orgId: string): Promise<AgencyQualificationEventTable[]> {
  return db
    .selectFrom('agency_qualification_event')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('id')
    .execute();
}

/**
 * Every org with a credit code (or those codes) with its qualification versions and each version's
 * events, in one statement for the warning rules' index: one row per event (a version without
 * events, or an org without versions, comes once with nulls); the caller folds them.
 */
export function qualificationRegister(db: Db, codes?: readonly string[]) {
  const query = db
    .selectFrom('org')
    .leftJoin('agency_qualification as v', 'v.org_id', 'org.id')
    .leftJoin('agency_qualification_event as e', 'e.qualification_id', 'v.id')
    .select([
      'org.id as org_id',
      'org.credit_code',
      'v.id as version_id',
      'v.version',
      'v.authority',
      'v.fields',
      'v.term_start',
      'v.term_end',
      'e.id as event_id',
      'e.action',
      'e.effective_date',
      'e.reason',
    ])
    .where('org.credit_code', 'is not', null)
    .orderBy('org.credit_code')
    .orderBy('v.version')
    .orderBy('e.id');
  return (codes ? query.where('org.credit_code', 'in', codes) : query).execute();
}

/** The highest version number an agency has used (0 when none). */
export async function maxVersion(db: Db, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('agency_qualification')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return toNumber(row?.v ?? 0);
}

/** Inserts a version. */
export async function insertVersion(db: Db, row: AgencyQualificationTable): Promise<void> {
  await db.insertInto('agency_qualification').values(row).execute();
}

/**
 * Updates a version if it is still in the expected state; returns false when someone else moved
 * it first, so the caller can refuse instead of overwriting.
 */
export async function updateVersion(
  db: Db,
  id: string,
  expected: AgencyQualificationTable['status'],
  changes: Partial<AgencyQualificationTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('agency_qualification')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Appends an event. */
export async function insertEvent(db: Db, row: AgencyQualificationEventTable): Promise<void> {
  await db.insertInto('agency_qualification_event').values(row).execute();
}
