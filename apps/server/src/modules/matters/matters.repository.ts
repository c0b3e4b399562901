import type { MatterListQuery } from '@jiandu/contracts/matters';
import type { PageQuery } from '@jiandu/contracts/paging';
import { type Insertable, sql, type Updateable } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { addDays } from '../../platform/calendar/dates.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type {
  MatterEventTable,
  MatterRecordTable,
  MatterSupervisorTable,
  MatterTable,
  SupervisionNoticeTable,
} from './matters.table.ts';

/** A matter with the names of its supervising org and agency, and the agency's place in the tree. */
export interface MatterRow extends MatterTable {
  org_name: string;
  agency_name: string;
  agency_path: string;
}

function filtered(db: Db, scopes: readonly ResolvedScope[], filter: MatterListQuery, today: string) {
  let query = db
    .selectFrom('matter as m')
    .innerJoin('org as agency', 'agency.id', 'm.agency_org_id')
    .where((eb) => scopeFilter(eb, scopes, { org: 'm.agency_org_id', region: 'm.region_code' }));
  if (filter.status) query = query.where('m.status', '=', filter.status);
  if (filter.track) query = query.where('m.track', '=', filter.track);
  if (filter.origin) query = query.where('m.origin', '=', filter.origin);
  if (filter.mode) query = query.where('m.mode', '=', filter.mode);
  if (filter.agencyOrgId) query = query.where('m.agency_org_id', '=', filter.agencyOrgId);
  if (filter.from) query = query.where('m.opened_on', '>=', filter.from);
  if (filter.to) query = query.where('m.opened_on', '<=', filter.to);
  if (filter.due === 'overdue')
    query = query.where('m.status', '=', 'rectifying').where('m.due_on', '<', today);
  if (filter.due === 'soon')
    query = query
      .where('m.status', '=', 'rectifying')
      .where('m.due_on', '>=', today)
      .where('m.due_on', '<=', addDays(today, 7));
  if (filter.q) {
    const like = `%${filter.q}%`;
    query = query.where((eb) =>
      eb.or([eb('m.title', 'like', like), eb('m.number', 'like', like), eb('agency.name', 'like', like)]),
    );
  }
  return query;
}

function withNames<T extends ReturnType<typeof filtered>>(query: T) {
  return query
    .innerJoin('org as supervisor', 'supervisor.id', 'm.org_id')
    .selectAll('m')
    .select(['supervisor.name as org_name', 'agency.name as agency_name', 'agency.path as agency_path']);
}

/** One page of matters some scope reaches: most urgent first (due date, then newest). */
export async function listMatters(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: MatterListQuery,
  page: PageQuery,
  today: string,
): Promise<{ total: number; rows: MatterRow[] }> {
  const { n } = await filtered(db, scopes, filter, today)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await withNames(filtered(db, scopes, filter, today))
    .orderBy(sql`case when m.status = 'closed' then 1 else 0 end`)
    .orderBy(sql`case when m.due_on is null then 1 else 0 end`)
    .orderBy('m.due_on')
    .orderBy('m.created_at', 'desc')
    .orderBy('m.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total: toNumber(n), rows: rows as MatterRow[] };
}

/** Every matching matter up to `limit` (export and the desk's lists). */
export async function listAllMatters(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: MatterListQuery,
  today: string,
  limit: number,
): Promise<MatterRow[]> {
  const rows = await withNames(filtered(db, scopes, filter, today))
    .orderBy(sql`case when m.due_on is null then 1 else 0 end`)
    .orderBy('m.due_on')
    .orderBy('m.opened_on', 'desc')
    .orderBy('m.id')
    .limit(limit)
    .execute();
  return rows as MatterRow[];
}

/** How many matters match. */
export async function countMatters(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: MatterListQuery,
  today: string,
): Promise<number> {
  const { n } = await filtered(db, scopes, filter, today)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return toNumber(n);
}

/** One matter with names, whoever may see it (the service checks the scope). */
export async function findMatter(db: Db, id: string): Promise<MatterRow | undefined> {
  const row = await withNames(filtered(db, [{ kind: 'all' }], {}, ''))
    .where('m.id', '=', id)
    .executeTakeFirst();
  return row as MatterRow | undefined;
}

/** The next number in an org's yearly sequence of matters. */
export async function nextMatterSeq(db: Db, orgId: string, year: number): Promise<number> {
  const { n } = await db
    .selectFrom('matter')
    .select((eb) => eb.fn.max('seq').as('n'))
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .executeTakeFirstOrThrow();
  return toNumber(n ?? 0) + 1;
}

/** The next number in an org's yearly sequence of one kind of notice. */
export async function nextNoticeSeq(
  db: Db,
  orgId: string,
  kind: SupervisionNoticeTable['kind'],
  year: number,
): Promise<number> {
  const { n } = await db
    .selectFrom('supervision_notice')
    .select((eb) => eb.fn.max('seq').as('n'))
    .where('org_id', '=', orgId)
    .where('kind', '=', kind)
    .where('year', '=', year)
    .executeTakeFirstOrThrow();
  return toNumber(n ?? 0) + 1;
}

export async function insertMatter(db: Db, row: Insertable<MatterTable>): Promise<void> {
  await db.insertInto('matter').values(row).execute();
}

/** Changes a matter still in one of the expected statuses; returns whether it changed. */
export async function changeMatter(
  db: Db,
  id: string,
  expected: readonly MatterTable['status'][],
  set: Updateable<MatterTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('matter')
    .set(set)
    .where('id', '=', id)
    .where('status', 'in', expected)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

export async function linkCases(db: Db, matterId: string, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length)
    await db
      .insertInto('matter_case')
      .values(caseIds.map((case_id) => ({ matter_id: matterId, case_id })))
      .execute();
}

export async function linkWarnings(db: Db, matterId: string, warningIds: readonly string[]): Promise<void> {
  if (warningIds.length)
    await db
      .insertInto('matter_warning')
      .values(warningIds.map((warning_id) => ({ matter_id: matterId, warning_id })))
      .execute();
}

export function caseIdsOf(db: Db, matterId: string): Promise<{ case_id: string }[]> {
  return db
    .selectFrom('matter_case')
    .select('case_id')
    .where('matter_id', '=', matterId)
    .orderBy('case_id')
    .execute();
}

export function warningIdsOf(db: Db, matterId: string): Promise<{ warning_id: string }[]> {
  return db
    .selectFrom('matter_warning')
    .select('warning_id')
    .where('matter_id', '=', matterId)
    .orderBy('warning_id')
    .execute();
}

export function supervisorsOf(db: Db, matterId: string): Promise<MatterSupervisorTable[]> {
  return db
    .selectFrom('matter_supervisor')
    .selectAll()
    .where('matter_id', '=', matterId)
    .orderBy('assigned_on')
    .orderBy('name')
    .execute();
}

export async function insertSupervisors(db: Db, rows: MatterSupervisorTable[]): Promise<void> {
  if (rows.length)
    await db
      .insertInto('matter_supervisor')
      .values(rows)
      .onConflict((oc) => oc.columns(['matter_id', 'officer_id']).doNothing())
      .execute();
}

export function recordsOf(db: Db, matterId: string): Promise<MatterRecordTable[]> {
  return db
    .selectFrom('matter_record')
    .selectAll()
    .where('matter_id', '=', matterId)
    .orderBy('happened_on')
    .orderBy('created_at')
    .execute();
}

export async function insertRecord(db: Db, row: MatterRecordTable): Promise<void> {
  await db.insertInto('matter_record').values(row).execute();
}

export async function insertEvents(db: Db, rows: MatterEventTable[]): Promise<void> {
  if (rows.length) await db.insertInto('matter_event').values(rows).execute();
}

export function eventsOf(db: Db, matterId: string): Promise<MatterEventTable[]> {
  return db
    .selectFrom('matter_event')
    .selectAll()
    .where('matter_id', '=', matterId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** The matters of agencies under an org path opened or closed in a year, or still open (a year's figures). */
export function mattersOfYear(db: Db, orgPath: string, from: string, to: string) {
  return db
    .selectFrom('matter as m')
    .innerJoin('org as agency', 'agency.id', 'm.agency_org_id')
    .select(['m.id', 'm.origin', 'm.problems', 'm.status', 'm.opened_on', 'm.closed_on', 'm.due_on'])
    .where('agency.path', 'like', `${orgPath}%`)
    .where('m.opened_on', '<=', to)
    .where((eb) => eb.or([eb('m.closed_on', 'is', null), eb('m.closed_on', '>=', from)]))
    .orderBy('m.id')
    .execute();
}

/** The notices, objections and escalations of those matters in a year. */
export async function noticeFiguresOfYear(db: Db, matterIds: readonly string[], from: string, to: string) {
  if (!matterIds.length) return { notices: [], objections: 0, escalations: 0 };
  const notices = await db
    .selectFrom('supervision_notice')
    .select(['id', 'kind', 'status'])
    .where('matter_id', 'in', matterIds)
    .where('issued_on', '>=', from)
    .where('issued_on', '<=', to)
    .execute();
  const { objections } = await db
    .selectFrom('notice_objection')
    .innerJoin('supervision_notice', 'supervision_notice.id', 'notice_objection.notice_id')
    .select((eb) => eb.fn.countAll<number>().as('objections'))
    .where('supervision_notice.matter_id', 'in', matterIds)
    .where('notice_objection.filed_on', '>=', from)
    .where('notice_objection.filed_on', '<=', to)
    .executeTakeFirstOrThrow();
  const { escalations } = await db
    .selectFrom('matter_event')
    .select((eb) => eb.fn.countAll<number>().as('escalations'))
    .where('matter_id', 'in', matterIds)
    .where('kind', '=', 'escalated')
    .where('at', '>=', from)
    .where('at', '<=', `${to}T23:59:59.999Z`)
    .executeTakeFirstOrThrow();
  return { notices, objections: toNumber(objections), escalations: toNumber(escalations) };
}
