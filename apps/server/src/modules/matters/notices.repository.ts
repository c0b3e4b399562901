import type { PageQuery } from '@jiandu/contracts/paging';
import type { Updateable } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { NoticeObjectionTable, NoticeResponseTable, SupervisionNoticeTable } from './matters.table.ts';

/** A notice with its matter's number and title and both orgs' names. */
export interface NoticeRow extends SupervisionNoticeTable {
  matter_number: string;
  matter_title: string;
  org_name: string;
  agency_name: string;
  agency_path: string;
  region_code: string;
}

function joined(db: Db) {
  return db
    .selectFrom('supervision_notice as n')
    .innerJoin('matter as m', 'm.id', 'n.matter_id')
    .innerJoin('org as issuer', 'issuer.id', 'n.org_id')
    .innerJoin('org as agency', 'agency.id', 'n.agency_org_id')
    .selectAll('n')
    .select([
      'm.number as matter_number',
      'm.title as matter_title',
      'm.region_code',
      'issuer.name as org_name',
      'agency.name as agency_name',
      'agency.path as agency_path',
    ]);
}

export async function noticesOfMatter(db: Db, matterId: string): Promise<NoticeRow[]> {
  return (await joined(db)
    .where('n.matter_id', '=', matterId)
    .orderBy('n.issued_on')
    .orderBy('n.created_at')
    .execute()) as NoticeRow[];
}

export async function findNotice(db: Db, id: string): Promise<NoticeRow | undefined> {
  return (await joined(db).where('n.id', '=', id).executeTakeFirst()) as NoticeRow | undefined;
}

export interface NoticeFilter {
  status?: SupervisionNoticeTable['status'] | undefined;
  kind?: SupervisionNoticeTable['kind'] | undefined;
  unread?: boolean | undefined;
}

/** One page of the notices sent to agencies some scope reaches (an agency's inbox), newest first. */
export async function listNotices(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: NoticeFilter,
  page: PageQuery,
): Promise<{ total: number; rows: NoticeRow[] }> {
  const base = () => {
    let q = joined(db).where((eb) =>
      scopeFilter(eb, scopes, { org: 'n.agency_org_id', region: 'm.region_code' }),
    );
    if (filter.status) q = q.where('n.status', '=', filter.status);
    if (filter.kind) q = q.where('n.kind', '=', filter.kind);
    if (filter.unread === true) q = q.where('n.read_at', 'is', null);
    if (filter.unread === false) q = q.where('n.read_at', 'is not', null);
    return q;
  };
  const { n } = await base()
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base()
    .orderBy('n.issued_on', 'desc')
    .orderBy('n.created_at', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total: toNumber(n), rows: rows as NoticeRow[] };
}

/** Notices still awaiting the agency's report (the reminder job), in due order. */
export async function awaitingReports(db: Db): Promise<NoticeRow[]> {
  return (await joined(db)
    .where('n.status', '=', 'issued')
    .orderBy('n.due_on')
    .orderBy('n.id')
    .execute()) as NoticeRow[];
}

/** Notices with an undecided objection that some scope reaches (the desk). */
export async function pendingObjections(db: Db, scopes: readonly ResolvedScope[]): Promise<NoticeRow[]> {
  return (await joined(db)
    .where((eb) => scopeFilter(eb, scopes, { org: 'n.agency_org_id', region: 'm.region_code' }))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('notice_objection as o')
          .select('o.id')
          .whereRef('o.notice_id', '=', 'n.id')
          .where('o.decision', 'is', null),
      ),
    )
    .orderBy('n.issued_on')
    .limit(200)
    .execute()) as NoticeRow[];
}

export async function insertNotice(db: Db, row: SupervisionNoticeTable): Promise<void> {
  await db.insertInto('supervision_notice').values(row).execute();
}

/** Changes a notice still in one of the expected statuses; returns whether it changed. */
export async function changeNotice(
  db: Db,
  id: string,
  expected: readonly SupervisionNoticeTable['status'][],
  set: Updateable<SupervisionNoticeTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('supervision_notice')
    .set(set)
    .where('id', '=', id)
    .where('status', 'in', expected)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

/** Marks a notice read (签收) the first time only; returns whether this was the first. */
export async function markRead(db: Db, id: string, at: string, by: string): Promise<boolean> {
  const result = await db
    .updateTable('supervision_notice')
    .set({ read_at: at, read_by: by })
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

export async function setReminded(db: Db, id: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('supervision_notice')
    .set({ reminded_step: step })
    .where('id', '=', id)
    .where('reminded_step', '<', step)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

export function responsesOf(db: Db, noticeIds: readonly string[]): Promise<NoticeResponseTable[]> {
  if (!noticeIds.length) return Promise.resolve([]);
  return db
    .selectFrom('notice_response')
    .selectAll()
    .where('notice_id', 'in', noticeIds)
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
}

export async function insertResponse(db: Db, row: NoticeResponseTable): Promise<void> {
  await db.insertInto('notice_response').values(row).execute();
}

/** Records the verdict on a report not judged yet; returns whether it was. */
export async function judgeResponse(
  db: Db,
  id: string,
  set: Pick<NoticeResponseTable, 'verdict' | 'verdict_note' | 'verdict_at' | 'verdict_by'>,
): Promise<boolean> {
  const result = await db
    .updateTable('notice_response')
    .set(set)
    .where('id', '=', id)
    .where('verdict', 'is', null)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

export function objectionsOf(db: Db, noticeIds: readonly string[]): Promise<NoticeObjectionTable[]> {
  if (!noticeIds.length) return Promise.resolve([]);
  return db
    .selectFrom('notice_objection')
    .selectAll()
    .where('notice_id', 'in', noticeIds)
    .orderBy('filed_on')
    .orderBy('id')
    .execute();
}

export async function insertObjection(db: Db, row: NoticeObjectionTable): Promise<void> {
  await db.insertInto('notice_objection').values(row).execute();
}

/** Decides an objection not decided yet; returns whether it was. */
export async function decideObjection(
  db: Db,
  id: string,
  set: Pick<NoticeObjectionTable, 'decision' | 'decision_reason' | 'decided_on' | 'decided_by'>,
): Promise<boolean> {
  const result = await db
    .updateTable('notice_objection')
    .set(set)
    .where('id', '=', id)
    .where('decision', 'is', null)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}
