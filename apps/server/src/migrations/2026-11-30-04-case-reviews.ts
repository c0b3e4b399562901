import { type Kysely, sql } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

const GRADES = ['excellent', 'good', 'pass', 'fail'];

/**
 * Case-file review (案卷评查): rubrics of justice departments (`review_rubric`, JSON content, frozen
 * once used); batches with their seed and settings (`review_batch`); the reviewed agencies with their
 * sampling rule and counts (`review_target`); the sampled files with their combined result, the
 * organizer's decisions and the agency's response (`review_file`); the batch's reviewer pool linked
 * to accounts (`review_reviewer`); and each reviewer's score sheet on a file (`review_assignment`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('review_rubric')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('based_on', 'text', (c) => c.references('review_rubric.id'))
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('review_rubric_org').on('review_rubric').columns(['org_id', 'name']).execute();
  // One default rubric per justice department, so "ensure" never makes two.
  await db.schema
    .createIndex('review_rubric_default')
    .on('review_rubric')
    .column('org_id')
    .unique()
    .where(sql.ref('is_default'), '=', 1)
    .execute();

  await db.schema
    .createTable('review_batch')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('rubric_id', 'text', (c) => c.notNull().references('review_rubric.id'))
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('algorithm', 'text', (c) => c.notNull())
    .addColumn('reviewers_per_file', 'integer', (c) => c.notNull())
    .addColumn('score_gap', 'double precision', (c) => c.notNull())
    .addColumn('response_days', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['open', 'published'])))
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addColumn('response_due', 'text')
    .addColumn('response_due_basis', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('review_batch_org').on('review_batch').columns(['org_id', 'year']).execute();
  await db.schema.createIndex('review_batch_year').on('review_batch').columns(['year', 'status']).execute();

  await db.schema
    .createTable('review_target')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('batch_id', 'text', (c) => c.notNull().references('review_batch.id'))
    .addColumn('agency_org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('mode', 'text', (c) => c.notNull().check(checkIn('mode', ['count', 'share'])))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('candidates', 'integer', (c) => c.notNull())
    .addColumn('sampled', 'integer', (c) => c.notNull())
    .addColumn('strata', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_target_batch')
    .on('review_target')
    .columns(['batch_id', 'agency_org_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('review_file')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('batch_id', 'text', (c) => c.notNull().references('review_batch.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('agency_org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text', (c) => c.notNull())
    .addColumn('case_title', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('score', 'double precision')
    .addColumn('grade', 'text', (c) => c.check(checkIn('grade', GRADES)))
    .addColumn('vetoed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('needs_consensus', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('scored', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('veto_override_reason', 'text')
    .addColumn('veto_override_by', 'text')
    .addColumn('veto_override_at', 'text')
    .addColumn('consensus_score', 'double precision')
    .addColumn('consensus_reason', 'text')
    .addColumn('consensus_by', 'text')
    .addColumn('consensus_at', 'text')
    .addColumn('matter_id', 'text')
    .addColumn('matter_number', 'text')
    .addColumn('response_text', 'text')
    .addColumn('responded_at', 'text')
    .addColumn('responded_by', 'text')
    .execute();
  await db.schema
    .createIndex('review_file_case')
    .on('review_file')
    .columns(['batch_id', 'case_id'])
    .unique()
    .execute();
  await db.schema.createIndex('review_file_seq').on('review_file').columns(['batch_id', 'seq']).execute();
  await db.schema.createIndex('review_file_agency').on('review_file').column('agency_org_id').execute();

  await db.schema
    .createTable('review_reviewer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('batch_id', 'text', (c) => c.notNull().references('review_batch.id'))
    .addColumn('source', 'text', (c) =>
      c.notNull().check(checkIn('source', ['expert', 'invited_supervisor', 'staff'])),
    )
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('employer', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('linked_by', 'text', (c) => c.notNull().check(checkIn('linked_by', ['id_number', 'manual'])))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_reviewer_person')
    .on('review_reviewer')
    .columns(['batch_id', 'source', 'source_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('review_reviewer_account')
    .on('review_reviewer')
    .columns(['batch_id', 'user_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('review_assignment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('batch_id', 'text', (c) => c.notNull().references('review_batch.id'))
    .addColumn('file_id', 'text', (c) => c.notNull().references('review_file.id'))
    .addColumn('reviewer_id', 'text', (c) => c.notNull().references('review_reviewer.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(checkIn('status', ['pending', 'draft', 'submitted', 'replaced'])),
    )
    .addColumn('vetoes', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('total', 'double precision')
    .addColumn('vetoed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('saved_at', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('replaced_at', 'text')
    .addColumn('replaced_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // A reviewer holds at most one live sheet per file.
  await db.schema
    .createIndex('review_assignment_live')
    .on('review_assignment')
    .columns(['file_id', 'reviewer_id'])
    .unique()
    .where(sql.ref('status'), '<>', 'replaced')
    .execute();
  await db.schema
    .createIndex('review_assignment_user')
    .on('review_assignment')
    .columns(['user_id', 'status'])
    .execute();
  await db.schema
    .createIndex('review_assignment_batch')
    .on('review_assignment')
    .columns(['batch_id', 'file_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('review_assignment').execute();
  await db.schema.dropTable('review_reviewer').execute();
  await db.schema.dropTable('review_file').execute();
  await db.schema.dropTable('review_target').execute();
  await db.schema.dropTable('review_batch').execute();
  await db.schema.dropTable('review_rubric').execute();
}
