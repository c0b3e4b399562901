import type { Db } from '../db/tables.ts';
import type { BlobRow, BlobVerifyStatus, NewBlobRow } from './blobs.table.ts';

/** Registers a stored file; returns false when its hash is already registered (deduplicated). */
export async function insertBlob(db: Db, row: NewBlobRow): Promise<boolean> {
  const result = await db
    .insertInto('blob')
    .values(row)
    .onConflict((oc) => oc.column('sha256').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** One registered file, or undefined. */
export function findBlob(db: Db, sha256: string): Promise<BlobRow | undefined> {
  return db.selectFrom('blob').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

/** The next `limit` registered files after `after` in hash order (keyset paging keeps memory flat). */
export function listBlobsAfter(db: Db, after: string | null, limit: number): Promise<BlobRow[]> {
  let query = db.selectFrom('blob').selectAll().orderBy('sha256').limit(limit);
  if (after !== null) query = query.where('sha256', '>', after);
  return query.execute();
}

/** How many files are registered. */
export async function countBlobs(db: Db): Promise<number> {
  const row = await db
    .selectFrom('blob')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stores the outcome of one re-verification. */
export async function recordVerification(
  db: Db,
  sha256: string,
  outcome: { status: BlobVerifyStatus; detail: string | null; at: string },
): Promise<void> {
  await db
    .updateTable('blob')
    .set({ verify_status: outcome.status, verify_detail: outcome.detail, last_verified_at: outcome.at })
    .where('sha256', '=', sha256)
    .execute();
}
