import { type Kysely, sql } from 'kysely';
import { type ChainRow, chainHash, GENESIS_HASH } from '../platform/audit/chain.ts';
import { auditAppendOnlyTriggers, dialectOf } from '../platform/db/dialect.ts';
import { checkIn } from '../platform/db/schema-helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration works on the schema as it was then, not on today's types.
type AnyDb = Kysely<any>;

const BATCH = 1000;

/**
 * Chains every audit row to the one before it with SM3, keeps the head and the retention anchor
 * in one-row tables, and makes `audit_event` append-only with triggers (等保 level 3).
 */
export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as AnyDb;
  // SQLite adds one column per statement, and a NOT NULL column only with a default; the
  // defaults are never relied on (recordAudit sets every column), and a row that used them fails
  // verification.
  const columns = [
    ['seq', 'bigint', 0],
    ['prev_hash', 'text', ''],
    ['hash', 'text', ''],
  ] as const;
  for (const [name, type, fallback] of columns)
    await db.schema
      .alterTable('audit_event')
      .addColumn(name, type, (c) => c.notNull().defaultTo(fallback))
      .execute();
  await db.schema
    .alterTable('audit_event')
    .addColumn('result', 'text', (c) =>
      c
        .notNull()
        .defaultTo('success')
        .check(checkIn('result', ['success', 'failure'])),
    )
    .execute();
  await db.schema.alterTable('audit_event').addColumn('request_id', 'text').execute();

  const head = await backfill(db);
  await db.schema.createIndex('audit_event_seq').unique().on('audit_event').column('seq').execute();

  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('last_seq', 'bigint', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .execute();
  await db.insertInto('audit_head').values({ id: 1, last_seq: head.seq, last_hash: head.hash }).execute();
  await db.schema
    .createTable('audit_retention')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('archived_through_seq', 'bigint', (c) => c.notNull())
    .addColumn('anchor_hash', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('audit_retention')
    .values({ id: 1, archived_through_seq: 0, anchor_hash: GENESIS_HASH })
    .execute();

  for (const statement of auditAppendOnlyTriggers(dialectOf(db)).create) await statement.execute(db);
}

/** Chains the rows written before this migration, in the order they were written. */
async function backfill(db: AnyDb): Promise<{ seq: number; hash: string }> {
  let seq = 0;
  let hash = GENESIS_HASH;
  let after: { at: string; id: string } | undefined;
  for (;;) {
    const rows = await db
      .selectFrom('audit_event')
      .selectAll()
      .$if(after !== undefined, (qb) =>
        qb.where((eb) =>
          eb.or([eb('at', '>', after!.at), eb.and([eb('at', '=', after!.at), eb('id', '>', after!.id)])]),
        ),
      )
      .orderBy('at')
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      seq += 1;
      const content = { ...(row as ChainRow), seq, result: 'success' as const, request_id: null };
      const next = chainHash(hash, content);
      await db
        .updateTable('audit_event')
        .set({ seq, prev_hash: hash, hash: next })
        .where('id', '=', row.id)
        .execute();
      hash = next;
      after = { at: row.at, id: row.id };
    }
    if (rows.length < BATCH) return { seq, hash };
  }
}

/** Removes the chain, the triggers and the new columns. */
export async function down(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as AnyDb;
  for (const statement of auditAppendOnlyTriggers(dialectOf(db)).drop) await statement.execute(db);
  await db.schema.dropTable('audit_retention').execute();
  await db.schema.dropTable('audit_head').execute();
  await db.schema.dropIndex('audit_event_seq').execute();
  for (const column of ['request_id', 'result', 'hash', 'prev_hash', 'seq'])
    await db.schema.alterTable('audit_event').dropColumn(column).execute();
}
