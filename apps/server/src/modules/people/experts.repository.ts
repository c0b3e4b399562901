import type { EnforcementField } from '@jiandu/contracts/fields';
import type { PageQuery } from '@jiandu/contracts/paging';
import type { ExpertAvailability } from '@jiandu/contracts/people';
import { sql } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { ExpertConflictTable, ExpertTable } from './people.table.ts';
import { underOrg } from './supervisors.repository.ts';

/** An expert with what scope checks and the list need of the org keeping them. */
export type ExpertRow = ExpertTable & { org_name: string; org_path: string; org_region_code: string };

/** A conflict with the name of the org to avoid. */
export type ConflictRow = ExpertConflictTable & { org_name: string };

/** List filters. */
export interface ExpertFilter {
  q?: string | undefined;
  orgId?: string | undefined;
  field?: EnforcementField | undefined;
  availability?: ExpertAvailability | undefined;
}

const SORTABLE = {
  name: 'expert.name',
  employer: 'expert.employer',
  availability: 'expert.availability',
  created: 'expert.created_at',
} as const;

/** A JSON array column holding a field code (codes are plain words, so a quoted LIKE is exact). */
const hasField = (field: string) => `%"${field}"%`;

function baseQuery(db: Db, scopes: readonly ResolvedScope[], filter: ExpertFilter) {
  let query = db
    .selectFrom('expert')
    .innerJoin('org', 'org.id', 'expert.org_id')
    .where((eb) => scopeFilter(eb, scopes, { org: 'expert.org_id', region: 'org.region_code' }));
  if (filter.q) {
    const like = `%${filter.q}%`;
    query = query.where((eb) =>
      eb.or([
        eb('expert.name', 'like', like),
        eb('expert.employer', 'like', like),
        eb('expert.specialty', 'like', like),
      ]),
    );
  }
  if (filter.orgId) {
    const orgId = filter.orgId;
    query = query.where((eb) => underOrg(eb, orgId));
  }
  if (filter.field) query = query.where('expert.fields', 'like', hasField(filter.field));
  if (filter.availability) query = query.where('expert.availability', '=', filter.availability);
  return query;
}

const details = [
  'org.name as org_name',
  'org.path as org_path',
  'org.region_code as org_region_code',
] as const;

/** One page of experts within the scopes, with the total. */
export async function listExperts(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: ExpertFilter,
  page: PageQuery,
) {
  const query = baseQuery(db, scopes, filter);
  const { total } = await query.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow();
  const sort = SORTABLE[(page.sort ?? 'name') as keyof typeof SORTABLE] ?? 'expert.name';
  const rows = await query
    .selectAll('expert')
    .select(details)
    .orderBy(sql.ref(sort), page.order)
    .orderBy('expert.name')
    .orderBy('expert.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total: toNumber(total), rows: rows as ExpertRow[] };
}

/** Every expert within the scopes matching the filter (export). */
export function listAllExperts(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: ExpertFilter,
): Promise<ExpertRow[]> {
  return baseQuery(db, scopes, filter)
    .selectAll('expert')
    .select(details)
    .orderBy('org.path')
    .orderBy('expert.name')
    .orderBy('expert.id')
    .execute();
}

/**
 * Experts who may review an org's files in a field on a date: the field matches, they are available
 * that day (a busy expert is free again the day after `busy_until`), and no conflict with that org
 * has started by then. Ordered by name so a draw over the result is reproducible.
 */
export function eligibleExperts(
  db: Db,
  scopes: readonly ResolvedScope[],
  field: EnforcementField,
  orgId: string,
  onDate: string,
): Promise<ExpertRow[]> {
  return baseQuery(db, scopes, { field })
    .where((eb) =>
      eb.or([
        eb('expert.availability', '=', 'available'),
        eb.and([eb('expert.availability', '=', 'busy'), eb('expert.busy_until', '<', onDate)]),
      ]),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('expert_conflict as c')
            .select('c.id')
            .whereRef('c.expert_id', '=', 'expert.id')
            .where('c.org_id', '=', orgId)
            .where('c.since', '<=', onDate),
        ),
      ),
    )
    .selectAll('expert')
    .select(details)
    .orderBy('expert.name')
    .orderBy('expert.id')
    .execute();
}

/** One expert by id, ignoring scope (callers check it). */
export function findExpert(db: Db, id: string): Promise<ExpertRow | undefined> {
  return db
    .selectFrom('expert')
    .innerJoin('org', 'org.id', 'expert.org_id')
    .selectAll('expert')
    .select(details)
    .where('expert.id', '=', id)
    .executeTakeFirst();
}

/** The expert holding an ID number (by blind index), if any. */
export function findExpertByIdIndex(db: Db, idNumberIndex: string) {
  return db
    .selectFrom('expert')
    .select(['id', 'name'])
    .where('id_number_index', '=', idNumberIndex)
    .executeTakeFirst();
}

export async function insertExpert(db: Db, row: ExpertTable): Promise<void> {
  await db.insertInto('expert').values(row).execute();
}

export async function updateExpert(db: Db, id: string, changes: Partial<ExpertTable>): Promise<void> {
  await db.updateTable('expert').set(changes).where('id', '=', id).execute();
}

/** The conflicts of some experts, oldest first. */
export function conflictsOf(db: Db, expertIds: readonly string[]): Promise<ConflictRow[]> {
  if (expertIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('expert_conflict')
    .innerJoin('org', 'org.id', 'expert_conflict.org_id')
    .selectAll('expert_conflict')
    .select('org.name as org_name')
    .where('expert_conflict.expert_id', 'in', expertIds)
    .orderBy('expert_conflict.since')
    .orderBy('expert_conflict.id')
    .execute();
}

export async function insertConflict(db: Db, row: ExpertConflictTable): Promise<void> {
  await db.insertInto('expert_conflict').values(row).execute();
}

export async function deleteConflict(
  db: Db,
  expertId: string,
  id: string,
): Promise<ExpertConflictTable | undefined> {
  const row = await db
    .selectFrom('expert_conflict')
    .selectAll()
    .where('expert_id', '=', expertId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (row) await db.deleteFrom('expert_conflict').where('id', '=', id).execute();
  return row;
}
