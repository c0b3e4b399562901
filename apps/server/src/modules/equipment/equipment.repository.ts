import type { EquipmentListQuery, EquipmentSummaryQuery } from '@jiandu/contracts/equipment';
import type { PageQuery } from '@jiandu/contracts/paging';
import { type ExpressionBuilder, sql } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Database, Db } from '../../platform/db/tables.ts';
import type { EquipmentIssueTable, EquipmentReturnTable } from './equipment.table.ts';

/** An issue with what scope checks and the list need of its org and officer. */
export type IssueRow = EquipmentIssueTable & {
  org_name: string;
  org_path: string;
  org_region_code: string;
  officer_name: string | null;
};

/** Per org and item: issued, returned, and how many officers hold some. */
export interface SummaryRow {
  org_id: string;
  org_name: string;
  category: EquipmentIssueTable['category'];
  item_name: string;
  issued: number;
  returned: number;
  officers: number;
}

const SORTABLE = {
  issued: 'equipment_issue.issued_on',
  item: 'equipment_issue.item_name',
  org: 'org.name',
  quantity: 'equipment_issue.quantity',
  created: 'equipment_issue.created_at',
} as const;

/** Categories in their catalogue order (制式服装, 标志标识, 装备) rather than alphabetically. */
const categoryOrder = sql`case equipment_issue.category when 'uniform' then 1 when 'insignia' then 2 else 3 end`;

/** Rows whose org is the given org or under it (by materialised path). */
function underOrg(eb: ExpressionBuilder<Database, 'org'>, orgId: string) {
  return eb(
    'org.path',
    'like',
    sql<string>`(select sub_org.path from org as sub_org where sub_org.id = ${orgId}) || '%'`,
  );
}

function scoped(db: Db, scopes: readonly ResolvedScope[], filter: EquipmentSummaryQuery) {
  let query = db
    .selectFrom('equipment_issue')
    .innerJoin('org', 'org.id', 'equipment_issue.org_id')
    .where((eb) => scopeFilter(eb, scopes, { org: 'equipment_issue.org_id', region: 'org.region_code' }));
  if (filter.orgId) {
    const orgId = filter.orgId;
    query = query.where((eb) => underOrg(eb, orgId));
  }
  if (filter.category) query = query.where('equipment_issue.category', '=', filter.category);
  if (filter.q) {
    const like = `%${filter.q}%`;
    query = query.where((eb) =>
      eb.or([
        eb('equipment_issue.item_name', 'like', like),
        eb('equipment_issue.specification', 'like', like),
        eb('equipment_issue.serial_number', 'like', like),
      ]),
    );
  }
  return query;
}

function baseQuery(db: Db, scopes: readonly ResolvedScope[], filter: EquipmentListQuery) {
  let query = scoped(db, scopes, filter).leftJoin('officer', 'officer.id', 'equipment_issue.officer_id');
  if (filter.officerId) query = query.where('equipment_issue.officer_id', '=', filter.officerId);
  if (filter.state === 'in_use') query = query.where('equipment_issue.returned_quantity', '=', 0);
  if (filter.state === 'partly_returned')
    query = query
      .where('equipment_issue.returned_quantity', '>', 0)
      .whereRef('equipment_issue.returned_quantity', '<', 'equipment_issue.quantity');
  if (filter.state === 'returned')
    query = query.whereRef('equipment_issue.returned_quantity', '>=', 'equipment_issue.quantity');
  if (filter.issuedFrom) query = query.where('equipment_issue.issued_on', '>=', filter.issuedFrom);
  if (filter.issuedTo) query = query.where('equipment_issue.issued_on', '<=', filter.issuedTo);
  return query;
}

const details = [
  'org.name as org_name',
  'org.path as org_path',
  'org.region_code as org_region_code',
  'officer.name as officer_name',
] as const;

/** One page of issues within the scopes, with the total. */
export async function listIssues(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: EquipmentListQuery,
  page: PageQuery,
) {
  const query = baseQuery(db, scopes, filter);
  const { total } = await query.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow();
  const sort = SORTABLE[(page.sort ?? 'issued') as keyof typeof SORTABLE] ?? 'equipment_issue.issued_on';
  const rows = await query
    .selectAll('equipment_issue')
    .select(details)
    .orderBy(sql.ref(sort), page.order)
    .orderBy('equipment_issue.created_at', 'desc')
    .orderBy('equipment_issue.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total: toNumber(total), rows: rows as IssueRow[] };
}

/** Every issue within the scopes matching the filter (export). */
export async function listAllIssues(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: EquipmentListQuery,
): Promise<IssueRow[]> {
  return (await baseQuery(db, scopes, filter)
    .selectAll('equipment_issue')
    .select(details)
    .orderBy('org.path')
    .orderBy(categoryOrder)
    .orderBy('equipment_issue.item_name')
    .orderBy('equipment_issue.issued_on')
    .orderBy('equipment_issue.id')
    .execute()) as IssueRow[];
}

/** One issue by id, ignoring scope (callers check it). */
export async function findIssue(db: Db, id: string): Promise<IssueRow | undefined> {
  return (await db
    .selectFrom('equipment_issue')
    .innerJoin('org', 'org.id', 'equipment_issue.org_id')
    .leftJoin('officer', 'officer.id', 'equipment_issue.officer_id')
    .selectAll('equipment_issue')
    .select(details)
    .where('equipment_issue.id', '=', id)
    .executeTakeFirst()) as IssueRow | undefined;
}

export async function insertIssue(db: Db, row: EquipmentIssueTable): Promise<void> {
  await db.insertInto('equipment_issue').values(row).execute();
}

export async function updateIssue(db: Db, id: string, changes: Partial<EquipmentIssueTable>): Promise<void> {
  await db.updateTable('equipment_issue').set(changes).where('id', '=', id).execute();
}

/**
 * Adds a return to an issue's running total, only while it stays within the quantity issued, so
 * two returns recorded at once cannot take back more than was issued. False when it would.
 */
export async function addReturned(
  db: Db,
  id: string,
  quantity: number,
  returnedOn: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('equipment_issue')
    .set({
      returned_quantity: sql`returned_quantity + ${quantity}`,
      returned_on: sql`case when returned_on is null or returned_on < ${returnedOn} then ${returnedOn} else returned_on end`,
      updated_at: now,
    })
    .where('id', '=', id)
    .where(sql<boolean>`returned_quantity + ${quantity} <= quantity`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The returns against some issues, oldest first. */
export function returnsOf(db: Db, issueIds: readonly string[]): Promise<EquipmentReturnTable[]> {
  if (issueIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('equipment_return')
    .selectAll()
    .where('issue_id', 'in', issueIds)
    .orderBy('returned_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertReturn(db: Db, row: EquipmentReturnTable): Promise<void> {
  await db.insertInto('equipment_return').values(row).execute();
}

function summaryQuery(db: Db, scopes: readonly ResolvedScope[], filter: EquipmentSummaryQuery) {
  return scoped(db, scopes, filter)
    .select([
      'equipment_issue.org_id',
      'org.name as org_name',
      'org.path as org_path',
      'equipment_issue.category',
      'equipment_issue.item_name',
    ])
    .select((eb) => [
      eb.fn.sum<number>('equipment_issue.quantity').as('issued'),
      eb.fn.sum<number>('equipment_issue.returned_quantity').as('returned'),
      eb.fn.count<number>('equipment_issue.officer_id').distinct().as('officers'),
    ])
    .groupBy([
      'equipment_issue.org_id',
      'org.name',
      'org.path',
      'equipment_issue.category',
      'equipment_issue.item_name',
    ]);
}

const toSummary = (r: Record<string, unknown>): SummaryRow => ({
  org_id: r.org_id as string,
  org_name: r.org_name as string,
  category: r.category as SummaryRow['category'],
  item_name: r.item_name as string,
  issued: toNumber(r.issued),
  returned: toNumber(r.returned),
  officers: toNumber(r.officers),
});

/** One page of per-org, per-item totals within the scopes. */
export async function summarise(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: EquipmentSummaryQuery,
  page: PageQuery | null,
) {
  const groups = summaryQuery(db, scopes, filter);
  const { total } = await db
    .selectFrom(groups.as('g'))
    .select((eb) => eb.fn.countAll().as('total'))
    .executeTakeFirstOrThrow();
  let ordered = groups.orderBy('org.path').orderBy(categoryOrder).orderBy('equipment_issue.item_name');
  if (page) ordered = ordered.limit(page.pageSize).offset((page.page - 1) * page.pageSize);
  const rows = await ordered.execute();
  return { total: toNumber(total), rows: rows.map(toSummary) };
}

/** An officer as the register needs them (officers are kept by the officers module). */
export function findOfficer(db: Db, id: string) {
  return db
    .selectFrom('officer')
    .select(['id', 'org_id', 'name', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The officers on duty in an org, for choosing who receives an item. */
export function officersOf(db: Db, orgId: string) {
  return db
    .selectFrom('officer')
    .select(['id', 'name', 'post'])
    .where('org_id', '=', orgId)
    .where('status', '=', 'active')
    .orderBy('name')
    .orderBy('id')
    .execute();
}
