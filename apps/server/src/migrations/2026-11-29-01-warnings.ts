import { type Kysely, sql } from 'kysely';
import { checkIn } from '../platform/db/schema-helpers.ts';

const STATUSES = ['open', 'acknowledged', 'matter', 'dismissed', 'resolved'];
const EVENT_KINDS = ['found', 'updated', 'resolved', 'acknowledged', 'dismissed', 'contested', 'matter'];

/**
 * Supervision warnings (监督预警): `warning` holds one row per finding of a rule on a case (or, for a
 * class rule, on an agency) with the facts, parameters and basis that explain it and where it stands
 * in its lifecycle; rows are never deleted. `warning_event` is each warning's history. `rule_parameter`
 * holds the parameter values administrators set per region and enforcement field, effective-dated,
 * append-only (the spec's defaults apply where none is set).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('warning')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** Null for a class warning (类案), which is about an agency rather than one case. */
    .addColumn('case_id', 'text', (c) => c.references('enforcement_case.id'))
    .addColumn('agency_org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    /** The enforcement field when known (the parameters were chosen by it). */
    .addColumn('field', 'text')
    .addColumn('rule_code', 'text', (c) => c.notNull())
    .addColumn('rule_version', 'integer', (c) => c.notNull())
    /** Tells apart several findings of one rule on one subject; '' when a rule finds at most one. */
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull().check(checkIn('severity', ['high', 'medium', 'low'])))
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', STATUSES)))
    .addColumn('message', 'text', (c) => c.notNull())
    /** JSON: the facts the rule used. */
    .addColumn('facts', 'text', (c) => c.notNull())
    /** JSON: the parameter values in force when it was found. */
    .addColumn('parameters', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('first_found_at', 'text', (c) => c.notNull())
    /** The day (Asia/Shanghai) it was first found: the warning centre's date filter. */
    .addColumn('found_on', 'text', (c) => c.notNull())
    /** The last evaluation that found it. */
    .addColumn('last_evaluated_at', 'text', (c) => c.notNull())
    /** The case version that evaluation read; null for class warnings. */
    .addColumn('case_version', 'integer')
    .addColumn('resolved_at', 'text')
    .addColumn('status_changed_at', 'text', (c) => c.notNull())
    .addColumn('status_changed_by', 'text', (c) => c.notNull())
    .addColumn('dismiss_reason', 'text', (c) =>
      c.check(checkIn('dismiss_reason', ['false_positive', 'justified'])),
    )
    /** What the supervisor wrote when acknowledging or dismissing. */
    .addColumn('handling_note', 'text')
    .addColumn('contest_text', 'text')
    .addColumn('contested_at', 'text')
    .addColumn('contested_by', 'text')
    .execute();
  // At most one live (not resolved) warning per case, rule and key; and per agency, rule and key
  // for class warnings. A resolved warning found again is a new warning.
  await db.schema
    .createIndex('warning_live_case')
    .on('warning')
    .columns(['case_id', 'rule_code', 'key'])
    .unique()
    .where(sql.ref('status'), '<>', 'resolved')
    .execute();
  await db.schema
    .createIndex('warning_live_class')
    .on('warning')
    .columns(['agency_org_id', 'rule_code', 'key'])
    .unique()
    .where(sql<boolean>`case_id is null and status <> 'resolved'`)
    .execute();
  // The warning centre's filters: case page, rule, severity, status, region prefix, agency, date.
  await db.schema.createIndex('warning_case').on('warning').columns(['case_id', 'found_on']).execute();
  await db.schema
    .createIndex('warning_rule')
    .on('warning')
    .columns(['rule_code', 'status', 'found_on'])
    .execute();
  await db.schema
    .createIndex('warning_status')
    .on('warning')
    .columns(['status', 'severity', 'found_on'])
    .execute();
  await db.schema.createIndex('warning_region').on('warning').columns(['region_code', 'found_on']).execute();
  await db.schema
    .createIndex('warning_agency')
    .on('warning')
    .columns(['agency_org_id', 'status', 'found_on'])
    .execute();
  await db.schema.createIndex('warning_found').on('warning').columns(['found_on', 'id']).execute();

  await db.schema
    .createTable('warning_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('warning_id', 'text', (c) => c.notNull().references('warning.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', EVENT_KINDS)))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    /** User id, or null for the evaluation itself. */
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('case_version', 'integer')
    .execute();
  await db.schema
    .createIndex('warning_event_warning')
    .on('warning_event')
    .columns(['warning_id', 'at'])
    .execute();

  await db.schema
    .createTable('rule_parameter')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rule_code', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    /** Null: everywhere; otherwise the region and every region below it. */
    .addColumn('region_code', 'text')
    /** Null: every enforcement field. */
    .addColumn('field', 'text')
    /** Null withdraws the setting at this region and field, so the broader one applies again. */
    .addColumn('value', 'double precision')
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rule_parameter_rule')
    .on('rule_parameter')
    .columns(['rule_code', 'effective_from'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rule_parameter').execute();
  await db.schema.dropTable('warning_event').execute();
  await db.schema.dropTable('warning').execute();
}
