import type { Kysely } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

/**
 * Supervision people (监督人员库): invited supervisors (特邀行政执法监督员) with the age limits of
 * their region and their participation log, the expert pool (专家库) with conflicts of interest,
 * and the talent pool (人才库). ID numbers and phones are encrypted, with blind indexes for lookup.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('supervisor_age_limit')
    /** A region's own limits; regions below it inherit them unless they set their own. */
    .addColumn('region_code', 'text', (c) => c.primaryKey())
    .addColumn('min_age', 'integer', (c) => c.notNull())
    .addColumn('max_age', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('invited_supervisor')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull().check(checkIn('gender', ['male', 'female'])))
    .addColumn('id_number_enc', 'text', (c) => c.notNull())
    .addColumn('id_number_index', 'text', (c) => c.notNull())
    .addColumn('phone_enc', 'text')
    .addColumn('category', 'text', (c) =>
      c
        .notNull()
        .check(
          checkIn('category', [
            'npc_deputy',
            'cppcc_member',
            'journalist',
            'lawyer',
            'expert',
            'public_representative',
          ]),
        ),
    )
    .addColumn('employer', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('term_number', 'integer', (c) => c.notNull())
    .addColumn('term_start', 'text', (c) => c.notNull())
    .addColumn('term_end', 'text', (c) => c.notNull())
    .addColumn('appointment_number', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(checkIn('status', ['active', 'ended', 'dismissed'])),
    )
    .addColumn('status_date', 'text')
    .addColumn('status_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    /** One appointment per person per term of an org. */
    .addUniqueConstraint('invited_supervisor_term', ['org_id', 'term_number', 'id_number_index'])
    .execute();
  await db.schema
    .createIndex('invited_supervisor_person')
    .on('invited_supervisor')
    .column('id_number_index')
    .execute();

  await db.schema
    .createTable('supervisor_participation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('supervisor_id', 'text', (c) => c.notNull().references('invited_supervisor.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          checkIn('kind', ['case_review', 'campaign', 'research', 'meeting', 'complaint_review', 'other']),
        ),
    )
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('hours', 'real')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervisor_participation_supervisor')
    .on('supervisor_participation')
    .columns(['supervisor_id', 'date'])
    .execute();

  await db.schema
    .createTable('expert')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('id_number_enc', 'text')
    /** Unique when present: one person is one expert. */
    .addColumn('id_number_index', 'text', (c) => c.unique())
    .addColumn('phone_enc', 'text')
    .addColumn('employer', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    /** JSON array of enforcement field codes. */
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('specialty', 'text')
    .addColumn('availability', 'text', (c) =>
      c.notNull().check(checkIn('availability', ['available', 'busy', 'unavailable'])),
    )
    .addColumn('busy_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('expert_org').on('expert').column('org_id').execute();

  await db.schema
    .createTable('expert_conflict')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('expert_id', 'text', (c) => c.notNull().references('expert.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('expert_conflict_org', ['expert_id', 'org_id'])
    .execute();

  await db.schema
    .createTable('talent')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) =>
      c.notNull().check(checkIn('source', ['training', 'exam', 'competition', 'recommendation'])),
    )
    .addColumn('level', 'text', (c) => c.notNull().check(checkIn('level', ['provincial', 'city', 'county'])))
    .addColumn('entry_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['active', 'withdrawn'])))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('talent_org').on('talent').column('org_id').execute();
}

/** Drops the supervision people tables, newest first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'talent',
    'expert_conflict',
    'expert',
    'supervisor_participation',
    'invited_supervisor',
    'supervisor_age_limit',
  ])
    await db.schema.dropTable(table).execute();
}
