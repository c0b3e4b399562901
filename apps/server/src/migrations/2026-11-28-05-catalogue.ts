import { type Kysely, sql } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

/**
 * The item catalogue (执法事项目录) and discretion benchmarks (行政裁量权基准). An `item` row is one
 * agency's item code with the projection lists and searches need; every version of the item and of
 * its benchmark is a row of `item_version` with its content and effective dates (a change makes a
 * new version, the old one stays); `item_event` is the append-only log of adjustments with reasons.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    /** Name, kind and fields of the newest version (published, or the first draft). */
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          checkIn('kind', [
            'penalty',
            'license',
            'coercion',
            'inspection',
            'levy',
            'payment',
            'adjudication',
            'confirmation',
            'reward',
            'other',
          ]),
        ),
    )
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(checkIn('status', ['draft', 'submitted', 'published', 'withdrawn'])),
    )
    .addColumn('pending_status', 'text', (c) => c.check(checkIn('pending_status', ['draft', 'submitted'])))
    /** The newest published version's number and first day in force. */
    .addColumn('version', 'integer')
    .addColumn('effective_from', 'text')
    .addColumn('withdrawn_on', 'text')
    .addColumn('benchmark_status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('none')
        .check(checkIn('benchmark_status', ['none', 'draft', 'submitted', 'published', 'withdrawn'])),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('item_agency_code', ['org_id', 'code'])
    .execute();
  await db.schema.createIndex('item_status').on('item').columns(['status', 'kind']).execute();

  await db.schema
    .createTable('item_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('item.id'))
    .addColumn('subject', 'text', (c) => c.notNull().check(checkIn('subject', ['item', 'benchmark'])))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(checkIn('status', ['draft', 'submitted', 'published', 'superseded', 'withdrawn'])),
    )
    /** The item's name on item versions (searched by the portal); null on benchmark versions. */
    .addColumn('name', 'text')
    /** JSON: the item's or the benchmark's content. */
    .addColumn('content', 'text', (c) => c.notNull())
    /** First and last day in force (both inclusive); set on publication, supersession, withdrawal. */
    .addColumn('effective_from', 'text')
    .addColumn('effective_to', 'text')
    /** 调整原因: why this version was made. */
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('item_version_number', ['item_id', 'subject', 'version'])
    .execute();
  // At most one version in progress per item and subject, held by the database.
  await db.schema
    .createIndex('item_version_working')
    .on('item_version')
    .columns(['item_id', 'subject'])
    .unique()
    .where(sql<boolean>`status in ('draft', 'submitted')`)
    .execute();
  // Versions are read by item (the unique index above); no index leads from a subject or status,
  // so searches start from the small item rows and their agency instead of every version.

  await db.schema
    .createTable('item_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('item.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('item_version.id'))
    .addColumn('subject', 'text', (c) => c.notNull().check(checkIn('subject', ['item', 'benchmark'])))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) =>
      c.notNull().check(checkIn('action', ['draft', 'submit', 'return', 'publish', 'supersede', 'withdraw'])),
    )
    .addColumn('reason', 'text')
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('actor_org_name', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('item_event_item')
    .on('item_event')
    .columns(['item_id', 'recorded_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('item_event').execute();
  await db.schema.dropTable('item_version').execute();
  await db.schema.dropTable('item').execute();
}
