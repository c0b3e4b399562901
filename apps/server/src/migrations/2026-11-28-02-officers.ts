import type { Kysely } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

/**
 * Officers and their certificates (行政执法人员, 执法证/监督证), with the history needed to answer
 * "was certificate N valid on date D": every status change is an event with its effective date.
 * Also posts held (transfers), training hours, exam results, staffing targets and the in-app
 * notifications the expiry job sends.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    /** Same key = same notice; the job never sends one twice. */
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('read_by', 'text')
    .execute();
  await db.schema
    .createIndex('notification_org')
    .on('notification')
    .columns(['org_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('officer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull().check(checkIn('gender', ['male', 'female'])))
    .addColumn('id_number_enc', 'text', (c) => c.notNull())
    .addColumn('id_number_index', 'text', (c) => c.notNull().unique())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('phone_enc', 'text')
    .addColumn('photo', 'text')
    .addColumn('photo_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('staff_kind', 'text', (c) =>
      c.notNull().check(checkIn('staff_kind', ['civil_servant', 'public_institution', 'other'])),
    )
    /** JSON array of enforcement field codes. */
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('legal_qualification', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('legal_reviewer', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['active', 'left'])))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('officer_org').on('officer').columns(['org_id', 'status']).execute();
  await db.schema.createIndex('officer_region').on('officer').column('region_code').execute();

  await db.schema
    .createTable('officer_post')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('officer_id', 'text', (c) => c.notNull().references('officer.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('officer_post_officer')
    .on('officer_post')
    .columns(['officer_id', 'from_date'])
    .execute();

  const statuses = ['valid', 'suspended', 'revoked', 'cancelled', 'expired'];
  await db.schema
    .createTable('certificate')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('officer_id', 'text', (c) => c.notNull().references('officer.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull().check(checkIn('type', ['enforcement', 'supervision'])))
    .addColumn('issuing_authority', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'text', (c) => c.notNull())
    .addColumn('expiry_date', 'text', (c) => c.notNull())
    /** JSON array of enforcement field codes the certificate covers. */
    .addColumn('fields', 'text', (c) => c.notNull())
    /** Current status, kept in step with the latest event effective today or earlier. */
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', statuses)))
    /** Smallest days-before-expiry notice already sent (60, 30, 7), so each goes out once. */
    .addColumn('expiry_notice_days', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('certificate_officer').on('certificate').column('officer_id').execute();
  await db.schema
    .createIndex('certificate_expiry')
    .on('certificate')
    .columns(['status', 'expiry_date'])
    .execute();
  await db.schema.createIndex('certificate_org').on('certificate').column('org_id').execute();

  await db.schema
    .createTable('certificate_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('certificate_id', 'text', (c) => c.notNull().references('certificate.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', statuses)))
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('certificate_event_certificate')
    .on('certificate_event')
    .columns(['certificate_id', 'effective_date'])
    .execute();

  await db.schema
    .createTable('training_record')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('officer_id', 'text', (c) => c.notNull().references('officer.id'))
    .addColumn('course', 'text', (c) => c.notNull())
    .addColumn('provider', 'text')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('completed_on', 'text', (c) => c.notNull())
    .addColumn('hours', 'real', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('training_record_officer')
    .on('training_record')
    .columns(['officer_id', 'year'])
    .execute();

  await db.schema
    .createTable('exam_result')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('officer_id', 'text', (c) => c.notNull().references('officer.id'))
    .addColumn('subject', 'text', (c) =>
      c.notNull().check(checkIn('subject', ['public_law', 'professional_law', 'other'])),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('taken_on', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('exam_result_officer').on('exam_result').column('officer_id').execute();

  await db.schema
    .createTable('staffing_target')
    /** A region's own targets; the province's row (or the built-in defaults) applies below it. */
    .addColumn('region_code', 'text', (c) => c.primaryKey())
    .addColumn('legal_reviewer_share', 'real', (c) => c.notNull())
    .addColumn('training_hours', 'real', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
}

/** Drops the officer tables, newest first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'staffing_target',
    'exam_result',
    'training_record',
    'certificate_event',
    'certificate',
    'officer_post',
    'officer',
    'notification',
  ])
    await db.schema.dropTable(table).execute();
}
