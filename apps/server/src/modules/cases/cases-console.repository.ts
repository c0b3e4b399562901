import type { CaseListQuery } from '@jiandu/contracts/cases';
import type { PageQuery } from '@jiandu/contracts/paging';
import { type ExpressionBuilder, sql } from 'kysely';
import { type ResolvedScope, scopeFilter } from '../../platform/authz/scope.ts';
import { toNumber } from '../../platform/db/dialect.ts';
import { containing, like, regionPrefix } from '../../platform/db/search.ts';
import type { Database, Db } from '../../platform/db/tables.ts';
import type { EnforcementCaseTable } from './cases.table.ts';

/** A case row as the console lists it, with its agency and source names and its late deadlines. */
export interface CaseListRow extends EnforcementCaseTable {
  agency_name: string;
  agency_credit_code: string | null;
  source_name: string | null;
  late_deadlines: number | string;
}

/** Deadlines of the party's own choosing are not the agency's to meet. */
const NOT_DUTIES = ['HEARING_REQUEST_UNTIL'];

type CaseEb = ExpressionBuilder<Database & { c: EnforcementCaseTable }, 'c'>;

function lateDeadlineRows(eb: CaseEb, today: string) {
  return eb
    .selectFrom('case_deadline as d')
    .whereRef('d.case_id', '=', 'c.id')
    .where('d.code', 'not in', NOT_DUTIES)
    .where((w) =>
      w.or([w.and([w('d.met_on', 'is', null), w('d.due', '<', today)]), w('d.met_on', '>', w.ref('d.due'))]),
    );
}

function lateDeadlines(eb: CaseEb, today: string) {
  return lateDeadlineRows(eb, today).select(eb.fn.countAll<number>().as('n'));
}

function filtered(db: Db, scopes: readonly ResolvedScope[], filter: CaseListQuery, today: string) {
  let query = db
    .selectFrom('enforcement_case as c')
    .innerJoin('org', 'org.id', 'c.org_id')
    .leftJoin('source_system as s', 's.id', 'c.source_id')
    .where((eb) => scopeFilter(eb, scopes, { org: 'c.org_id', region: 'c.region_code' }));
  if (filter.q) {
    const text = containing(filter.q);
    query = query.where((eb) => eb.or([like('c.title', text), like('c.external_id', text)]));
  }
  if (filter.agencyId) query = query.where('c.org_id', '=', filter.agencyId);
  if (filter.regionCode) query = query.where('c.region_code', 'like', `${regionPrefix(filter.regionCode)}%`);
  if (filter.kind) query = query.where('c.kind', '=', filter.kind);
  if (filter.procedure) query = query.where('c.procedure', '=', filter.procedure);
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.origin === 'native') query = query.where('c.source_id', 'is', null);
  if (filter.origin === 'exchange') query = query.where('c.source_id', 'is not', null);
  if (filter.major) query = query.where('c.major', '=', filter.major === 'true' ? 1 : 0);
  if (filter.filedFrom) query = query.where('c.filed_on', '>=', filter.filedFrom);
  if (filter.filedTo) query = query.where('c.filed_on', '<=', filter.filedTo);
  if (filter.decidedFrom) query = query.where('c.decided_on', '>=', filter.decidedFrom);
  if (filter.decidedTo) query = query.where('c.decided_on', '<=', filter.decidedTo);
  if (filter.overdue)
    query = query.where((eb) =>
      eb.exists(lateDeadlineRows(eb as unknown as CaseEb, today).select('d.case_id')),
    );
  // A read of the warning engine's table for a filter only (its rows are the warnings module's).
  if (filter.hasWarnings)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('warning as w')
          .select('w.id')
          .whereRef('w.case_id', '=', 'c.id')
          .where('w.status', 'in', ['open', 'acknowledged', 'matter']),
      ),
    );
  return query;
}

const SORT_COLUMNS = { received: 'c.received_at', filed: 'c.filed_on', decided: 'c.decided_on' } as const;

function rowsOf(db: Db, scopes: readonly ResolvedScope[], filter: CaseListQuery, today: string) {
  return filtered(db, scopes, filter, today)
    .selectAll('c')
    .select(['org.name as agency_name', 'org.credit_code as agency_credit_code', 's.name as source_name'])
    .select((eb) => lateDeadlines(eb as unknown as CaseEb, today).as('late_deadlines'));
}

/** One page of the cases some scope reaches, newest first unless sorted otherwise. */
export async function listCases(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: CaseListQuery,
  page: PageQuery,
  today: string,
): Promise<{ total: number; rows: CaseListRow[] }> {
  const count = await filtered(db, scopes, filter, today)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const column = SORT_COLUMNS[(page.sort as keyof typeof SORT_COLUMNS) ?? 'received'] ?? 'c.received_at';
  const direction = page.sort ? page.order : 'desc';
  const rows = await rowsOf(db, scopes, filter, today)
    .orderBy(sql.ref(column), direction)
    .orderBy('c.id', direction)
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total: toNumber(count.n), rows: rows as CaseListRow[] };
}

/** Every matching case up to `limit` rows (export), and the total, so a caller can refuse too many. */
export async function listAllCases(
  db: Db,
  scopes: readonly ResolvedScope[],
  filter: CaseListQuery,
  today: string,
  limit: number,
): Promise<{ total: number; rows: CaseListRow[] }> {
  const count = await filtered(db, scopes, filter, today)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const total = toNumber(count.n);
  if (total > limit) return { total, rows: [] };
  const rows = await rowsOf(db, scopes, filter, today)
    .orderBy('c.received_at', 'desc')
    .orderBy('c.id')
    .execute();
  return { total, rows: rows as CaseListRow[] };
}

/** One case by id with its names, whoever may see it (the service checks the scope). */
export async function findCase(db: Db, id: string, today: string): Promise<CaseListRow | undefined> {
  const row = await db
    .selectFrom('enforcement_case as c')
    .innerJoin('org', 'org.id', 'c.org_id')
    .leftJoin('source_system as s', 's.id', 'c.source_id')
    .selectAll('c')
    .select(['org.name as agency_name', 'org.credit_code as agency_credit_code', 's.name as source_name'])
    .select((eb) => lateDeadlines(eb as unknown as CaseEb, today).as('late_deadlines'))
    .where('c.id', '=', id)
    .executeTakeFirst();
  return row as CaseListRow | undefined;
}

/** Every version of a case, oldest first. */
export function versionsOf(db: Db, caseId: string) {
  return db
    .selectFrom('case_version')
    .select(['version', 'content', 'party_secret', 'received_at', 'received_by'])
    .where('case_id', '=', caseId)
    .orderBy('version')
    .execute();
}

/** The stored deadlines of a case. */
export function deadlinesOf(db: Db, caseId: string) {
  return db.selectFrom('case_deadline').selectAll().where('case_id', '=', caseId).orderBy('due').execute();
}
