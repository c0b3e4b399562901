import type { PageQuery } from '@jiandu/contracts/paging';
import { sql } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import { statusCondition } from './certificates.repository.ts';
import type {
  CertificateStatusValue,
  CertificateTable,
  OfficerPostTable,
  OfficerTable,
} from './officers.table.ts';

/** An officer row with the org facts every presenter and scope check needs. */
export type OfficerRow = OfficerTable & {
  org_name: string;
  org_path: string;
  org_kind: string;
  org_region_code: string;
  org_credit_code: string | null;
};

/** Filters of the officer list. */
export interface OfficerFilter {
  /** Path of an org: the officers of it and everything under it. */
  orgPath?: string | undefined;
  q?: string | undefined;
  field?: string | undefined;
  status?: OfficerTable['status'] | undefined;
  legalReviewer?: boolean | undefined;
  certificateStatus?: CertificateStatusValue | undefined;
}

const SORTABLE = {
  name: 'officer.name',
  org: 'org.sort_order',
  post: 'officer.post',
  created: 'officer.created_at',
  updated: 'officer.updated_at',
} as const;

function baseQuery(db: Db, scopes: readonly ResolvedScope[], filter: OfficerFilter, today: string) {
  let query = db
    .selectFrom('officer')
    .innerJoin('org', 'org.id', 'officer.org_id')
    .where((eb) => scopeFilter(eb, scopes, { org: 'officer.org_id', region: 'org.region_code' }));
  if (filter.orgPath) query = query.where('org.path', 'like', `${filter.orgPath}%`);
  if (filter.status) query = query.where('officer.status', '=', filter.status);
  if (filter.legalReviewer !== undefined)
    query = query.where('officer.legal_reviewer', '=', filter.legalReviewer ? 1 : 0);
  if (filter.field) query = query.where('officer.fields', 'like', `%"${filter.field}"%`);
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_]/g, '')}%`;
    query = query.where((eb) =>
      eb.or([
        eb('officer.name', 'like', like),
        eb.exists(
          eb
            .selectFrom('certificate as qc')
            .select('qc.id')
            .whereRef('qc.officer_id', '=', 'officer.id')
            .where('qc.number', 'like', like.toUpperCase()),
        ),
      ]),
    );
  }
  const wanted = filter.certificateStatus;
  if (wanted)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('certificate as sc')
          .select('sc.id')
          .whereRef('sc.officer_id', '=', 'officer.id')
          .where((c) => statusCondition(c, 'sc', wanted, today)),
      ),
    );
  return query;
}

const ROW_COLUMNS = [
  'org.name as org_name',
  'org.path as org_path',
  'org.kind as org_kind',
  'org.region_code as org_region_code',
  'org.credit_code as org_credit_code',
] as const;

/** One page of officers within the scopes, with the total. */
export async function listOfficers(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: OfficerFilter,
  page: PageQuery,
  today: string,
): Promise<{ total: number; rows: OfficerRow[] }> {
  const query = baseQuery(db, scopes, filter, today);
  const { total } = await query.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow();
  const sortColumn = SORTABLE[(page.sort ?? 'name') as keyof typeof SORTABLE] ?? 'officer.name';
  const rows = await query
    .selectAll('officer')
    .select(ROW_COLUMNS)
    .orderBy(sql.ref(sortColumn), page.order)
    .orderBy('officer.name')
    .orderBy('officer.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total: toNumber(total), rows };
}

/** Every officer within the scopes matching the filter (export), in org order. */
export function listAllOfficers(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: OfficerFilter,
  today: string,
): Promise<OfficerRow[]> {
  return baseQuery(db, scopes, filter, today)
    .selectAll('officer')
    .select(ROW_COLUMNS)
    .orderBy('org.path')
    .orderBy('officer.name')
    .orderBy('officer.id')
    .execute();
}

/** One officer with its org, ignoring scope (callers check it). */
export function findOfficer(db: Db, id: string): Promise<OfficerRow | undefined> {
  return db
    .selectFrom('officer')
    .innerJoin('org', 'org.id', 'officer.org_id')
    .selectAll('officer')
    .select(ROW_COLUMNS)
    .where('officer.id', '=', id)
    .executeTakeFirst();
}

/** The officer holding an ID number (by its blind index), if registered. */
export function findByIdIndex(db: Db, index: string): Promise<OfficerTable | undefined> {
  return db.selectFrom('officer').selectAll().where('id_number_index', '=', index).executeTakeFirst();
}

/** Officers by blind index, for imports; the caller chunks the list. */
export function findByIdIndexes(db: Db, indexes: readonly string[]): Promise<OfficerRow[]> {
  if (!indexes.length) return Promise.resolve([]);
  return db
    .selectFrom('officer')
    .innerJoin('org', 'org.id', 'officer.org_id')
    .selectAll('officer')
    .select(ROW_COLUMNS)
    .where('officer.id_number_index', 'in', indexes)
    .execute();
}

/** Runs a query over ids 500 at a time, so long lists stay within both dialects' parameter limits. */
async function chunked<T>(ids: readonly string[], run: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...(await run(ids.slice(i, i + 500))));
  return out;
}

/** The certificates of some officers, newest issue first. */
export function certificatesOf(db: Db, officerIds: readonly string[]): Promise<CertificateTable[]> {
  return chunked(officerIds, (chunk) =>
    db
      .selectFrom('certificate')
      .selectAll()
      .where('officer_id', 'in', chunk)
      .orderBy('issue_date', 'desc')
      .orderBy('id', 'desc')
      .execute(),
  );
}

/** Training hours per officer in a year. */
export async function trainingHours(
  db: Db,
  officerIds: readonly string[],
  year: number,
): Promise<Map<string, number>> {
  const rows = await chunked(officerIds, (chunk) =>
    db
      .selectFrom('training_record')
      .select(['officer_id', (eb) => eb.fn.sum('hours').as('hours')])
      .where('officer_id', 'in', chunk)
      .where('year', '=', year)
      .groupBy('officer_id')
      .orderBy('officer_id')
      .execute(),
  );
  return new Map(rows.map((r) => [r.officer_id, toNumber(r.hours)]));
}

/** Inserts officers. */
export async function insertOfficers(db: Db, rows: OfficerTable[]): Promise<void> {
  if (rows.length) await db.insertInto('officer').values(rows).execute();
}

/** Updates an officer's own columns. */
export async function updateOfficer(db: Db, id: string, changes: Partial<OfficerTable>): Promise<void> {
  await db.updateTable('officer').set(changes).where('id', '=', id).execute();
}

/** The posts an officer held, newest first. */
export function postsOf(db: Db, officerId: string) {
  return db
    .selectFrom('officer_post')
    .innerJoin('org', 'org.id', 'officer_post.org_id')
    .selectAll('officer_post')
    .select('org.name as org_name')
    .where('officer_post.officer_id', '=', officerId)
    .orderBy('officer_post.from_date', 'desc')
    .orderBy('officer_post.recorded_at', 'desc')
    .execute();
}

/** The post an officer holds now (not closed), if any. */
export function currentPost(db: Db, officerId: string): Promise<OfficerPostTable | undefined> {
  return db
    .selectFrom('officer_post')
    .selectAll()
    .where('officer_id', '=', officerId)
    .where('to_date', 'is', null)
    .orderBy('from_date', 'desc')
    .executeTakeFirst();
}

/** Inserts posts. */
export async function insertPosts(db: Db, rows: OfficerPostTable[]): Promise<void> {
  if (rows.length) await db.insertInto('officer_post').values(rows).execute();
}

/** Closes a post on a date. */
export async function closePost(db: Db, id: string, toDate: string): Promise<void> {
  await db.updateTable('officer_post').set({ to_date: toDate }).where('id', '=', id).execute();
}

/** Orgs the scopes reach, for imports: by credit code and by name. */
export function orgsInScope(db: Db, scopes: readonly ResolvedScope[]) {
  return db
    .selectFrom('org')
    .select(['id', 'name', 'credit_code', 'kind', 'region_code', 'path', 'status'])
    .where((eb) => scopeFilter(eb, scopes, { org: 'org.id', region: 'org.region_code' }))
    .orderBy('path')
    .execute();
}
