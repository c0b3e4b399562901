import type { Kysely } from 'kysely';
import { replaceEnumCheck } from '../platform/db/dialect.ts';

const CHANNELS = ['web', 'phone', 'letter', 'visit', 'petition'];

/**
 * 12345 hotline work orders as complaints: the channel `hotline_12345`, the work-order number
 * (`external_ref`, unique per channel, so importing the same orders again creates nothing) and the
 * hotline's own deadline for the handling unit (`external_due_on`, 承办时限).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await replaceEnumCheck(db, 'complaint', 'channel', [...CHANNELS, 'hotline_12345']);
  await db.schema.alterTable('complaint').addColumn('external_ref', 'text').execute();
  await db.schema.alterTable('complaint').addColumn('external_due_on', 'text').execute();
  await db.schema
    .createIndex('complaint_external_ref')
    .on('complaint')
    .columns(['channel', 'external_ref'])
    .unique()
    .execute();
}

/** Imported work orders stay, counted as telephone complaints. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('complaint_external_ref').execute();
  await db.schema.alterTable('complaint').dropColumn('external_due_on').execute();
  await db.schema.alterTable('complaint').dropColumn('external_ref').execute();
  // biome-ignore lint/suspicious/noExplicitAny: the schema of this migration's moment, not today's.
  await (db as Kysely<any>)
    .updateTable('complaint')
    .set({ channel: 'phone' })
    .where('channel', '=', 'hotline_12345')
    .execute();
  await replaceEnumCheck(db, 'complaint', 'channel', CHANNELS);
}
