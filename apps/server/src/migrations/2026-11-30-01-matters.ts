import type { Kysely } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

const STATUSES = ['open', 'investigating', 'rectifying', 'verifying', 'closed'];
const NOTICE_KINDS = ['notification', 'recommendation', 'opinion', 'decision'];
const NOTICE_STATUSES = ['issued', 'reported', 'accepted', 'withdrawn'];

/**
 * Supervision matters (监督事项) and their notices (监督文书). `matter` is one supervision case about
 * one agency, with the cases and warnings it concerns, the supervisors assigned to investigate and
 * their records; `supervision_notice` a document issued to the agency, numbered per issuing org and
 * year, kept as the PDF and DOCX it was issued as; `notice_response` the agency's plan, progress and
 * completion reports with the supervisor's verdict on each report; `notice_objection` an objection
 * and its decision; `matter_event` the matter's visible history (reminders and escalations too).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('matter')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** Per supervising org and year: 沈阳市司法局监督〔2026〕12号 → stored whole. */
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('agency_org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().check(checkIn('scope', ['single', 'class'])))
    .addColumn('mode', 'text', (c) => c.notNull().check(checkIn('mode', ['binding', 'advisory'])))
    .addColumn('track', 'text', (c) =>
      c.notNull().check(checkIn('track', ['routine', 'focused', 'campaign'])),
    )
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('origin_ref', 'text')
    /** JSON array of problem codes. */
    .addColumn('problems', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', STATUSES)))
    /** The due date of the notice the agency must answer now; the desk sorts by it. */
    .addColumn('due_on', 'text')
    .addColumn('opened_on', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('conclusion', 'text')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('matter_seq', ['org_id', 'year', 'seq'])
    .execute();
  await db.schema.createIndex('matter_status').on('matter').columns(['status', 'due_on']).execute();
  await db.schema.createIndex('matter_agency').on('matter').columns(['agency_org_id', 'status']).execute();
  await db.schema.createIndex('matter_org').on('matter').columns(['org_id', 'opened_on']).execute();
  await db.schema.createIndex('matter_origin').on('matter').columns(['origin', 'origin_ref']).execute();

  await db.schema
    .createTable('matter_case')
    .addColumn('matter_id', 'text', (c) => c.notNull().references('matter.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addPrimaryKeyConstraint('matter_case_pk', ['matter_id', 'case_id'])
    .execute();
  await db.schema.createIndex('matter_case_case').on('matter_case').columns(['case_id']).execute();
  await db.schema
    .createTable('matter_warning')
    .addColumn('matter_id', 'text', (c) => c.notNull().references('matter.id'))
    .addColumn('warning_id', 'text', (c) => c.notNull().references('warning.id'))
    .addPrimaryKeyConstraint('matter_warning_pk', ['matter_id', 'warning_id'])
    .execute();
  await db.schema
    .createIndex('matter_warning_warning')
    .on('matter_warning')
    .columns(['warning_id'])
    .execute();

  await db.schema
    .createTable('matter_supervisor')
    .addColumn('matter_id', 'text', (c) => c.notNull().references('matter.id'))
    .addColumn('officer_id', 'text', (c) => c.notNull().references('officer.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    /** The 监督证 valid on the day of assignment. */
    .addColumn('certificate_number', 'text', (c) => c.notNull())
    .addColumn('assigned_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('matter_supervisor_pk', ['matter_id', 'officer_id'])
    .execute();

  await db.schema
    .createTable('matter_record')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('matter_id', 'text', (c) => c.notNull().references('matter.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('happened_on', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    /** JSON array of {sha256, fileName, size, contentType} in the evidence store. */
    .addColumn('attachments', 'text', (c) => c.notNull())
    /** JSON array of the supervisors' names who took part. */
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('matter_record_matter').on('matter_record').columns(['matter_id']).execute();

  await db.schema
    .createTable('supervision_notice')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('matter_id', 'text', (c) => c.notNull().references('matter.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('agency_org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', NOTICE_KINDS)))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('requirements', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    /** How the due date was computed, in one Chinese sentence. */
    .addColumn('due_rule', 'text', (c) => c.notNull())
    .addColumn('objection_until', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', NOTICE_STATUSES)))
    .addColumn('read_at', 'text')
    .addColumn('read_by', 'text')
    .addColumn('pdf_sha256', 'text', (c) => c.notNull())
    .addColumn('docx_sha256', 'text', (c) => c.notNull())
    /** Days overdue when the last reminder went out, so each step reminds once. */
    .addColumn('reminded_step', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('supervision_notice_seq', ['org_id', 'kind', 'year', 'seq'])
    .execute();
  await db.schema
    .createIndex('supervision_notice_matter')
    .on('supervision_notice')
    .columns(['matter_id', 'issued_on'])
    .execute();
  await db.schema
    .createIndex('supervision_notice_agency')
    .on('supervision_notice')
    .columns(['agency_org_id', 'issued_on'])
    .execute();
  await db.schema
    .createIndex('supervision_notice_due')
    .on('supervision_notice')
    .columns(['status', 'due_on'])
    .execute();

  await db.schema
    .createTable('notice_response')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('notice_id', 'text', (c) => c.notNull().references('supervision_notice.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', ['plan', 'progress', 'report'])))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('attachments', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.check(checkIn('verdict', ['accepted', 'returned'])))
    .addColumn('verdict_note', 'text')
    .addColumn('verdict_at', 'text')
    .addColumn('verdict_by', 'text')
    .execute();
  await db.schema
    .createIndex('notice_response_notice')
    .on('notice_response')
    .columns(['notice_id', 'submitted_at'])
    .execute();

  await db.schema
    .createTable('notice_objection')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('notice_id', 'text', (c) => c.notNull().references('supervision_notice.id'))
    .addColumn('grounds', 'text', (c) => c.notNull())
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('filed_by', 'text', (c) => c.notNull())
    .addColumn('decide_by', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.check(checkIn('decision', ['upheld', 'rejected'])))
    .addColumn('decision_reason', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('decided_by', 'text')
    .execute();
  await db.schema
    .createIndex('notice_objection_notice')
    .on('notice_objection')
    .columns(['notice_id'])
    .execute();

  await db.schema
    .createTable('matter_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('matter_id', 'text', (c) => c.notNull().references('matter.id'))
    .addColumn('notice_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    /** User id, or null for the platform (reminders). */
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('matter_event_matter')
    .on('matter_event')
    .columns(['matter_id', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'matter_event',
    'notice_objection',
    'notice_response',
    'supervision_notice',
    'matter_record',
    'matter_supervisor',
    'matter_warning',
    'matter_case',
    'matter',
  ])
    await db.schema.dropTable(table).execute();
}
