import type { Insertable, Updateable } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { ReviewRubricTable } from './case-reviews.table.ts';

/** A rubric with its org and how many batches use it. */
export interface RubricRow extends ReviewRubricTable {
  org_name: string;
  org_path: string;
  org_region_code: string;
  batches: number;
}

function withNames(db: Db) {
  return db
    .selectFrom('review_rubric as r')
    .innerJoin('org', 'org.id', 'r.org_id')
    .selectAll('r')
    .select((eb) => [
      'org.name as org_name',
      'org.path as org_path',
      'org.region_code as org_region_code',
      eb
        .selectFrom('review_batch as b')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('b.rubric_id', '=', 'r.id')
        .as('batches'),
    ]);
}

const counted = <T extends { batches: unknown }>(row: T) => ({ ...row, batches: toNumber(row.batches) });

/** The rubrics of the orgs some scope reaches (optionally one org), by org, name and version. */
export async function listRubrics(
  db: Db,
  scopes: readonly ResolvedScope[],
  orgId?: string,
): Promise<RubricRow[]> {
  let query = withNames(db).where((eb) =>
    scopeFilter(eb, scopes, { org: 'r.org_id', region: 'org.region_code' }),
  );
  if (orgId) query = query.where('r.org_id', '=', orgId);
  const rows = await query
    .orderBy('org.path')
    .orderBy('r.is_default', 'desc')
    .orderBy('r.name')
    .orderBy('r.version', 'desc')
    .orderBy('r.id')
    .execute();
  return rows.map(counted) as RubricRow[];
}

/** One rubric, ignoring scope (callers check it). */
export async function findRubric(db: Db, id: string): Promise<RubricRow | undefined> {
  const row = await withNames(db).where('r.id', '=', id).executeTakeFirst();
  return row ? (counted(row) as RubricRow) : undefined;
}

/** The org's default rubric (the newest version built on it is not the default). */
export function findDefault(db: Db, orgId: string) {
  return db
    .selectFrom('review_rubric')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('is_default', '=', 1)
    .executeTakeFirst();
}

/** The next version number of a rubric's name within its org. */
export async function nextVersion(db: Db, orgId: string, name: string): Promise<number> {
  const row = await db
    .selectFrom('review_rubric')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('org_id', '=', orgId)
    .where('name', '=', name)
    .executeTakeFirst();
  return toNumber(row?.v ?? 0) + 1;
}

export async function insertRubric(db: Db, row: Insertable<ReviewRubricTable>): Promise<void> {
  await db.insertInto('review_rubric').values(row).execute();
}

/** Changes a rubric only while no batch uses it; false when one does by now. */
export async function updateUnusedRubric(
  db: Db,
  id: string,
  set: Updateable<ReviewRubricTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('review_rubric')
    .set(set)
    .where('id', '=', id)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('review_batch').select('id').where('rubric_id', '=', id))),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
