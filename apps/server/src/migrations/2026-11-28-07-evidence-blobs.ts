import type { Kysely } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

/**
 * The evidence file store's register (执法全过程记录的证据文件): one row per distinct content, named by
 * its SHA-256, with its SM3 and size as computed while it was uploaded and the outcome of the last
 * re-verification. The bytes themselves live in the blob store, not in the database.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('blob')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('sm3', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_verified_at', 'text')
    .addColumn('verify_status', 'text', (c) =>
      c.check(checkIn('verify_status', ['ok', 'mismatch', 'missing'])),
    )
    .addColumn('verify_detail', 'text')
    .execute();
  await db.schema.createIndex('blob_verify_status').on('blob').column('verify_status').execute();
}

/** Drops the register; the files on disk are left for the operator. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('blob').execute();
}
