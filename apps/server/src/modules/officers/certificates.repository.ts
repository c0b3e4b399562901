import type { PageQuery } from '@jiandu/contracts/paging';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { addDays } from '../../platform/calendar/dates.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { CertificateEventTable, CertificateStatusValue, CertificateTable } from './officers.table.ts';

/**
 * The SQL twin of `currentStatus`: rows of `alias` whose status as of `today` is `status`, so a
 * certificate past its expiry date counts as expired before the nightly job marks it.
 */
export function statusCondition(
  // biome-ignore lint/suspicious/noExplicitAny: works over any query joining a certificate alias.
  eb: ExpressionBuilder<any, any>,
  alias: string,
  status: CertificateStatusValue,
  today: string,
): Expression<SqlBool> {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  if (status === 'valid' || status === 'suspended')
    return eb.and([eb(col('status'), '=', status), eb(col('expiry_date'), '>=', today)]);
  if (status === 'expired')
    return eb.or([
      eb(col('status'), '=', 'expired'),
      eb.and([eb(col('status'), 'in', ['valid', 'suspended']), eb(col('expiry_date'), '<', today)]),
    ]);
  return eb(col('status'), '=', status);
}

/** A certificate row with its holder and org. */
export type CertificateRow = CertificateTable & {
  officer_name: string;
  officer_status: 'active' | 'left';
  legal_reviewer: number;
  photo_public: number;
  has_photo: number;
  org_name: string;
  org_path: string;
  org_kind: string;
  org_region_code: string;
  org_credit_code: string | null;
};

/** Filters of the certificate list. */
export interface CertificateFilter {
  orgPath?: string | undefined;
  q?: string | undefined;
  type?: CertificateTable['type'] | undefined;
  status?: CertificateStatusValue | undefined;
  expiringWithinDays?: number | undefined;
}

function joined(db: Db) {
  return db
    .selectFrom('certificate')
    .innerJoin('officer', 'officer.id', 'certificate.officer_id')
    .innerJoin('org', 'org.id', 'certificate.org_id');
}

const ROW_COLUMNS = [
  'officer.name as officer_name',
  'officer.status as officer_status',
  'officer.legal_reviewer',
  'officer.photo_public',
  'org.name as org_name',
  'org.path as org_path',
  'org.kind as org_kind',
  'org.region_code as org_region_code',
  'org.credit_code as org_credit_code',
] as const;

function withColumns(query: ReturnType<typeof joined>) {
  return query
    .selectAll('certificate')
    .select(ROW_COLUMNS)
    .select(sql<number>`case when officer.photo is null then 0 else 1 end`.as('has_photo'));
}

function baseQuery(db: Db, scopes: readonly ResolvedScope[], filter: CertificateFilter, today: string) {
  let query = joined(db).where((eb) =>
    scopeFilter(eb, scopes, { org: 'certificate.org_id', region: 'org.region_code' }),
  );
  if (filter.orgPath) query = query.where('org.path', 'like', `${filter.orgPath}%`);
  if (filter.type) query = query.where('certificate.type', '=', filter.type);
  const status = filter.status;
  if (status) query = query.where((eb) => statusCondition(eb, 'certificate', status, today));
  if (filter.expiringWithinDays)
    query = query
      .where('certificate.status', '=', 'valid')
      .where('certificate.expiry_date', '>=', today)
      .where('certificate.expiry_date', '<=', addDays(today, filter.expiringWithinDays));
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_]/g, '')}%`;
    query = query.where((eb) =>
      eb.or([eb('certificate.number', 'like', like.toUpperCase()), eb('officer.name', 'like', like)]),
    );
  }
  return query;
}

const SORTABLE = {
  number: 'certificate.number',
  name: 'officer.name',
  issueDate: 'certificate.issue_date',
  expiryDate: 'certificate.expiry_date',
  created: 'certificate.created_at',
} as const;

/** One page of certificates within the scopes, with the total. */
export async function listCertificates(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: CertificateFilter,
  page: PageQuery,
  today: string,
): Promise<{ total: number; rows: CertificateRow[] }> {
  const query = baseQuery(db, scopes, filter, today);
  const { total } = await query.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow();
  const sortColumn =
    SORTABLE[(page.sort ?? 'expiryDate') as keyof typeof SORTABLE] ?? 'certificate.expiry_date';
  const rows = await withColumns(query)
    .orderBy(sql.ref(sortColumn), page.order)
    .orderBy('certificate.number')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total: toNumber(total), rows };
}

/** Every certificate within the scopes matching the filter (export). */
export function listAllCertificates(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: CertificateFilter,
  today: string,
): Promise<CertificateRow[]> {
  return withColumns(baseQuery(db, scopes, filter, today))
    .orderBy('org.path')
    .orderBy('certificate.number')
    .execute();
}

/** One certificate with holder and org, ignoring scope (callers check it). */
export function findCertificate(db: Db, id: string): Promise<CertificateRow | undefined> {
  return withColumns(joined(db)).where('certificate.id', '=', id).executeTakeFirst();
}

/** Certificates with holder and org by number (public checks, warning rules). */
export function findByNumbers(db: Db, numbers: readonly string[]): Promise<CertificateRow[]> {
  if (!numbers.length) return Promise.resolve([]);
  return withColumns(joined(db)).where('certificate.number', 'in', numbers).execute();
}

/** The certificates of an agency for the public list: enforcement (and supervision for supervisors). */
export function certificatesOfOrg(
  db: Db,
  orgId: string,
  types: readonly CertificateTable['type'][],
): Promise<CertificateRow[]> {
  return withColumns(joined(db))
    .where('certificate.org_id', '=', orgId)
    .where('certificate.type', 'in', types)
    .orderBy('officer.name')
    .orderBy('certificate.number')
    .execute();
}

/** The certificates of one type held in an org and the units below it (监督证 for a matter's investigators). */
export function certificatesUnder(
  db: Db,
  orgPath: string,
  type: CertificateTable['type'],
): Promise<CertificateRow[]> {
  return withColumns(joined(db))
    .where('org.path', 'like', `${orgPath}%`)
    .where('certificate.type', '=', type)
    .where('officer.status', '=', 'active')
    .orderBy('officer.name')
    .orderBy('certificate.number')
    .execute();
}

/** Which certificates the warning rules' index reads: some numbers, or a page in number order. */
export type RegisterFilter = { numbers: readonly string[] } | { after: string | null; limit: number };

/*
 * The warning rules' index reads certificates, their events and their holders' posts as three
 * small statements sent side by side: PostgreSQL plans a six-table join several times slower than
 * it runs it, so one big join would cost more than the round trips it saves.
 */

/** The ids of a page of certificates in number order, as a subquery. */
function pageIds(db: Db, page: { after: string | null; limit: number }) {
  return db
    .selectFrom('certificate')
    .select('certificate.id')
    .where('certificate.number', '>', page.after ?? '')
    .orderBy('certificate.number')
    .limit(page.limit);
}

/** The certificates a filter names with their holder's reviewer flag and org's credit code, by number. */
export function registerRows(db: Db, filter: RegisterFilter) {
  const query = db
    .selectFrom('certificate')
    .innerJoin('officer', 'officer.id', 'certificate.officer_id')
    .innerJoin('org', 'org.id', 'certificate.org_id')
    .select([
      'certificate.id',
      'certificate.officer_id',
      'certificate.number',
      'certificate.type',
      'certificate.issue_date',
      'certificate.expiry_date',
      'officer.legal_reviewer',
      'org.credit_code as org_credit_code',
    ])
    .orderBy('certificate.number');
  if ('numbers' in filter) return query.where('certificate.number', 'in', filter.numbers).execute();
  return query
    .where('certificate.number', '>', filter.after ?? '')
    .limit(filter.limit)
    .execute();
}

/** The status events of the certificates a filter names, by certificate. */
export function registerEvents(db: Db, filter: RegisterFilter): Promise<CertificateEventTable[]> {
  const query = db
    .selectFrom('certificate_event')
    .selectAll('certificate_event')
    .orderBy('certificate_event.certificate_id');
  if ('numbers' in filter)
    return query
      .innerJoin('certificate', 'certificate.id', 'certificate_event.certificate_id')
      .where('certificate.number', 'in', filter.numbers)
      .execute();
  return query.where('certificate_event.certificate_id', 'in', pageIds(db, filter)).execute();
}

/** Every post of the holders of the certificates a filter names, with the credit code of the post's org. */
export function registerPosts(db: Db, filter: RegisterFilter) {
  const holders = db.selectFrom('certificate').select('certificate.officer_id');
  return db
    .selectFrom('officer_post')
    .innerJoin('org', 'org.id', 'officer_post.org_id')
    .select([
      'officer_post.officer_id',
      'officer_post.from_date',
      'officer_post.to_date',
      'officer_post.recorded_at',
      'org.credit_code as org_credit_code',
    ])
    .where(
      'officer_post.officer_id',
      'in',
      'numbers' in filter
        ? holders.where('certificate.number', 'in', filter.numbers)
        : holders.where('certificate.id', 'in', pageIds(db, filter)),
    )
    .orderBy('officer_post.officer_id')
    .execute();
}

/** Which of these numbers are taken, and by whom. */
export function numbersTaken(db: Db, numbers: readonly string[]) {
  if (!numbers.length) return Promise.resolve([]);
  return db
    .selectFrom('certificate')
    .select(['number', 'officer_id'])
    .where('number', 'in', numbers)
    .execute();
}

/** The events of some certificates, in the order they take effect. */
export function eventsOf(db: Db, certificateIds: readonly string[]): Promise<CertificateEventTable[]> {
  if (!certificateIds.length) return Promise.resolve([]);
  return db
    .selectFrom('certificate_event')
    .selectAll()
    .where('certificate_id', 'in', certificateIds)
    .orderBy('effective_date')
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
}

/** Inserts certificates. */
export async function insertCertificates(db: Db, rows: CertificateTable[]): Promise<void> {
  if (rows.length) await db.insertInto('certificate').values(rows).execute();
}

/** Inserts certificate events. */
export async function insertEvents(db: Db, rows: CertificateEventTable[]): Promise<void> {
  if (rows.length) await db.insertInto('certificate_event').values(rows).execute();
}

/** Updates a certificate's own columns. */
export async function updateCertificate(
  db: Db,
  id: string,
  changes: Partial<CertificateTable>,
): Promise<void> {
  await db.updateTable('certificate').set(changes).where('id', '=', id).execute();
}

/** Moves all of an officer's certificates to the officer's new org. */
export async function moveCertificates(
  db: Db,
  officerId: string,
  orgId: string,
  regionCode: string,
  now: string,
) {
  await db
    .updateTable('certificate')
    .set({ org_id: orgId, region_code: regionCode, updated_at: now })
    .where('officer_id', '=', officerId)
    .execute();
}

/** Valid certificates expiring from today to `until`, with holder names (expiry notices). */
export function expiringBetween(db: Db, today: string, until: string) {
  return db
    .selectFrom('certificate')
    .innerJoin('officer', 'officer.id', 'certificate.officer_id')
    .select([
      'certificate.id',
      'certificate.number',
      'certificate.type',
      'certificate.org_id',
      'certificate.officer_id',
      'certificate.expiry_date',
      'certificate.expiry_notice_days',
      'officer.name as officer_name',
    ])
    .where('certificate.status', '=', 'valid')
    .where('certificate.expiry_date', '>=', today)
    .where('certificate.expiry_date', '<=', until)
    .orderBy('certificate.expiry_date')
    .orderBy('certificate.id')
    .execute();
}

/** Valid or suspended certificates whose expiry date is before today (to be marked expired). */
export function pastExpiry(db: Db, today: string) {
  return db
    .selectFrom('certificate')
    .select(['id', 'number', 'expiry_date', 'officer_id', 'org_id'])
    .where('status', 'in', ['valid', 'suspended'])
    .where('expiry_date', '<', today)
    .orderBy('expiry_date')
    .orderBy('id')
    .execute();
}
