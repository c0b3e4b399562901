import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import { insertRows } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import type {
  CaseDeadlineTable,
  CaseEvidenceTable,
  CaseVersionTable,
  EnforcementCaseTable,
} from './cases.table.ts';

/** A stored case as the ingest needs it: the newest version's number and content hash. */
export interface CaseHead {
  id: string;
  external_id: string;
  version: number;
  region_code: string;
  content_hash: string;
}

/** Rows per INSERT: well under both dialects' bound-parameter limits. */
const INSERT_ROWS = 250;

/** The newest version of each of a source's cases named in `externalIds`. */
export async function findHeads(db: Db, sourceKey: string, externalIds: string[]): Promise<CaseHead[]> {
  if (!externalIds.length) return [];
  return db
    .selectFrom('enforcement_case as c')
    .innerJoin('case_version as v', (join) =>
      join.onRef('v.case_id', '=', 'c.id').onRef('v.version', '=', 'c.version'),
    )
    .select(['c.id', 'c.external_id', 'c.version', 'c.region_code', 'v.content_hash'])
    .where('c.source_key', '=', sourceKey)
    .where('c.external_id', 'in', externalIds)
    .orderBy('c.external_id')
    .execute();
}

const CASE_COLUMNS = [
  'id',
  'source_key',
  'source_id',
  'external_id',
  'version',
  'org_id',
  'region_code',
  'kind',
  'procedure',
  'item_code',
  'title',
  'major',
  'party_type',
  'party_name',
  'party_key',
  'status',
  'filed_on',
  'decided_on',
  'published_on',
  'closed_on',
  'acted_on',
  'fine_cents',
  'derived_version',
  'received_at',
  'created_at',
] as const satisfies readonly (keyof EnforcementCaseTable)[];

const VERSION_COLUMNS = [
  'id',
  'case_id',
  'region_code',
  'version',
  'content',
  'party_secret',
  'content_hash',
  'received_at',
  'received_by',
] as const satisfies readonly (keyof CaseVersionTable)[];

/** Inserts new cases in a few multi-row statements (the ingest's hot path, so built as text). */
export async function insertCases(db: Db, rows: Insertable<EnforcementCaseTable>[]): Promise<void> {
  await insertRows(db, 'enforcement_case', CASE_COLUMNS, rows, INSERT_ROWS);
}

/** Inserts versions in a few multi-row statements. */
export async function insertVersions(db: Db, rows: Insertable<CaseVersionTable>[]): Promise<void> {
  await insertRows(db, 'case_version', VERSION_COLUMNS, rows, INSERT_ROWS);
}

/** Moves a case's projection to a newer version. */
export async function updateCase(db: Db, id: string, set: Updateable<EnforcementCaseTable>): Promise<void> {
  await db.updateTable('enforcement_case').set(set).where('id', '=', id).execute();
}

/** A source's case by its external id, with its newest version. */
export async function findBySource(db: Db, sourceKey: string, externalId: string) {
  return db
    .selectFrom('enforcement_case as c')
    .innerJoin('case_version as v', (join) =>
      join.onRef('v.case_id', '=', 'c.id').onRef('v.version', '=', 'c.version'),
    )
    .select(['c.id', 'c.org_id', 'c.version', 'v.content', 'v.party_secret', 'v.received_at'])
    .where('c.source_key', '=', sourceKey)
    .where('c.external_id', '=', externalId)
    .executeTakeFirst();
}

/** Up to `limit` cases whose deadlines are behind their newest version, with that version's content. */
export async function findUnderived(db: Db, limit: number) {
  return db
    .selectFrom('enforcement_case as c')
    .innerJoin('case_version as v', (join) =>
      join.onRef('v.case_id', '=', 'c.id').onRef('v.version', '=', 'c.version'),
    )
    .select([
      'c.id',
      'c.version',
      'c.org_id',
      'c.region_code',
      'v.content',
      inspectionRank().as('inspection_rank'),
    ])
    .where('c.derived_version', 'is', null)
    .orderBy('c.id')
    .limit(limit)
    .execute();
}

/** Replaces the deadlines of some cases, marking each derived unless a newer version came in. */
export async function saveDerived(
  db: Db,
  cases: { id: string; version: number }[],
  deadlines: Insertable<CaseDeadlineTable>[],
): Promise<void> {
  if (!cases.length) return;
  const ids = cases.map((c) => c.id);
  await db.deleteFrom('case_deadline').where('case_id', 'in', ids).execute();
  for (let i = 0; i < deadlines.length; i += INSERT_ROWS)
    await db
      .insertInto('case_deadline')
      .values(deadlines.slice(i, i + INSERT_ROWS))
      .execute();
  for (const c of cases)
    await db
      .updateTable('enforcement_case')
      .set({ derived_version: c.version })
      .where('id', '=', c.id)
      .where('version', '=', c.version)
      .execute();
}

/**
 * For an inspection: how many inspections the same agency made of the same party in the same
 * calendar year, up to and including this one (by the day of the act, then by id).
 */
function inspectionRank() {
  return sql<
    number | string | null
  >`case when c.kind = 'inspection' and c.party_key is not null and c.acted_on is not null then (
    select count(*) from enforcement_case i
    where i.kind = 'inspection' and i.org_id = c.org_id and i.party_key = c.party_key
      and i.acted_on >= substr(c.acted_on, 1, 4) || '-01-01'
      and (i.acted_on < c.acted_on or (i.acted_on = c.acted_on and i.id <= c.id))
  ) end`;
}

/** The newest version of cases after `after` in id order, for a pass over every case. */
export async function newestPage(db: Db, after: string, limit: number) {
  return db
    .selectFrom('enforcement_case as c')
    .innerJoin('case_version as v', (join) =>
      join.onRef('v.case_id', '=', 'c.id').onRef('v.version', '=', 'c.version'),
    )
    .select([
      'c.id',
      'c.version',
      'c.org_id',
      'c.region_code',
      'v.content',
      inspectionRank().as('inspection_rank'),
    ])
    .where('c.id', '>', after)
    .orderBy('c.id')
    .limit(limit)
    .execute();
}

/** Ids of these cases whose newest version is `version` and is derived (nothing newer pending). */
export async function settledVersions(db: Db, versions: ReadonlyMap<string, number>): Promise<Set<string>> {
  const out = new Set<string>();
  const ids = [...versions.keys()];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('enforcement_case')
      .select(['id', 'version', 'derived_version'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows)
      if (row.version === versions.get(row.id) && row.derived_version === row.version) out.add(row.id);
  }
  return out;
}

/** Each agency's latest act day (for 长期零执法). */
export async function lastActByAgency(db: Db) {
  return db
    .selectFrom('enforcement_case')
    .select(['org_id', (eb) => eb.fn.max('acted_on').as('last_acted_on')])
    .groupBy('org_id')
    .orderBy('org_id')
    .execute();
}

/** Per agency and item, the fined cases decided since a day and their average fine in fen. */
export async function finesByAgencyItem(db: Db, since: string) {
  return db
    .selectFrom('enforcement_case')
    .select([
      'org_id',
      'item_code',
      (eb) => eb.fn.countAll<number | string>().as('cases'),
      (eb) => eb.fn.avg<number | string>('fine_cents').as('average_cents'),
    ])
    .where('fine_cents', 'is not', null)
    .where('decided_on', '>=', since)
    .groupBy(['org_id', 'item_code'])
    .orderBy('org_id')
    .orderBy('item_code')
    .execute();
}

/** The inspection rank (see above) of each of these cases that is an inspection of a known party. */
export async function inspectionRanks(db: Db, ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('enforcement_case as c')
      .select(['c.id', inspectionRank().as('n')])
      .where('c.id', 'in', ids.slice(i, i + 500))
      .where('c.kind', '=', 'inspection')
      .execute();
    for (const row of rows) if (row.n !== null) out.set(row.id, Number(row.n));
  }
  return out;
}

/** Deadlines whose duty is not met and that fall due between two days, with their case's agency. */
export async function openDeadlinesBetween(db: Db, from: string, to: string) {
  return db
    .selectFrom('case_deadline as d')
    .innerJoin('enforcement_case as c', 'c.id', 'd.case_id')
    .select(['d.case_id', 'd.code', 'd.due', 'd.region_code', 'c.org_id', 'c.external_id', 'c.title'])
    .where('d.met_on', 'is', null)
    .where('d.due', '>=', from)
    .where('d.due', '<=', to)
    .orderBy('d.due')
    .orderBy('d.case_id')
    .orderBy('d.code')
    .execute();
}

/** Queues again the cases with a provisional deadline in one of these (now loaded) years. */
export async function requeueProvisional(db: Db, years: number[]): Promise<number> {
  if (!years.length) return 0;
  const result = await db
    .updateTable('enforcement_case')
    .set({ derived_version: null })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('case_deadline')
        .select('case_id')
        .where('provisional', '=', 1)
        .where((w) => w.or(years.map((y) => w('due', 'like', `${y}-%`)))),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A case with its newest version, for recording a stage on it. */
export async function findNative(db: Db, id: string) {
  return db
    .selectFrom('enforcement_case as c')
    .innerJoin('case_version as v', (join) =>
      join.onRef('v.case_id', '=', 'c.id').onRef('v.version', '=', 'c.version'),
    )
    .select(['c.id', 'c.source_key', 'c.org_id', 'c.region_code', 'c.version', 'v.content', 'v.party_secret'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

/** How many of an agency's native cases carry a number with this prefix (for the next number). */
export async function countNative(db: Db, sourceKey: string, prefix: string): Promise<number> {
  const row = await db
    .selectFrom('enforcement_case')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source_key', '=', sourceKey)
    .where('external_id', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many of an agency's native cases were decided in a year (for the next decision number). */
export async function countDecisions(db: Db, sourceKey: string, year: string): Promise<number> {
  const row = await db
    .selectFrom('enforcement_case')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source_key', '=', sourceKey)
    .where('decided_on', 'like', `${year}-%`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The uploaded evidence files of a case, oldest first. */
export function evidenceOf(db: Db, caseId: string) {
  return db
    .selectFrom('case_evidence')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

/** Describes one uploaded evidence file. */
export async function insertEvidence(db: Db, row: Insertable<CaseEvidenceTable>): Promise<void> {
  await db.insertInto('case_evidence').values(row).execute();
}

/** The heads of some cases with their agency's place in the org tree (a matter's linked cases). */
/** Cases by their number (the source's id) and decision date, of one agency when it is known. */
export function casesNumbered(db: Db, externalId: string, orgId: string | null) {
  let query = db
    .selectFrom('enforcement_case')
    .select(['id', 'external_id', 'decided_on'])
    .where('external_id', '=', externalId);
  if (orgId) query = query.where('org_id', '=', orgId);
  return query.orderBy('id').limit(2).execute();
}

export function caseBriefs(db: Db, ids: readonly string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('enforcement_case')
    .innerJoin('org', 'org.id', 'enforcement_case.org_id')
    .select([
      'enforcement_case.id',
      'enforcement_case.external_id',
      'enforcement_case.title',
      'enforcement_case.status',
      'enforcement_case.decided_on',
      'enforcement_case.org_id',
      'enforcement_case.region_code',
      'org.path as org_path',
    ])
    .where('enforcement_case.id', 'in', ids)
    .orderBy('enforcement_case.id')
    .execute();
}
