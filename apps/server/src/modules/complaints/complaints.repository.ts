import { COMPLAINT_CHANNELS, type ComplaintStatus } from '@jiandu/contracts/complaint-labels';
import type { ComplaintListQuery, ComplaintSort } from '@jiandu/contracts/complaints';
import type { PageQuery } from '@jiandu/contracts/paging';
import { type Insertable, sql, type Updateable } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { ComplaintEventTable, ComplaintLinkTable, ComplaintTable } from './complaints.table.ts';

/** A complaint with its handling org's and agency's names and places in the tree. */
export interface ComplaintRow extends ComplaintTable {
  org_name: string;
  org_path: string;
  agency_name: string | null;
  agency_path: string | null;
  /** How many complaints are linked to this one as duplicates. */
  duplicate_count: number | string | bigint | null;
}

/** Statuses waiting on a deadline: acceptance, answer, a 复查 answer or a 复核 opinion. */
const ACTIVE = ['registered', 'transferred', 'handling', 'reviewing', 'rechecking'] as const;

/** Complaints some scope reaches matching a filter, with their handling org (`org`) and agency (`agency`) joined. */
export function filtered(db: Db, scopes: readonly ResolvedScope[], filter: ComplaintListQuery) {
  let query = db
    .selectFrom('complaint as c')
    .innerJoin('org', 'org.id', 'c.org_id')
    .leftJoin('org as agency', 'agency.id', 'c.agency_org_id')
    .where((eb) => scopeFilter(eb, scopes, { org: 'c.org_id', region: 'c.region_code' }));
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.channel) query = query.where('c.channel', '=', filter.channel);
  if (filter.category) query = query.where('c.category', '=', filter.category);
  if (filter.orgId) query = query.where('c.org_id', '=', filter.orgId);
  if (filter.from) query = query.where('c.registered_on', '>=', filter.from);
  if (filter.to) query = query.where('c.registered_on', '<=', filter.to);
  if (filter.due === 'overdue') query = query.where('c.overdue_stage', 'is not', null);
  if (filter.due === 'pending')
    query = query.where('c.due_on', 'is not', null).where('c.overdue_stage', 'is', null);
  if (filter.extension) query = query.where('c.extension_status', '=', filter.extension);
  if (filter.q) {
    const like = `%${filter.q}%`;
    query = query.where((eb) =>
      eb.or([
        eb('c.title', 'like', like),
        eb('c.tracking_code', 'like', like),
        eb('agency.name', 'like', like),
      ]),
    );
  }
  return query;
}

function withNames<T extends ReturnType<typeof filtered>>(query: T) {
  return query
    .selectAll('c')
    .select((eb) =>
      eb
        .selectFrom('complaint_link as l')
        .select((x) => x.fn.countAll<number>().as('n'))
        .where((x) => x.or([x('l.complaint_id', '=', x.ref('c.id')), x('l.related_id', '=', x.ref('c.id'))]))
        .as('duplicate_count'),
    )
    .select([
      'org.name as org_name',
      'org.path as org_path',
      'agency.name as agency_name',
      'agency.path as agency_path',
    ]);
}

/** Statuses in the order a complaint goes through them; declined, the loop's other end, last. */
const STATUS_ORDER: readonly ComplaintStatus[] = [
  'registered',
  'transferred',
  'handling',
  'answered',
  'rated',
  'closed',
  'reviewing',
  'reviewed',
  'rechecking',
  'rechecked',
  'declined',
];

/** A column's values in the order listed, not the alphabet's order of their codes. */
const rank = (column: string, values: readonly string[]) =>
  sql`case ${sql.ref(column)} ${sql.join(
    values.map((v, i) => sql`when ${sql.lit(v)} then ${sql.lit(i)}`),
    sql` `,
  )} else ${sql.lit(values.length)} end`;

const SORT_COLUMNS = {
  registered: sql.ref('c.registered_on'),
  status: rank('c.status', STATUS_ORDER),
  channel: rank('c.channel', COMPLAINT_CHANNELS),
  title: sql.ref('c.title'),
} as const;

/**
 * Nearest deadline first (those without one last, on both dialects), unless another column is asked
 * for; the deadline order then breaks ties. A sort by deadline may be turned round.
 */
function ordered<T extends ReturnType<typeof withNames>>(query: T, page?: Pick<PageQuery, 'sort' | 'order'>) {
  const column = SORT_COLUMNS[page?.sort as Exclude<ComplaintSort, 'due'>];
  const dueOrder = page?.sort === 'due' ? page.order : 'asc';
  return (column ? query.orderBy(column, page?.order ?? 'asc') : query)
    .orderBy(sql`case when c.due_on is null then 1 else 0 end`)
    .orderBy('c.due_on', dueOrder)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id');
}

/** One page of the complaints some scope reaches, nearest deadline first. */
export async function listComplaints(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: ComplaintListQuery,
  page: PageQuery,
): Promise<{ total: number; rows: ComplaintRow[] }> {
  const total = await countComplaints(db, scopes, filter);
  const rows = await ordered(withNames(filtered(db, scopes, filter)), page)
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total, rows: rows as ComplaintRow[] };
}

/** Every matching complaint up to `limit` (the export). */
export async function listAllComplaints(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: ComplaintListQuery,
  limit: number,
): Promise<ComplaintRow[]> {
  return (await ordered(withNames(filtered(db, scopes, filter)))
    .limit(limit)
    .execute()) as ComplaintRow[];
}

export async function countComplaints(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: ComplaintListQuery,
): Promise<number> {
  const { n } = await filtered(db, scopes, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return toNumber(n);
}

const ALL: ResolvedScope[] = [{ kind: 'all' }];

/** One complaint with names, whoever may see it (the service checks the scope). */
export async function findComplaint(db: Db, id: string): Promise<ComplaintRow | undefined> {
  return (await withNames(filtered(db, ALL, {}))
    .where('c.id', '=', id)
    .executeTakeFirst()) as ComplaintRow | undefined;
}

/** One complaint by its tracking code. */
export async function findByTrackingCode(db: Db, code: string): Promise<ComplaintRow | undefined> {
  return (await withNames(filtered(db, ALL, {}))
    .where('c.tracking_code', '=', code)
    .executeTakeFirst()) as ComplaintRow | undefined;
}

/** Complaints waiting on a deadline (the reminder job). */
export async function awaitingDeadlines(db: Db): Promise<ComplaintRow[]> {
  return (await withNames(filtered(db, ALL, {}))
    .where('c.status', 'in', ACTIVE)
    .where('c.due_on', 'is not', null)
    .orderBy('c.due_on')
    .orderBy('c.id')
    .execute()) as ComplaintRow[];
}

/** Earlier complaints registered since `since` (duplicate detection), newest first. */
/**
 * Complaints registered since `since` that share one of `keys` (see `matchKeys`), with what the
 * duplicate check compares. Two queries: the candidates' ids by key, then their rows.
 */
export async function complaintsSharingKeys(db: Db, keys: string[], since: string, excludeId: string) {
  if (!keys.length) return [];
  // A phone, case or officer key alone makes a candidate; similarity keys take two shared bands.
  const ids = await db
    .selectFrom('complaint_match_key')
    .select('complaint_id')
    .where('key', 'in', keys)
    .where('registered_on', '>=', since)
    .where('complaint_id', '!=', excludeId)
    .groupBy('complaint_id')
    .having((eb) =>
      eb.or([
        eb(eb.fn.countAll(), '>=', 2),
        eb(eb.fn.sum(eb.case().when('key', 'like', 's%').then(0).else(1).end()), '>', 0),
      ]),
    )
    .execute();
  const rows = [];
  for (let i = 0; i < ids.length; i += 500) {
    rows.push(
      ...(await db
        .selectFrom('complaint')
        .select(['id', 'phone_index', 'agency_org_id', 'target', 'title', 'content'])
        .where(
          'id',
          'in',
          ids.slice(i, i + 500).map((r) => r.complaint_id),
        )
        .execute()),
    );
  }
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Stores a complaint's match keys. */
export async function insertMatchKeys(db: Db, complaintId: string, registeredOn: string, keys: string[]) {
  if (!keys.length) return;
  await db
    .insertInto('complaint_match_key')
    .values(keys.map((key) => ({ key, complaint_id: complaintId, registered_on: registeredOn })))
    .execute();
}

export async function insertComplaint(db: Db, row: Insertable<ComplaintTable>): Promise<void> {
  await db.insertInto('complaint').values(row).execute();
}

/** Changes a complaint still in one of the expected statuses; returns whether it changed. */
export async function changeComplaint(
  db: Db,
  id: string,
  expected: readonly ComplaintTable['status'][],
  set: Updateable<ComplaintTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('complaint')
    .set(set)
    .where('id', '=', id)
    .where('status', 'in', expected)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

/** Marks the current stage overdue once; returns whether this was the first time. */
export async function markOverdue(db: Db, id: string, stage: ComplaintTable['stage']): Promise<boolean> {
  const result = await db
    .updateTable('complaint')
    .set({ overdue_stage: stage })
    .where('id', '=', id)
    .where('stage', '=', stage)
    .where('overdue_stage', 'is', null)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}

/** Links a complaint to an earlier one it resembles. */
export async function insertLink(db: Db, row: ComplaintLinkTable): Promise<void> {
  await db.insertInto('complaint_link').values(row).execute();
}

/** The complaints linked to one, either way. */
export function linksOf(db: Db, id: string) {
  return db
    .selectFrom('complaint_link as l')
    .innerJoin('complaint as c', (j) =>
      j.on((eb) =>
        eb.or([
          eb.and([eb('l.complaint_id', '=', id), eb('c.id', '=', eb.ref('l.related_id'))]),
          eb.and([eb('l.related_id', '=', id), eb('c.id', '=', eb.ref('l.complaint_id'))]),
        ]),
      ),
    )
    .select(['c.id', 'c.tracking_code', 'c.title', 'l.reason'])
    .where((eb) => eb.or([eb('l.complaint_id', '=', id), eb('l.related_id', '=', id)]))
    .orderBy('c.registered_on')
    .orderBy('c.id')
    .execute();
}

/** Spends a challenge token; false when it was spent before. */
/** Whether a challenge token has been used already. */
export async function challengeSpent(db: Db, id: string): Promise<boolean> {
  return !!(await db
    .selectFrom('complaint_challenge_use')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst());
}

/** When this process last removed expired challenge tokens. */
let purgedAt = '';

/**
 * Records a challenge token as used; false when it already was. Expired tokens (they can no longer
 * be answered) are removed at most once a minute, not on every submission.
 */
export async function spendChallenge(db: Db, id: string, expiresAt: string, now: string): Promise<boolean> {
  if (now.slice(0, 16) !== purgedAt) {
    purgedAt = now.slice(0, 16);
    await db.deleteFrom('complaint_challenge_use').where('expires_at', '<', now).execute();
  }
  const result = await db
    .insertInto('complaint_challenge_use')
    .values({ id, expires_at: expiresAt })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return toNumber(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function insertEvent(db: Db, row: ComplaintEventTable): Promise<void> {
  await db.insertInto('complaint_event').values(row).execute();
}

/** When each of these kinds of step last happened to a complaint (kinds it never went through are absent). */
export async function lastEventAt(
  db: Db,
  id: string,
  kinds: readonly ComplaintEventTable['kind'][],
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('complaint_event')
    .select(['kind', (eb) => eb.fn.max('at').as('at')])
    .where('complaint_id', '=', id)
    .where('kind', 'in', kinds)
    .groupBy('kind')
    .execute();
  return new Map(rows.map((r) => [r.kind, r.at]));
}

export function eventsOf(db: Db, id: string): Promise<ComplaintEventTable[]> {
  return db
    .selectFrom('complaint_event')
    .selectAll()
    .where('complaint_id', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Links a complaint to the matter opened from it, unless one is linked already; returns whether it linked. */
export async function linkMatter(db: Db, id: string, matterId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('complaint')
    .set({ matter_id: matterId, updated_at: now })
    .where('id', '=', id)
    .where('matter_id', 'is', null)
    .executeTakeFirst();
  return toNumber(result.numUpdatedRows) === 1;
}
