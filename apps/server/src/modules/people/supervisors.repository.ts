import type { PageQuery } from '@jiandu/contracts/paging';
import type { SupervisorCategory, SupervisorStatus } from '@jiandu/contracts/people';
import { type ExpressionBuilder, sql } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Database, Db } from '../../platform/db/tables.ts';
import type { InvitedSupervisorTable, SupervisorAgeLimitTable } from './people.table.ts';

/** An invited supervisor with what scope checks and the list need of the appointing org. */
export type SupervisorRow = InvitedSupervisorTable & {
  org_name: string;
  org_path: string;
  org_region_code: string;
  participations_this_year: number;
};

/** List filters. */
export interface SupervisorFilter {
  q?: string | undefined;
  orgId?: string | undefined;
  category?: SupervisorCategory | undefined;
  status?: SupervisorStatus | undefined;
  termNumber?: number | undefined;
  idNumberIndex?: string | undefined;
}

const SORTABLE = {
  name: 'invited_supervisor.name',
  category: 'invited_supervisor.category',
  term: 'invited_supervisor.term_start',
  org: 'org.name',
  created: 'invited_supervisor.created_at',
} as const;

/** Rows whose org is the given org or under it (by materialised path). */
export function underOrg(eb: ExpressionBuilder<Database, 'org'>, orgId: string) {
  return eb(
    'org.path',
    'like',
    sql<string>`(select sub_org.path from org as sub_org where sub_org.id = ${orgId}) || '%'`,
  );
}

function baseQuery(db: Db, scopes: readonly ResolvedScope[], filter: SupervisorFilter) {
  let query = db
    .selectFrom('invited_supervisor')
    .innerJoin('org', 'org.id', 'invited_supervisor.org_id')
    .where((eb) => scopeFilter(eb, scopes, { org: 'invited_supervisor.org_id', region: 'org.region_code' }));
  if (filter.q) {
    const like = `%${filter.q}%`;
    query = query.where((eb) =>
      eb.or([
        eb('invited_supervisor.name', 'like', like),
        eb('invited_supervisor.employer', 'like', like),
        eb('invited_supervisor.appointment_number', 'like', like),
      ]),
    );
  }
  if (filter.orgId) {
    const orgId = filter.orgId;
    query = query.where((eb) => underOrg(eb, orgId));
  }
  if (filter.category) query = query.where('invited_supervisor.category', '=', filter.category);
  if (filter.status) query = query.where('invited_supervisor.status', '=', filter.status);
  if (filter.termNumber) query = query.where('invited_supervisor.term_number', '=', filter.termNumber);
  if (filter.idNumberIndex)
    query = query.where('invited_supervisor.id_number_index', '=', filter.idNumberIndex);
  return query;
}

function withDetails(query: ReturnType<typeof baseQuery>, year: number) {
  return query
    .selectAll('invited_supervisor')
    .select(['org.name as org_name', 'org.path as org_path', 'org.region_code as org_region_code'])
    .select((eb) =>
      eb
        .selectFrom('supervisor_participation as p')
        .select((c) => c.fn.countAll().as('n'))
        .whereRef('p.supervisor_id', '=', 'invited_supervisor.id')
        .where('p.date', '>=', `${year}-01-01`)
        .where('p.date', '<=', `${year}-12-31`)
        .as('participations_this_year'),
    );
}

const normalise = (rows: Record<string, unknown>[]) =>
  rows.map((r) => ({
    ...r,
    participations_this_year: toNumber(r.participations_this_year),
  })) as SupervisorRow[];

/** One page of invited supervisors within the scopes, with the total. */
export async function listSupervisors(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: SupervisorFilter,
  page: PageQuery,
  year: number,
) {
  const query = baseQuery(db, scopes, filter);
  const { total } = await query.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow();
  const sort = SORTABLE[(page.sort ?? 'org') as keyof typeof SORTABLE] ?? 'org.name';
  const rows = await withDetails(query, year)
    .orderBy(sql.ref(sort), page.order)
    .orderBy('invited_supervisor.name')
    .orderBy('invited_supervisor.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total: toNumber(total), rows: normalise(rows) };
}

/** Every invited supervisor within the scopes matching the filter (export). */
export async function listAllSupervisors(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: SupervisorFilter,
  year: number,
): Promise<SupervisorRow[]> {
  const rows = await withDetails(baseQuery(db, scopes, filter), year)
    .orderBy('org.path')
    .orderBy('invited_supervisor.term_number')
    .orderBy('invited_supervisor.name')
    .orderBy('invited_supervisor.id')
    .execute();
  return normalise(rows);
}

/** One invited supervisor by id, ignoring scope (callers check it). */
export async function findSupervisor(db: Db, id: string, year: number): Promise<SupervisorRow | undefined> {
  const rows = await withDetails(
    db
      .selectFrom('invited_supervisor')
      .innerJoin('org', 'org.id', 'invited_supervisor.org_id')
      .where('invited_supervisor.id', '=', id),
    year,
  ).execute();
  return normalise(rows)[0];
}

/** The appointment of a person (by blind index) in one term of one org, if any. */
export function findAppointment(db: Db, orgId: string, termNumber: number, idNumberIndex: string) {
  return db
    .selectFrom('invited_supervisor')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .where('term_number', '=', termNumber)
    .where('id_number_index', '=', idNumberIndex)
    .executeTakeFirst();
}

/** The appointment holding a 聘书编号, if any. */
export function findByAppointmentNumber(db: Db, appointmentNumber: string) {
  return db
    .selectFrom('invited_supervisor')
    .select(['id', 'name'])
    .where('appointment_number', '=', appointmentNumber)
    .executeTakeFirst();
}

export async function insertSupervisor(db: Db, row: InvitedSupervisorTable): Promise<void> {
  await db.insertInto('invited_supervisor').values(row).execute();
}

export async function updateSupervisor(
  db: Db,
  id: string,
  changes: Partial<InvitedSupervisorTable>,
): Promise<void> {
  await db.updateTable('invited_supervisor').set(changes).where('id', '=', id).execute();
}

// ---------------------------------------------------------------- age limits

/** The age-limit rows set for any of the given regions. */
export function findAgeLimits(db: Db, regionCodes: readonly string[]): Promise<SupervisorAgeLimitTable[]> {
  if (regionCodes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('supervisor_age_limit')
    .selectAll()
    .where('region_code', 'in', regionCodes)
    .orderBy('region_code')
    .execute();
}

/** Every region that set its own limits. */
export function listAgeLimits(db: Db): Promise<SupervisorAgeLimitTable[]> {
  return db.selectFrom('supervisor_age_limit').selectAll().orderBy('region_code').execute();
}

/** Sets a region's limits (insert or replace). */
export async function upsertAgeLimit(db: Db, row: SupervisorAgeLimitTable): Promise<void> {
  await db
    .insertInto('supervisor_age_limit')
    .values(row)
    .onConflict((oc) =>
      oc.column('region_code').doUpdateSet({
        min_age: row.min_age,
        max_age: row.max_age,
        updated_at: row.updated_at,
        updated_by: row.updated_by,
      }),
    )
    .execute();
}

/** Removes a region's own limits, so it inherits again. */
export async function deleteAgeLimit(db: Db, regionCode: string): Promise<number> {
  const result = await db
    .deleteFrom('supervisor_age_limit')
    .where('region_code', '=', regionCode)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Supervisor orgs of exactly this region within the scopes (who may set its limits). */
export async function countSupervisorOrgsOfRegion(
  db: Db,
  scopes: readonly ResolvedScope[],
  regionCode: string,
): Promise<number> {
  const row = await db
    .selectFrom('org')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('org.region_code', '=', regionCode)
    .where('org.kind', '=', 'supervisor')
    .where((eb) => scopeFilter(eb, scopes, { org: 'org.id', region: 'org.region_code' }))
    .executeTakeFirstOrThrow();
  return toNumber(row.n);
}
