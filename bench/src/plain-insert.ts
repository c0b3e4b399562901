// The limit the exchange API is measured against: the rows it stored (one case row and one version
// row per case), inserted again into empty copies of the same tables, with the same indexes and
// foreign keys, in the same database, by plain multi-row INSERTs (the platform's fastest: text built
// once per shape, statements prepared once) in transactions of as many cases as the API commits together (bulkCommitRows: 5,000 on SQLite, 500 on PostgreSQL).

import { bulkCommitRows, type DialectName, insertRows } from '@jiandu/server/src/platform/db/dialect.ts';
import type { Db } from '@jiandu/server/src/platform/db/tables.ts';
import { sql } from 'kysely';

const PAGE = 5_000;

const ROWS_PER_INSERT = 250;

// biome-ignore lint/suspicious/noExplicitAny: the copies are not in the typed schema.
type AnyDb = any;

async function copyTables(db: Db, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`drop table if exists bench_version`.execute(db);
    await sql`drop table if exists bench_case`.execute(db);
    await sql`create table bench_case (like enforcement_case including all)`.execute(db);
    await sql`create table bench_version (like case_version including all)`.execute(db);
    await sql`alter table bench_case add foreign key (org_id) references org(id)`.execute(db);
    await sql`alter table bench_case add foreign key (source_id) references source_system(id)`.execute(db);
    await sql`alter table bench_version add foreign key (case_id) references bench_case(id)`.execute(db);
    return;
  }
  const { rows } = await sql<{ sql: string; type: string }>`
    select sql, type from sqlite_master
    where tbl_name in ('enforcement_case', 'case_version') and sql is not null
    order by case type when 'table' then 0 else 1 end, tbl_name desc`.execute(db);
  for (const name of ['bench_version', 'bench_case'])
    await sql.raw(`drop table if exists ${name}`).execute(db);
  for (const row of rows) {
    const ddl = row.sql
      .replaceAll('enforcement_case', 'bench_case')
      .replaceAll('case_version', 'bench_version');
    await sql.raw(ddl).execute(db);
  }
}

/** Copies the stored cases into fresh tables and times only the INSERTs. */
export async function copyAndInsert(
  db: Db,
  dialect: DialectName,
): Promise<{ cases: number; seconds: number; casesPerSecond: number; cpuSeconds: number }> {
  await copyTables(db, dialect);
  const any = db as AnyDb;
  let after = '';
  let cases = 0;
  let insertMs = 0;
  let cpuMs = 0;
  for (;;) {
    const caseRows = await db
      .selectFrom('enforcement_case')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    if (!caseRows.length) break;
    after = caseRows.at(-1)!.id;
    const caseColumns = Object.keys(caseRows[0]!);
    const versionRows = await db
      .selectFrom('case_version')
      .selectAll()
      .where(
        'case_id',
        'in',
        caseRows.map((c) => c.id),
      )
      .orderBy('case_id')
      .execute();
    const versionsOf = new Map<string, typeof versionRows>();
    for (const v of versionRows) {
      const list = versionsOf.get(v.case_id);
      if (list) list.push(v);
      else versionsOf.set(v.case_id, [v]);
    }
    const versionColumns = Object.keys(versionRows[0] ?? {});
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const perTransaction = bulkCommitRows(db);
    for (let i = 0; i < caseRows.length; i += perTransaction) {
      const slice = caseRows.slice(i, i + perTransaction);
      const versions = slice.flatMap((c) => versionsOf.get(c.id) ?? []);
      const columns = { cases: caseColumns, versions: versionColumns };
      await any.transaction().execute(async (trx: AnyDb) => {
        await insertRows(trx, 'bench_case', columns.cases, slice, ROWS_PER_INSERT);
        await insertRows(trx, 'bench_version', columns.versions, versions, ROWS_PER_INSERT);
      });
    }
    insertMs += performance.now() - t0;
    const c1 = process.cpuUsage(c0);
    cpuMs += (c1.user + c1.system) / 1000;
    cases += caseRows.length;
  }
  await sql`drop table bench_version`.execute(db);
  await sql`drop table bench_case`.execute(db);
  const seconds = insertMs / 1000;
  return { cases, seconds, casesPerSecond: cases / seconds, cpuSeconds: cpuMs / 1000 };
}
