import type { AssignmentStatus } from '@jiandu/contracts/case-review-labels';
import type { Insertable, Updateable } from 'kysely';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { ReviewAssignmentTable, ReviewReviewerTable } from './case-reviews.table.ts';

/** A pool member with their account and org named and their live sheets counted. */
export interface ReviewerRow extends ReviewReviewerTable {
  org_name: string;
  org_path: string;
  username: string;
  display_name: string;
  account_org_id: string;
  assignments: number;
}

/** A batch's reviewer pool, in the order they were added. */
export async function reviewersOf(db: Db, batchId: string): Promise<ReviewerRow[]> {
  const rows = await db
    .selectFrom('review_reviewer as v')
    .innerJoin('org', 'org.id', 'v.org_id')
    .innerJoin('app_user as u', 'u.id', 'v.user_id')
    .selectAll('v')
    .select((eb) => [
      'org.name as org_name',
      'org.path as org_path',
      'u.username',
      'u.display_name',
      'u.org_id as account_org_id',
      eb
        .selectFrom('review_assignment as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('a.reviewer_id', '=', 'v.id')
        .where('a.status', '<>', 'replaced')
        .as('assignments'),
    ])
    .where('v.batch_id', '=', batchId)
    .orderBy('v.added_at')
    .orderBy('v.id')
    .execute();
  return rows.map((r) => ({ ...r, assignments: toNumber(r.assignments) }));
}

export async function insertReviewer(db: Db, row: Insertable<ReviewReviewerTable>): Promise<void> {
  await db.insertInto('review_reviewer').values(row).execute();
}

export async function deleteReviewer(db: Db, id: string): Promise<void> {
  await db.deleteFrom('review_reviewer').where('id', '=', id).execute();
}

/** Every sheet of a batch (replaced ones too), by file and creation. */
export function assignmentsOfBatch(db: Db, batchId: string) {
  return db
    .selectFrom('review_assignment as a')
    .innerJoin('review_reviewer as v', 'v.id', 'a.reviewer_id')
    .selectAll('a')
    .select('v.name as reviewer_name')
    .where('a.batch_id', '=', batchId)
    .orderBy('a.file_id')
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}

/** The sheets of one file. */
export function assignmentsOfFile(db: Db, fileId: string) {
  return db
    .selectFrom('review_assignment as a')
    .innerJoin('review_reviewer as v', 'v.id', 'a.reviewer_id')
    .selectAll('a')
    .select('v.name as reviewer_name')
    .where('a.file_id', '=', fileId)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}

export async function insertAssignments(db: Db, rows: Insertable<ReviewAssignmentTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('review_assignment')
      .values(rows.slice(i, i + 100))
      .execute();
}

/** Changes a sheet if it is still in one of the given statuses; false when it moved on meanwhile. */
export async function updateAssignment(
  db: Db,
  id: string,
  from: readonly AssignmentStatus[],
  set: Updateable<ReviewAssignmentTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('review_assignment')
    .set(set)
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A sheet with its file, batch and organizer, for the reviewer's pages. */
export function findAssignment(db: Db, id: string) {
  return sheetQuery(db).where('a.id', '=', id).executeTakeFirst();
}

/** The sheets of one account, newest batch first, in draw order. */
export function assignmentsOfUser(db: Db, userId: string, status?: AssignmentStatus) {
  let query = sheetQuery(db).where('a.user_id', '=', userId);
  query = status ? query.where('a.status', '=', status) : query.where('a.status', '<>', 'replaced');
  return query.orderBy('b.year', 'desc').orderBy('b.created_at', 'desc').orderBy('f.seq').execute();
}

function sheetQuery(db: Db) {
  return db
    .selectFrom('review_assignment as a')
    .innerJoin('review_file as f', 'f.id', 'a.file_id')
    .innerJoin('review_batch as b', 'b.id', 'a.batch_id')
    .innerJoin('org as organizer', 'organizer.id', 'b.org_id')
    .innerJoin('org as agency', 'agency.id', 'f.agency_org_id')
    .selectAll('a')
    .select([
      'f.seq',
      'f.case_id',
      'f.case_number',
      'f.case_title',
      'f.kind',
      'f.agency_org_id',
      'agency.name as agency_name',
      'b.name as batch_name',
      'b.year as batch_year',
      'b.status as batch_status',
      'b.rubric_id',
      'organizer.name as organizer_name',
    ]);
}
