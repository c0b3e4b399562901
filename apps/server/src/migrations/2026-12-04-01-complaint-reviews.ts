import type { Kysely } from 'kysely';
import { replaceEnumCheck } from '../platform/db/dialect.ts';
import { checkIn } from '../platform/db/schema-helpers.ts';

const STATUSES = ['registered', 'handling', 'declined', 'transferred', 'answered', 'rated', 'closed'];
const REVIEW_STATUSES = ['reviewing', 'reviewed', 'rechecking', 'rechecked'];
const STAGES = ['accept', 'answer'];
const REVIEW_STAGES = ['review', 'recheck'];

/**
 * 信访 复查 and 复核 (信访工作条例 Arts. 35–36) and routing 行政复议/行政诉讼 matters out (Art. 31):
 * the statuses and stages of the two review levels, `complaint_review` with one row per level
 * (the request as entered, the window it had to meet, the reviewing organ, its due date and
 * answer), and on `complaint` the route a declined complaint was sent to with what the
 * complainant was told (`route_note`) and the last day to apply, when the act's date is known.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await replaceEnumCheck(db, 'complaint', 'status', [...STATUSES, ...REVIEW_STATUSES]);
  await replaceEnumCheck(db, 'complaint', 'stage', [...STAGES, ...REVIEW_STAGES]);
  await replaceEnumCheck(db, 'complaint', 'overdue_stage', [...STAGES, ...REVIEW_STAGES]);
  await db.schema
    .alterTable('complaint')
    .addColumn('route_to', 'text', (c) => c.check(checkIn('route_to', ['reconsideration', 'litigation'])))
    .execute();
  await db.schema.alterTable('complaint').addColumn('route_note', 'text').execute();
  await db.schema.alterTable('complaint').addColumn('route_deadline_on', 'text').execute();
  await db.schema
    .createTable('complaint_review')
    .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaint.id'))
    .addColumn('level', 'text', (c) => c.notNull().check(checkIn('level', REVIEW_STAGES)))
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('answer_received_on', 'text', (c) => c.notNull())
    .addColumn('window_until', 'text', (c) => c.notNull())
    .addColumn('window_rule', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_by_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('due_rule', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answered_by_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaint_review_pk', ['complaint_id', 'level'])
    .execute();
  await db.schema.createIndex('complaint_review_org').on('complaint_review').columns(['org_id']).execute();
}

/** Reviews go; a complaint under or after review falls back to closed, its answer kept. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('complaint_review').execute();
  for (const column of ['route_deadline_on', 'route_note', 'route_to'])
    await db.schema.alterTable('complaint').dropColumn(column).execute();
  // biome-ignore lint/suspicious/noExplicitAny: the schema of this migration's moment, not today's.
  const typed = db as Kysely<any>;
  await typed
    .updateTable('complaint')
    .set({ status: 'closed', stage: null, due_on: null, overdue_stage: null })
    .where('status', 'in', REVIEW_STATUSES)
    .execute();
  await replaceEnumCheck(db, 'complaint', 'overdue_stage', STAGES);
  await replaceEnumCheck(db, 'complaint', 'stage', STAGES);
  await replaceEnumCheck(db, 'complaint', 'status', STATUSES);
}
