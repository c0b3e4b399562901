import type { PageQuery } from '@jiandu/contracts/paging';
import type { WarningStatus } from '@jiandu/contracts/warning-rules';
import type { RuleQualityQuery, WarningListQuery } from '@jiandu/contracts/warnings';
import { sql, type Updateable } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { insertRows, toNumber } from '../../platform/db/dialect.ts';
import { regionPrefix } from '../../platform/db/search.ts';
import type { Db } from '../../platform/db/tables.ts';
import { newId } from '../../platform/ids.ts';
import type { WarningEventTable, WarningTable } from './warnings.table.ts';

/** A warning as the console reads it, with its agency and case named. */
export interface WarningRow extends WarningTable {
  agency_name: string;
  agency_path: string;
  case_external_id: string | null;
  case_title: string | null;
}

/** Every column of a warning event, in the order bulk inserts write them. */
export const EVENT_COLUMNS = [
  'id',
  'warning_id',
  'region_code',
  'kind',
  'from_status',
  'to_status',
  'actor_id',
  'actor_name',
  'at',
  'note',
  'case_version',
] as const satisfies readonly (keyof WarningEventTable)[];

function filtered(db: Db, scopes: readonly ResolvedScope[], filter: WarningListQuery) {
  let query = db
    .selectFrom('warning as w')
    .where((eb) => scopeFilter(eb, scopes, { org: 'w.agency_org_id', region: 'w.region_code' }));
  if (filter.ruleCode) query = query.where('w.rule_code', '=', filter.ruleCode);
  if (filter.severity) query = query.where('w.severity', '=', filter.severity);
  if (filter.status) query = query.where('w.status', '=', filter.status);
  if (filter.regionCode) query = query.where('w.region_code', 'like', `${regionPrefix(filter.regionCode)}%`);
  if (filter.agencyOrgId) query = query.where('w.agency_org_id', '=', filter.agencyOrgId);
  if (filter.caseId) query = query.where('w.case_id', '=', filter.caseId);
  if (filter.from) query = query.where('w.found_on', '>=', filter.from);
  if (filter.to) query = query.where('w.found_on', '<=', filter.to);
  return query;
}

function withNames<T extends ReturnType<typeof filtered>>(query: T) {
  return query
    .innerJoin('org', 'org.id', 'w.agency_org_id')
    .leftJoin('enforcement_case as c', 'c.id', 'w.case_id')
    .selectAll('w')
    .select([
      'org.name as agency_name',
      'org.path as agency_path',
      'c.external_id as case_external_id',
      'c.title as case_title',
    ]);
}

const SORT_COLUMNS = {
  found: 'w.first_found_at',
  evaluated: 'w.last_evaluated_at',
  changed: 'w.status_changed_at',
} as const;

async function countOf(db: Db, scopes: readonly ResolvedScope[], filter: WarningListQuery): Promise<number> {
  const row = await filtered(db, scopes, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return toNumber(row.n);
}

/** One page of the warnings some scope reaches, newest first unless sorted otherwise. */
export async function listWarnings(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: WarningListQuery,
  page: PageQuery,
): Promise<{ total: number; rows: WarningRow[] }> {
  const total = await countOf(db, scopes, filter);
  const column = SORT_COLUMNS[page.sort as keyof typeof SORT_COLUMNS] ?? SORT_COLUMNS.found;
  const direction = page.sort ? page.order : 'desc';
  const rows = await withNames(filtered(db, scopes, filter))
    .orderBy(sql.ref(column), direction)
    .orderBy('w.id', direction)
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total, rows: rows as WarningRow[] };
}

/** Every matching warning up to `limit` (export), and the total, so a caller can refuse too many. */
export async function listAllWarnings(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: WarningListQuery,
  limit: number,
): Promise<{ total: number; rows: WarningRow[] }> {
  const total = await countOf(db, scopes, filter);
  if (total > limit) return { total, rows: [] };
  const rows = await withNames(filtered(db, scopes, filter))
    .orderBy('w.first_found_at', 'desc')
    .orderBy('w.id', 'desc')
    .execute();
  return { total, rows: rows as WarningRow[] };
}

/** How many matching warnings there are per value of one column. */
export async function countBy(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: WarningListQuery,
  column: 'rule_code' | 'severity' | 'status',
): Promise<Map<string, number>> {
  const rows = await filtered(db, scopes, filter)
    .select([sql.ref<string>(`w.${column}`).as('value'), (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(`w.${column}`)
    .orderBy(`w.${column}`)
    .execute();
  return new Map(rows.map((r) => [r.value, toNumber(r.n)]));
}

/** One warning by id with its names, whoever may see it (the service checks the scope). */
export async function findWarning(db: Db, id: string): Promise<WarningRow | undefined> {
  const row = await withNames(db.selectFrom('warning as w').where('w.id', '=', id)).executeTakeFirst();
  return row as WarningRow | undefined;
}

/** Several warnings by id with their names (bulk actions). */
export async function findWarnings(db: Db, ids: readonly string[]): Promise<WarningRow[]> {
  if (!ids.length) return [];
  const rows = await withNames(db.selectFrom('warning as w').where('w.id', 'in', ids))
    .orderBy('w.id')
    .execute();
  return rows as WarningRow[];
}

/** The warnings of one case that still belong to it (all but resolved), oldest first. */
export function liveWarningsOfCase(db: Db, caseId: string): Promise<WarningTable[]> {
  return db
    .selectFrom('warning')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('status', '<>', 'resolved')
    .orderBy('first_found_at')
    .orderBy('id')
    .execute();
}

/** A warning's history, oldest first. */
export function eventsOf(db: Db, warningId: string): Promise<WarningEventTable[]> {
  return db
    .selectFrom('warning_event')
    .selectAll()
    .where('warning_id', '=', warningId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/**
 * Changes warnings that are still in the expected status; returns how many changed, so a caller
 * can tell a concurrent change from success.
 */
export async function changeWarnings(
  db: Db,
  ids: readonly string[],
  expected: readonly WarningStatus[],
  changes: Updateable<WarningTable>,
): Promise<number> {
  if (!ids.length) return 0;
  const result = await db
    .updateTable('warning')
    .set(changes)
    .where('id', 'in', ids)
    .where('status', 'in', expected)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows);
}

/** Who the evaluation is in a warning's history. */
export const EVALUATION_ACTOR = '系统 (自动评估)';

/** A history line of a warning; by default the evaluation's, with no status change. */
export function warningEvent(
  warning: Pick<WarningTable, 'id' | 'region_code'>,
  kind: WarningEventTable['kind'],
  at: string,
  fields: Partial<WarningEventTable> = {},
): WarningEventTable {
  return {
    id: newId(),
    warning_id: warning.id,
    region_code: warning.region_code,
    kind,
    from_status: null,
    to_status: null,
    actor_id: null,
    actor_name: EVALUATION_ACTOR,
    at,
    note: null,
    case_version: null,
    ...fields,
  };
}

/** Appends history lines in a few multi-row statements. */
export async function insertEvents(db: Db, events: readonly WarningEventTable[]): Promise<void> {
  if (events.length)
    await insertRows(db, 'warning_event', EVENT_COLUMNS, events as unknown as Record<string, unknown>[]);
}

/** Per rule: how many warnings were found in the period and how each was handled. */
export async function ruleQuality(
  db: Db,
  scopes: readonly ResolvedScope[],
  period: RuleQualityQuery,
): Promise<Map<string, Record<string, number>>> {
  const count = (condition: ReturnType<typeof sql<boolean>>) =>
    sql<number>`sum(case when ${condition} then 1 else 0 end)`;
  const rows = await filtered(db, scopes, { from: period.from, to: period.to })
    .select([
      'w.rule_code',
      (eb) => eb.fn.countAll<number>().as('fired'),
      count(sql`w.status = 'open'`).as('open'),
      count(sql`w.status = 'acknowledged'`).as('acknowledged'),
      count(sql`w.status = 'matter'`).as('matter'),
      count(sql`w.status = 'dismissed'`).as('dismissed'),
      count(sql`w.status = 'resolved'`).as('resolved'),
      count(sql`w.dismiss_reason = 'false_positive'`).as('false_positive'),
      count(sql`w.dismiss_reason = 'justified'`).as('justified'),
    ])
    .groupBy('w.rule_code')
    .orderBy('w.rule_code')
    .execute();
  return new Map(
    rows.map(({ rule_code, ...counts }) => [
      rule_code,
      Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, toNumber(v)])),
    ]),
  );
}

/** Warnings about agencies under an org path found in a period, by rule and status (a year's figures). */
export async function figuresOfPeriod(db: Db, orgPath: string, from: string, to: string) {
  return db
    .selectFrom('warning as w')
    .innerJoin('org', 'org.id', 'w.agency_org_id')
    .select(['w.rule_code', 'w.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('org.path', 'like', `${orgPath}%`)
    .where('w.found_on', '>=', from)
    .where('w.found_on', '<=', to)
    .groupBy(['w.rule_code', 'w.status'])
    .orderBy('w.rule_code')
    .orderBy('w.status')
    .execute();
}
