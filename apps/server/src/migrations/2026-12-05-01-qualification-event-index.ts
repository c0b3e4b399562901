import type { Kysely } from 'kysely';

/**
 * The qualification register (used by every warning evaluation) joins each qualification version to
 * its events by `qualification_id`; without an index SQLite scanned the whole event table once per
 * version, a cost that grew with the province's history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('agency_qualification_event_of')
    .on('agency_qualification_event')
    .columns(['qualification_id', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('agency_qualification_event_of').execute();
}
