import type { Kysely } from 'kysely';
import { matchKeys } from '../modules/complaints/complaint-similarity.ts';

/**
 * Duplicate detection by shared keys instead of reading the latest 2,000 complaints for every new
 * one: `complaint_match_key` holds each complaint's phone, case, officer and content-similarity keys
 * (see `matchKeys`), and a new complaint's candidates are the complaints in the window that share
 * one. Complaints already registered get their keys here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('complaint_match_key')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaint.id'))
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaint_match_key_pk', ['key', 'complaint_id'])
    .execute();
  await db.schema
    .createIndex('complaint_match_key_of')
    .on('complaint_match_key')
    .columns(['complaint_id'])
    .execute();
  // biome-ignore lint/suspicious/noExplicitAny: the schema of this migration's moment.
  const typed = db as Kysely<any>;
  let after = '';
  for (;;) {
    const page = await typed
      .selectFrom('complaint')
      .select(['id', 'phone_index', 'agency_org_id', 'target', 'title', 'content', 'registered_on'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(500)
      .execute();
    if (!page.length) break;
    const rows = page.flatMap((c) =>
      matchKeys(c).map((key) => ({ key, complaint_id: c.id, registered_on: c.registered_on })),
    );
    for (let i = 0; i < rows.length; i += 500)
      await typed
        .insertInto('complaint_match_key')
        .values(rows.slice(i, i + 500))
        .execute();
    after = page.at(-1)!.id;
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('complaint_match_key').execute();
}
