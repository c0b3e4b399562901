import type { Kysely } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

/**
 * The GB/T 2260 region tree (行政区划). Only the table: the data is loaded by `jiandu regions load`
 * and by seeding, so a migration never depends on a dataset's version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('region')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) =>
      c.notNull().check(checkIn('level', ['province', 'city', 'county', 'township'])),
    )
    .addColumn('parent_code', 'text', (c) => c.references('region.code'))
    .addColumn('prefix', 'text', (c) => c.notNull().unique())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('region_parent').on('region').column('parent_code').execute();
  await db.schema.createIndex('region_level').on('region').column('level').execute();
}

/** Drops the region tree. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('region').execute();
}
