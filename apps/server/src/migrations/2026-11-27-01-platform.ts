import type { Kysely } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

/** Platform tables: working-day calendar, job scheduler and the audit trail. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendar_year')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .addColumn('loaded_by', 'text', (c) => c.notNull())
    .addColumn('day_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('calendar_day')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull().references('calendar_year.year').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', ['holiday', 'workday'])))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('calendar_day_year').on('calendar_day').column('year').execute();

  await db.schema
    .createTable('job')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('handler', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', ['recurring', 'once'])))
    .addColumn('cron', 'text')
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(checkIn('state', ['scheduled', 'done', 'failed'])))
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('job_due').on('job').columns(['state', 'run_at']).execute();

  await db.schema
    .createTable('job_run')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_key', 'text', (c) => c.notNull())
    .addColumn('handler', 'text', (c) => c.notNull())
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('duration_ms', 'integer')
    .addColumn('outcome', 'text', (c) =>
      c.notNull().check(checkIn('outcome', ['running', 'succeeded', 'failed', 'abandoned'])),
    )
    .addColumn('result', 'text')
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('job_run_job').on('job_run').columns(['job_key', 'started_at']).execute();
  await db.schema.createIndex('job_run_started').on('job_run').column('started_at').execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_event_at').on('audit_event').column('at').execute();
  await db.schema
    .createIndex('audit_event_target')
    .on('audit_event')
    .columns(['target_type', 'target_id'])
    .execute();
}

/** Drops the platform tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_event', 'job_run', 'job', 'calendar_day', 'calendar_year']) {
    await db.schema.dropTable(table).execute();
  }
}
