import { type Kysely, sql } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

/**
 * Agency qualification (执法主体资格确认): one row per version of an agency's qualification, and an
 * append-only event table with every step (submit, return, confirm, publish, revoke, supersede)
 * and its effective date, so "was agency X qualified on date D" is answerable from history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agency_qualification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    /** The agency's region when the version was drafted (the org may move later). */
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(checkIn('status', ['draft', 'submitted', 'confirmed', 'published', 'superseded', 'revoked'])),
    )
    /** 1 on the version that gives the agency its status (the one in force, or its first draft). */
    .addColumn('is_current', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('authority', 'text', (c) =>
      c.notNull().check(checkIn('authority', ['statutory', 'authorised', 'entrusted'])),
    )
    /** JSON array of {law, article}. */
    .addColumn('legal_bases', 'text', (c) => c.notNull())
    /** JSON array of enforcement field codes. */
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('entrusting_body', 'text')
    .addColumn('entrusted_scope', 'text')
    .addColumn('entrusted_powers', 'text')
    .addColumn('term_start', 'text')
    .addColumn('term_end', 'text')
    .addColumn('note', 'text')
    .addColumn('confirmed_on', 'text')
    .addColumn('published_on', 'text')
    .addColumn('superseded_on', 'text')
    .addColumn('revoked_on', 'text')
    .addColumn('revocation_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('agency_qualification_version', ['org_id', 'version'])
    .execute();
  // At most one current version and one version in progress per agency, held by the database.
  await db.schema
    .createIndex('agency_qualification_current')
    .on('agency_qualification')
    .column('org_id')
    .unique()
    .where(sql<boolean>`is_current = 1`)
    .execute();
  await db.schema
    .createIndex('agency_qualification_working')
    .on('agency_qualification')
    .column('org_id')
    .unique()
    .where(sql<boolean>`status in ('draft', 'submitted')`)
    .execute();
  await db.schema
    .createIndex('agency_qualification_public')
    .on('agency_qualification')
    .columns(['status', 'published_on'])
    .execute();

  await db.schema
    .createTable('agency_qualification_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('qualification_id', 'text', (c) => c.notNull().references('agency_qualification.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) =>
      c
        .notNull()
        .check(checkIn('action', ['draft', 'submit', 'return', 'confirm', 'publish', 'revoke', 'supersede'])),
    )
    .addColumn('reason', 'text')
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('actor_org_name', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('agency_qualification_event_org')
    .on('agency_qualification_event')
    .columns(['org_id', 'id'])
    .execute();
}

/** Drops the qualification tables, events first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('agency_qualification_event').execute();
  await db.schema.dropTable('agency_qualification').execute();
}
