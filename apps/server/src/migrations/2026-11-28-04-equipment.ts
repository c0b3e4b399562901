import type { Kysely } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

/**
 * The equipment register (制式服装、标志标识、装备): issues to an org or one of its officers, and the
 * returns against each issue, so what is in use is issued minus returned and partial returns keep
 * their history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('equipment_issue')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('officer_id', 'text', (c) => c.references('officer.id'))
    .addColumn('category', 'text', (c) =>
      c.notNull().check(checkIn('category', ['uniform', 'insignia', 'equipment'])),
    )
    .addColumn('item_name', 'text', (c) => c.notNull())
    .addColumn('specification', 'text')
    .addColumn('serial_number', 'text')
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    /** Sum of the returns, kept in step with equipment_return in the same transaction. */
    .addColumn('returned_quantity', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('returned_on', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('equipment_issue_org')
    .on('equipment_issue')
    .columns(['org_id', 'category', 'item_name'])
    .execute();
  await db.schema.createIndex('equipment_issue_officer').on('equipment_issue').column('officer_id').execute();

  await db.schema
    .createTable('equipment_return')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issue_id', 'text', (c) => c.notNull().references('equipment_issue.id'))
    .addColumn('returned_on', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('equipment_return_issue')
    .on('equipment_return')
    .columns(['issue_id', 'returned_on'])
    .execute();
}

/** Drops the equipment tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('equipment_return').execute();
  await db.schema.dropTable('equipment_issue').execute();
}
