import { type Kysely, sql } from 'kysely';
import { replaceEnumCheck } from '../platform/db/dialect.ts';
import { checkIn } from '../platform/db/schema-helpers.ts';

const STATUSES = ['draft', 'submitted', 'approved', 'refused', 'sent', 'received', 'answered', 'closed'];
const STAGES = ['approval', 'transfer', 'feedback', 'handover'];
const REVIEW_STATUSES = ['reconsideration', 'supervision'];
const REVIEW_STAGES = [
  'reconsideration_request',
  'reconsideration_decision',
  'supervision_request',
  'supervision_feedback',
];

/**
 * What follows a police refusal to file (规定第九条), and approval rounds. The referral gains the
 * statuses `reconsideration` and `supervision`, the stages of their windows and periods, the day the
 * org received the refusal notice and the window to contest it; `referral_review` holds each
 * reconsideration or filing-supervision request with its answer. `referral_approval` keeps every
 * round of the head's approval, so a refused referral can be revised and submitted again without
 * losing the refusal; existing submissions become round 1.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await replaceEnumCheck(db, 'referral', 'status', [...STATUSES, ...REVIEW_STATUSES]);
  await replaceEnumCheck(db, 'referral', 'stage', [...STAGES, ...REVIEW_STAGES]);
  await replaceEnumCheck(db, 'referral', 'overdue_stage', [...STAGES, ...REVIEW_STAGES]);
  await db.schema.alterTable('referral').addColumn('notified_on', 'text').execute();
  await db.schema.alterTable('referral').addColumn('review_window_on', 'text').execute();
  await db.schema.alterTable('referral').addColumn('review_window_rule', 'text').execute();

  await db.schema
    .createTable('referral_review')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('referral_id', 'text', (c) => c.notNull().references('referral.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', ['reconsideration', 'supervision'])))
    .addColumn('body_name', 'text', (c) => c.notNull())
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('request_number', 'text')
    .addColumn('request_reasons', 'text', (c) => c.notNull())
    .addColumn('request_attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    /** The window the request was made in, with its derivation. */
    .addColumn('window_on', 'text', (c) => c.notNull())
    .addColumn('window_rule', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('due_rule', 'text')
    .addColumn('result', 'text', (c) => c.check(checkIn('result', ['filed', 'upheld'])))
    .addColumn('decided_on', 'text')
    .addColumn('notified_on', 'text')
    .addColumn('result_number', 'text')
    .addColumn('result_reasons', 'text')
    .addColumn('result_attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('recorded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('referral_review_kind', ['referral_id', 'kind'])
    .execute();

  await db.schema
    .createTable('referral_approval')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('referral_id', 'text', (c) => c.notNull().references('referral.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('submitted_by_id', 'text')
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('due_rule', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.check(checkIn('decision', ['approved', 'refused'])))
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('reason', 'text')
    .addUniqueConstraint('referral_approval_round', ['referral_id', 'round'])
    .execute();
  await sql`
    insert into referral_approval (id, referral_id, round, submitted_at, submitted_by, submitted_by_id,
      due_on, due_rule, decision, decided_at, decided_by, reason)
    select id, id, 1, submitted_at, submitted_by, submitted_by_id, approval_due_on, approval_due_rule,
      case when status = 'refused' then 'refused' when decided_at is not null then 'approved' end,
      decided_at, decided_by, refusal_reason
    from referral where submitted_at is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Referrals in the later steps go back to where the earlier schema can hold them.
  await sql`update referral set status = 'answered' where status in ('reconsideration', 'supervision')`.execute(
    db,
  );
  await sql`update referral set stage = null, due_at = null where stage like 'reconsideration%' or stage like 'supervision%'`.execute(
    db,
  );
  await sql`update referral set overdue_stage = null where overdue_stage like 'reconsideration%' or overdue_stage like 'supervision%'`.execute(
    db,
  );
  await db.schema.dropTable('referral_approval').execute();
  await db.schema.dropTable('referral_review').execute();
  await db.schema.alterTable('referral').dropColumn('review_window_rule').execute();
  await db.schema.alterTable('referral').dropColumn('review_window_on').execute();
  await db.schema.alterTable('referral').dropColumn('notified_on').execute();
  await replaceEnumCheck(db, 'referral', 'overdue_stage', STAGES);
  await replaceEnumCheck(db, 'referral', 'stage', STAGES);
  await replaceEnumCheck(db, 'referral', 'status', STATUSES);
}
