import type { BatchListQuery } from '@jiandu/contracts/case-reviews';
import type { PageQuery } from '@jiandu/contracts/paging';
import type { Insertable, Updateable } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { ReviewBatchTable, ReviewFileTable, ReviewTargetTable } from './case-reviews.table.ts';

/** A batch with its organizer and rubric named, and its counts. */
export interface BatchRow extends ReviewBatchTable {
  org_name: string;
  org_path: string;
  org_region_code: string;
  rubric_name: string;
  rubric_version: number;
  agencies: number;
  files: number;
  scored_files: number;
}

/** A sampled file with its agency named. */
export type FileRow = ReviewFileTable & { agency_name: string };

/** A reviewed agency of a batch, named. */
export type TargetRow = ReviewTargetTable & { agency_name: string };

function withNames(db: Db) {
  return db
    .selectFrom('review_batch as b')
    .innerJoin('org', 'org.id', 'b.org_id')
    .innerJoin('review_rubric as r', 'r.id', 'b.rubric_id')
    .selectAll('b')
    .select((eb) => [
      'org.name as org_name',
      'org.path as org_path',
      'org.region_code as org_region_code',
      'r.name as rubric_name',
      'r.version as rubric_version',
      eb
        .selectFrom('review_target as t')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('t.batch_id', '=', 'b.id')
        .as('agencies'),
      eb
        .selectFrom('review_file as f')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('f.batch_id', '=', 'b.id')
        .as('files'),
      eb
        .selectFrom('review_file as f')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('f.batch_id', '=', 'b.id')
        .where('f.scored', '=', 1)
        .as('scored_files'),
    ]);
}

function counted<T extends { agencies: unknown; files: unknown; scored_files: unknown }>(row: T) {
  return {
    ...row,
    agencies: toNumber(row.agencies),
    files: toNumber(row.files),
    scored_files: toNumber(row.scored_files),
  };
}

/** One page of the batches whose organizer some scope reaches, newest year first. */
export async function listBatches(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: BatchListQuery,
  page: PageQuery,
): Promise<{ total: number; rows: BatchRow[] }> {
  const where = <Q extends ReturnType<typeof withNames>>(query: Q) => {
    let q = query.where((eb) => scopeFilter(eb, scopes, { org: 'b.org_id', region: 'org.region_code' }));
    if (filter.q) q = q.where('b.name', 'like', `%${filter.q}%`);
    if (filter.year) q = q.where('b.year', '=', filter.year);
    if (filter.organizerId) q = q.where('b.org_id', '=', filter.organizerId);
    if (filter.status) q = q.where('b.status', '=', filter.status);
    return q as Q;
  };
  const ids = await where(withNames(db))
    .clearSelect()
    .select('b.id')
    .orderBy('b.year', 'desc')
    .orderBy('b.created_at', 'desc')
    .orderBy('b.id')
    .execute();
  const chosen = ids.slice((page.page - 1) * page.pageSize, page.page * page.pageSize).map((r) => r.id);
  if (!chosen.length) return { total: ids.length, rows: [] };
  const rows = await withNames(db).where('b.id', 'in', chosen).execute();
  const byId = new Map(rows.map((r) => [r.id, counted(r) as BatchRow]));
  return { total: ids.length, rows: chosen.map((id) => byId.get(id)!) };
}

/** One batch, ignoring scope (callers check it). */
export async function findBatch(db: Db, id: string): Promise<BatchRow | undefined> {
  const row = await withNames(db).where('b.id', '=', id).executeTakeFirst();
  return row ? (counted(row) as BatchRow) : undefined;
}

export async function insertBatch(
  db: Db,
  batch: Insertable<ReviewBatchTable>,
  targets: Insertable<ReviewTargetTable>[],
  files: Insertable<ReviewFileTable>[],
): Promise<void> {
  await db.insertInto('review_batch').values(batch).execute();
  if (targets.length) await db.insertInto('review_target').values(targets).execute();
  for (let i = 0; i < files.length; i += 100)
    await db
      .insertInto('review_file')
      .values(files.slice(i, i + 100))
      .execute();
}

export async function updateBatch(db: Db, id: string, set: Updateable<ReviewBatchTable>): Promise<void> {
  await db.updateTable('review_batch').set(set).where('id', '=', id).execute();
}

/** The reviewed agencies of a batch, in the order they were given. */
export function targetsOf(db: Db, batchId: string): Promise<TargetRow[]> {
  return db
    .selectFrom('review_target as t')
    .innerJoin('org', 'org.id', 't.agency_org_id')
    .selectAll('t')
    .select('org.name as agency_name')
    .where('t.batch_id', '=', batchId)
    .orderBy('t.id')
    .execute();
}

/** The sampled files of a batch, in draw order. */
export function filesOf(db: Db, batchId: string): Promise<FileRow[]> {
  return db
    .selectFrom('review_file as f')
    .innerJoin('org', 'org.id', 'f.agency_org_id')
    .selectAll('f')
    .select('org.name as agency_name')
    .where('f.batch_id', '=', batchId)
    .orderBy('f.seq')
    .execute();
}

/** One sampled file with its agency's place in the tree. */
export function findFile(db: Db, id: string) {
  return db
    .selectFrom('review_file as f')
    .innerJoin('org', 'org.id', 'f.agency_org_id')
    .selectAll('f')
    .select(['org.name as agency_name', 'org.path as agency_path'])
    .where('f.id', '=', id)
    .executeTakeFirst();
}

export async function updateFile(db: Db, id: string, set: Updateable<ReviewFileTable>): Promise<void> {
  await db.updateTable('review_file').set(set).where('id', '=', id).execute();
}

/** Published files of a year whose agency some scope reaches, with their batch (agency views, assessment). */
export function publishedFiles(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: { year?: number | undefined; organizerId?: string | undefined },
) {
  let query = db
    .selectFrom('review_file as f')
    .innerJoin('review_batch as b', 'b.id', 'f.batch_id')
    .innerJoin('org', 'org.id', 'f.agency_org_id')
    .innerJoin('org as organizer', 'organizer.id', 'b.org_id')
    .where('b.status', '=', 'published')
    .where((eb) => scopeFilter(eb, scopes, { org: 'f.agency_org_id', region: 'f.region_code' }));
  if (filter.year) query = query.where('b.year', '=', filter.year);
  if (filter.organizerId) query = query.where('b.org_id', '=', filter.organizerId);
  return query
    .selectAll('f')
    .select([
      'org.name as agency_name',
      'b.name as batch_name',
      'b.year as batch_year',
      'b.published_at',
      'b.response_due',
      'b.rubric_id',
      'organizer.name as organizer_name',
    ])
    .orderBy('b.year', 'desc')
    .orderBy('b.published_at', 'desc')
    .orderBy('f.seq')
    .execute();
}
