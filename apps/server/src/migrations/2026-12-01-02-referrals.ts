import type { Kysely } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

const STATUSES = ['draft', 'submitted', 'approved', 'refused', 'sent', 'received', 'answered', 'closed'];
const TARGETS = ['discipline', 'police', 'procuratorate'];
const ORIGINS = ['case', 'matter', 'complaint', 'manual'];
const OUTCOMES = ['filed', 'not_filed', 'returned'];
const STAGES = ['approval', 'transfer', 'feedback', 'handover'];

/**
 * Referrals (线索移送): `referral` is one lead passed by an org to 纪检监察, 公安 or 检察, from its
 * draft through the head's approval, sending (numbered per org and year, kept as the PDF and DOCX
 * sent), receipt and the receiving body's feedback; each due date is stored with the sentence that
 * derives it, and `due_at`/`stage` name the deadline it waits on now (the reminder job reads them).
 * `referral_event` is its visible history, reminders included.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('referral')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull().check(checkIn('target_kind', TARGETS)))
    .addColumn('target_name', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull().check(checkIn('origin', ORIGINS)))
    .addColumn('origin_ref', 'text')
    /** What the origin was when the referral was drafted (case number and title, matter number …). */
    .addColumn('origin_label', 'text')
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('suspected_offence', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    /** JSON array of {certificateNumber, name}, checked valid on the day they were named. */
    .addColumn('handlers', 'text', (c) => c.notNull())
    /** JSON array of materials {kind, title, copies, pages, attachment}. */
    .addColumn('materials', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', STATUSES)))
    .addColumn('stage', 'text', (c) => c.check(checkIn('stage', STAGES)))
    /** When the current stage's period ends (ISO instant); null when nothing is due. */
    .addColumn('due_at', 'text')
    /** The stage whose deadline was missed, once the job has marked it. */
    .addColumn('overdue_stage', 'text', (c) => c.check(checkIn('overdue_stage', STAGES)))
    .addColumn('drafted_on', 'text', (c) => c.notNull())
    .addColumn('drafted_by', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_by_id', 'text')
    .addColumn('approval_due_on', 'text')
    .addColumn('approval_due_rule', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('refusal_reason', 'text')
    .addColumn('transfer_due_at', 'text')
    .addColumn('transfer_due_rule', 'text')
    .addColumn('year', 'integer')
    .addColumn('seq', 'integer')
    .addColumn('number', 'text', (c) => c.unique())
    .addColumn('sent_on', 'text')
    .addColumn('sent_by', 'text')
    .addColumn('pdf_sha256', 'text')
    .addColumn('docx_sha256', 'text')
    .addColumn('received_on', 'text')
    .addColumn('receiver', 'text')
    .addColumn('receipt_attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('feedback_due_on', 'text')
    .addColumn('feedback_due_rule', 'text')
    .addColumn('outcome', 'text', (c) => c.check(checkIn('outcome', OUTCOMES)))
    .addColumn('outcome_on', 'text')
    .addColumn('outcome_number', 'text')
    .addColumn('outcome_reasons', 'text')
    .addColumn('feedback_attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    /** After the police filed the case: exhibits and materials handed over within 3 days (第十二条). */
    .addColumn('handover_due_on', 'text')
    .addColumn('handover_due_rule', 'text')
    .addColumn('handed_over_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('conclusion', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('referral_seq', ['org_id', 'year', 'seq'])
    .execute();
  await db.schema.createIndex('referral_org').on('referral').columns(['org_id', 'drafted_on']).execute();
  await db.schema.createIndex('referral_due').on('referral').columns(['status', 'due_at']).execute();
  await db.schema.createIndex('referral_origin').on('referral').columns(['origin', 'origin_ref']).execute();

  await db.schema
    .createTable('referral_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('referral_id', 'text', (c) => c.notNull().references('referral.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    /** User id, or null for the platform (reminders). */
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('referral_event_referral')
    .on('referral_event')
    .columns(['referral_id', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('referral_event').execute();
  await db.schema.dropTable('referral').execute();
}
