import type { Kysely } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

const CHANNELS = ['web', 'phone', 'letter', 'visit', 'petition'];
const STATUSES = ['registered', 'handling', 'declined', 'transferred', 'answered', 'rated', 'closed'];
const STAGES = ['accept', 'answer'];
const RATINGS = ['satisfied', 'basically', 'unsatisfied'];
const EXTENSION = ['requested', 'approved', 'refused'];

/**
 * Complaints (投诉举报): `complaint` is one report from the public, handled by a supervising org
 * (`org_id`, which changes on transfer) and possibly about an agency (`agency_org_id`). The
 * complainant's name, phone and ID number are encrypted (`*_enc`), the phone also kept as a blind
 * index for duplicate detection; the tracking password only as an argon2id hash. Due dates are
 * stored with the sentence that derives them; `stage`/`due_on` name the deadline waited on now.
 * `complaint_event` is the visible history, `complaint_link` the detected duplicates, and
 * `complaint_challenge_use` the spent challenge tokens (single use).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('complaint')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text')
    .addColumn('channel', 'text', (c) => c.notNull().check(checkIn('channel', CHANNELS)))
    .addColumn('profile', 'text', (c) => c.notNull().check(checkIn('profile', ['complaint', 'petition'])))
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('agency_org_id', 'text', (c) => c.references('org.id'))
    /** JSON of the target as the complainant named it (agency, officer, case by id or name). */
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    /** JSON array of attachments {sha256, fileName, size, contentType}. */
    .addColumn('attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('confidential', 'integer', (c) => c.notNull())
    .addColumn('name_enc', 'text')
    .addColumn('phone_enc', 'text')
    .addColumn('id_number_enc', 'text')
    .addColumn('phone_index', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', STATUSES)))
    .addColumn('stage', 'text', (c) => c.check(checkIn('stage', STAGES)))
    .addColumn('due_on', 'text')
    .addColumn('overdue_stage', 'text', (c) => c.check(checkIn('overdue_stage', STAGES)))
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addColumn('registered_by', 'text', (c) => c.notNull())
    .addColumn('accept_due_on', 'text', (c) => c.notNull())
    .addColumn('accept_due_rule', 'text', (c) => c.notNull())
    .addColumn('accepted_on', 'text')
    .addColumn('decline_reason', 'text')
    .addColumn('transferred_to', 'text')
    .addColumn('answer_due_on', 'text')
    .addColumn('answer_due_rule', 'text')
    .addColumn('extension_days', 'integer')
    .addColumn('extension_reason', 'text')
    .addColumn('extension_status', 'text', (c) => c.check(checkIn('extension_status', EXTENSION)))
    .addColumn('extension_requested_by', 'text')
    .addColumn('extension_requested_by_id', 'text')
    .addColumn('extension_decided_by', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('rating', 'text', (c) => c.check(checkIn('rating', RATINGS)))
    .addColumn('rating_comment', 'text')
    .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('closed_on', 'text')
    .addColumn('matter_id', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('complaint_org').on('complaint').columns(['org_id', 'registered_on']).execute();
  await db.schema.createIndex('complaint_due').on('complaint').columns(['status', 'due_on']).execute();
  await db.schema.createIndex('complaint_phone').on('complaint').columns(['phone_index']).execute();
  await db.schema
    .createIndex('complaint_agency')
    .on('complaint')
    .columns(['agency_org_id', 'registered_on'])
    .execute();
  await db.schema
    .createTable('complaint_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaint.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('complaint_event_of')
    .on('complaint_event')
    .columns(['complaint_id', 'at'])
    .execute();
  await db.schema
    .createTable('complaint_link')
    .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaint.id'))
    .addColumn('related_id', 'text', (c) => c.notNull().references('complaint.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaint_link_pk', ['complaint_id', 'related_id'])
    .execute();
  await db.schema
    .createTable('complaint_challenge_use')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('complaint_challenge_use').execute();
  await db.schema.dropTable('complaint_link').execute();
  await db.schema.dropTable('complaint_event').execute();
  await db.schema.dropTable('complaint').execute();
}
