import type { Kysely } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

/**
 * The annual supervision plan (`supervision_plan`, one per bureau and year, with its `plan_task`s,
 * the mid-year check and the year-end summary kept as the PDF and DOCX issued) and campaigns
 * (`campaign` with its checklist, `campaign_target` agencies and `campaign_finding`s, each of which
 * may have become a matter).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('supervision_plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(checkIn('status', ['draft', 'published', 'reviewed', 'concluded'])),
    )
    .addColumn('published_on', 'text')
    .addColumn('midyear_on', 'text')
    .addColumn('midyear_note', 'text')
    .addColumn('concluded_on', 'text')
    .addColumn('conclusion', 'text')
    .addColumn('report_pdf_sha256', 'text')
    .addColumn('report_docx_sha256', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('supervision_plan_org_year', ['org_id', 'year'])
    .execute();

  await db.schema
    .createTable('plan_task')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('supervision_plan.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('track', 'text', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('start_on', 'text', (c) => c.notNull())
    .addColumn('end_on', 'text', (c) => c.notNull())
    .addColumn('responsible', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(checkIn('status', ['planned', 'in_progress', 'done', 'dropped'])),
    )
    .addColumn('progress_note', 'text')
    .addColumn('done_on', 'text')
    .execute();
  await db.schema.createIndex('plan_task_plan').on('plan_task').columns(['plan_id', 'seq']).execute();

  await db.schema
    .createTable('campaign')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('plan_task_id', 'text', (c) => c.references('plan_task.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    /** JSON array of {code, text}. */
    .addColumn('checklist', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(checkIn('status', ['planned', 'active', 'finished'])),
    )
    .addColumn('conclusion', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('campaign_org').on('campaign').columns(['org_id', 'period_from']).execute();

  await db.schema
    .createTable('campaign_target')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id'))
    .addColumn('agency_org_id', 'text', (c) => c.notNull().references('org.id'))
    .addPrimaryKeyConstraint('campaign_target_pk', ['campaign_id', 'agency_org_id'])
    .execute();

  await db.schema
    .createTable('campaign_finding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id'))
    .addColumn('agency_org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull().check(checkIn('result', ['compliant', 'problem'])))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('matter_id', 'text', (c) => c.references('matter.id'))
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_on', 'text', (c) => c.notNull())
    .addUniqueConstraint('campaign_finding_item', ['campaign_id', 'agency_org_id', 'item_code'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['campaign_finding', 'campaign_target', 'campaign', 'plan_task', 'supervision_plan'])
    await db.schema.dropTable(table).execute();
}
