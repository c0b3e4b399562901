import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type Dialect,
  type Kysely,
  PostgresAdapter,
  PostgresDialect,
  type RawBuilder,
  sql,
} from 'kysely';
import pg from 'pg';
import { GroupCommitSqliteDialect } from './sqlite-group-commit.ts';

/**
 * Every difference between SQLite and PostgreSQL lives in this file (and the SQLite driver in
 * sqlite-group-commit.ts), so business code stays dialect-free and both dialects run the same
 * test suite.
 */
export type DialectName = 'sqlite' | 'postgres';

/** A parsed DATABASE_URL. */
export interface DatabaseTarget {
  dialect: DialectName;
  /** SQLite: a file path, `:memory:` or `copy:PATH` (in memory, loaded from a file); PostgreSQL: the connection string. */
  location: string;
}

/** Reads `sqlite:PATH` or `postgres://…` into a target. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) return { dialect: 'sqlite', location: url.slice('sqlite:'.length) };
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', location: url };
  throw new Error(`不支持的数据库地址: ${url}`);
}

/** Statements kept prepared per SQLite file. */
const STATEMENT_CACHE = 256;

/**
 * better-sqlite3 behind a cache of prepared statements. Kysely prepares every query it runs, and
 * for a multi-row INSERT SQLite's parse and plan cost more than the insert itself; the same SQL text
 * (same table, columns and row count) reuses its statement. A statement still being iterated is not
 * handed out twice.
 */
function withStatementCache(database: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(text: string) {
      const hit = cache.get(text);
      if (hit && !hit.busy) {
        cache.delete(text);
        cache.set(text, hit);
        return hit;
      }
      const statement = database.prepare(text);
      if (!hit) {
        cache.set(text, statement);
        if (cache.size > STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
      }
      return statement;
    },
    get inTransaction() {
      return database.inTransaction;
    },
    close() {
      cache.clear();
      database.close();
    },
  };
}

/** Opens the SQLite file with the durability settings DESIGN.md asks for. */
function sqliteDialect(location: string): Dialect {
  // `copy:PATH` opens an in-memory copy of a file: test files start from a prepared database.
  const copyOf = location.startsWith('copy:') ? location.slice('copy:'.length) : null;
  if (location !== ':memory:' && !copyOf)
    mkdirSync(path.dirname(path.resolve(location)), { recursive: true });
  const database = new SqliteDatabase(copyOf ? readFileSync(copyOf) : location);
  database.pragma('journal_mode = WAL');
  // FULL: a committed transaction survives power loss, at some cost in write speed.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  // 64 MiB of page cache (default 2 MiB): the case indexes of a province do not fit in the default,
  // and a bulk ingest then rereads the same index pages for every transaction.
  database.pragma('cache_size = -65536');
  database.pragma('temp_store = MEMORY');
  database.pragma('busy_timeout = 5000');
  // Transactions that arrive together share one COMMIT and its fsync (sqlite-group-commit.ts).
  return new GroupCommitSqliteDialect(withStatementCache(database));
}

/** First key of the migration lock; the second is the schema's hash. */
const MIGRATION_LOCK_CLASS = 0x6a64; // "jd"

/**
 * Kysely's migration lock is one advisory lock for the whole database. This one is per schema:
 * nodes sharing a schema still migrate one at a time, while separate schemas (the test lane gives
 * each file its own) migrate side by side instead of queueing behind one another.
 */
class SchemaMigrationLockAdapter extends PostgresAdapter {
  // biome-ignore lint/suspicious/noExplicitAny: the migrator passes whatever Kysely instance it runs on.
  override async acquireMigrationLock(db: Kysely<any>): Promise<void> {
    await sql`
      with set_timeout as (select set_config('lock_timeout', '3600000', true) as config_val)
      select pg_advisory_lock(${sql.lit(MIGRATION_LOCK_CLASS)}, hashtext(current_schema()))
      from set_timeout`.execute(db);
  }

  // biome-ignore lint/suspicious/noExplicitAny: as above.
  override async releaseMigrationLock(db: Kysely<any>): Promise<void> {
    await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK_CLASS)}, hashtext(current_schema()))`.execute(
      db,
    );
  }
}

class JianduPostgresDialect extends PostgresDialect {
  override createAdapter(): PostgresAdapter {
    return new SchemaMigrationLockAdapter();
  }
}

function postgresDialect(target: DatabaseTarget, poolSize: number): Dialect {
  // A schema can be chosen in the URL itself: ?options=-c%20search_path%3Dname (tests do this).
  const pool = new pg.Pool({ connectionString: target.location, max: poolSize });
  return new JianduPostgresDialect({ pool });
}

/** Builds the Kysely dialect for a target; Kysely's destroy closes the file or the pool. */
export function createDialect(target: DatabaseTarget, poolSize = 10): Dialect {
  return target.dialect === 'sqlite' ? sqliteDialect(target.location) : postgresDialect(target, poolSize);
}

/** Tells which dialect a Kysely instance speaks (migrations receive only the instance). */
// biome-ignore lint/suspicious/noExplicitAny: works on any schema.
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * The schema new tables go to on PostgreSQL (the first of search_path), or undefined on SQLite.
 * Kysely's migrator looks for its own tables in every schema unless told which one, and would
 * mistake another schema's migration tables for ours.
 */
// biome-ignore lint/suspicious/noExplicitAny: works on any schema.
export async function currentSchema(db: Kysely<any>): Promise<string | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

/**
 * Rows a bulk write should commit together. SQLite pays for each commit (the WAL write, its fsync and
 * the index pages dirtied), so larger groups of chunks, each in a savepoint, share a commit there;
 * PostgreSQL's commits are cheap and its savepoints (subtransactions) are not, so each chunk commits.
 */
// biome-ignore lint/suspicious/noExplicitAny: works on any schema.
export function bulkCommitRows(db: Kysely<any>): number {
  return dialectOf(db) === 'sqlite' ? 5_000 : 500;
}

/** True when the error is a unique or primary-key violation, on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Counts and sums come back as strings from pg (int8/numeric) and as numbers from SQLite. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return Number(value);
  return 0;
}

/** A cheap round trip that proves the database answers. */
export function pingQuery(): RawBuilder<unknown> {
  return sql`select 1 as ok`;
}

/** Creates a PostgreSQL schema (used by tests to give each file its own database space). */
export async function createPostgresSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create schema if not exists "${schema}"`);
  } finally {
    await client.end();
  }
}

/** Drops a PostgreSQL schema and everything in it. */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/** Raised by the triggers when anything tries to change an audit row. */
export const AUDIT_UPDATE_REFUSED = '审计日志不可修改';

/** Raised by the triggers when anything tries to remove an audit row that has not been archived. */
export const AUDIT_DELETE_REFUSED = '审计日志不可删除 (仅可删除已归档的记录)';

/**
 * The triggers that make `audit_event` append-only: UPDATE is always refused, DELETE only allowed
 * for rows at or below `audit_retention.archived_through_seq` (already exported to a signed
 * archive). `drop` undoes `create` (migration down, and tests that simulate tampering).
 */
export function auditAppendOnlyTriggers(dialect: DialectName): {
  create: RawBuilder<unknown>[];
  drop: RawBuilder<unknown>[];
} {
  // A missing retention row must not read as NULL, which would let every DELETE through.
  const archivedThrough = 'coalesce((select archived_through_seq from audit_retention where id = 1), 0)';
  if (dialect === 'sqlite') {
    return {
      create: [
        `create trigger audit_event_no_update before update on audit_event
         begin select raise(abort, '${AUDIT_UPDATE_REFUSED}'); end`,
        `create trigger audit_event_no_delete before delete on audit_event
         when old.seq > ${archivedThrough}
         begin select raise(abort, '${AUDIT_DELETE_REFUSED}'); end`,
      ].map((statement) => sql.raw(statement)),
      drop: ['audit_event_no_update', 'audit_event_no_delete'].map((name) =>
        sql.raw(`drop trigger if exists ${name}`),
      ),
    };
  }
  return {
    create: [
      `create or replace function audit_event_append_only() returns trigger language plpgsql as $$
       begin
         if tg_op = 'UPDATE' then
           raise exception '${AUDIT_UPDATE_REFUSED}';
         end if;
         if tg_op = 'DELETE' then
           if old.seq <= ${archivedThrough} then
             return old;
           end if;
         end if;
         raise exception '${AUDIT_DELETE_REFUSED}';
       end $$`,
      `create trigger audit_event_append_only before update or delete on audit_event
       for each row execute function audit_event_append_only()`,
      // TRUNCATE skips row triggers, so it needs a statement trigger of its own.
      `create trigger audit_event_no_truncate before truncate on audit_event
       for each statement execute function audit_event_append_only()`,
    ].map((statement) => sql.raw(statement)),
    drop: [
      'drop trigger if exists audit_event_no_truncate on audit_event',
      'drop trigger if exists audit_event_append_only on audit_event',
      'drop function if exists audit_event_append_only()',
    ].map((statement) => sql.raw(statement)),
  };
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const insertTexts = new Map<string, string>();

function insertText(dialect: DialectName, table: string, columns: readonly string[], rows: number): string {
  const key = `${dialect}|${table}|${columns.join(',')}|${rows}`;
  let text = insertTexts.get(key);
  if (text) return text;
  const width = columns.length;
  const groups: string[] = [];
  for (let r = 0; r < rows; r++) {
    const marks = columns.map((_, c) => (dialect === 'postgres' ? `$${r * width + c + 1}` : '?'));
    groups.push(`(${marks.join(', ')})`);
  }
  text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${groups.join(', ')}`;
  if (insertTexts.size > 1000) insertTexts.clear();
  insertTexts.set(key, text);
  return text;
}

/**
 * Inserts many rows of one table with plain multi-row INSERTs, built as text once per shape instead
 * of through Kysely's query tree: for bulk loads (the exchange ingest), where building the tree
 * costs more than the insert. Every row must have the same columns, named as in `columns`.
 */
export async function insertRows(
  // biome-ignore lint/suspicious/noExplicitAny: works on any schema, inside or outside a transaction.
  db: Kysely<any>,
  table: string,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
  rowsPerStatement = 250,
): Promise<void> {
  for (const name of [table, ...columns])
    if (!IDENTIFIER.test(name)) throw new Error(`无效的表名或列名: ${name}`);
  const dialect = dialectOf(db);
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const slice = rows.slice(start, start + rowsPerStatement);
    const parameters: unknown[] = [];
    for (const row of slice) for (const column of columns) parameters.push(row[column] ?? null);
    await db.executeQuery(CompiledQuery.raw(insertText(dialect, table, columns, slice.length), parameters));
  }
}

/**
 * Changes the allowed values of an enum column (a CHECK made by `checkIn`), keeping every row.
 * PostgreSQL swaps the constraint in place. SQLite cannot alter a constraint, so the table is
 * rebuilt from its own stored definition (SQLite's documented procedure): foreign keys off for the
 * copy, indexes recreated, references checked before they are switched back on. SQLite runs
 * migrations outside a transaction, which is what lets the pragma take effect.
 */
export async function replaceEnumCheck(
  // biome-ignore lint/suspicious/noExplicitAny: migrations work on whatever schema exists.
  db: Kysely<any>,
  table: string,
  column: string,
  values: readonly string[],
): Promise<void> {
  for (const name of [table, column])
    if (!IDENTIFIER.test(name)) throw new Error(`无效的表名或列名: ${name}`);
  const list = values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ');
  if (dialectOf(db) === 'postgres') {
    const name = `${table}_${column}_check`;
    await sql.raw(`alter table "${table}" drop constraint "${name}"`).execute(db);
    await sql
      .raw(`alter table "${table}" add constraint "${name}" check ("${column}" in (${list}))`)
      .execute(db);
    return;
  }
  const { rows } = await sql<{ type: string; sql: string }>`
    select type, sql from sqlite_schema where tbl_name = ${table} and sql is not null order by type desc`.execute(
    db,
  );
  const definition = rows.find((r) => r.type === 'table')?.sql ?? '';
  const check = new RegExp(`check \\("${column}" in \\([^)]*\\)\\)`, 'gi');
  if ((definition.match(check) ?? []).length !== 1)
    throw new Error(`${table}.${column} 没有可替换的取值约束`);
  const rebuilt = `${table}__rebuild`;
  const create = definition
    .replace(check, `check ("${column}" in (${list}))`)
    .replace(new RegExp(`^create table "${table}"`, 'i'), `create table "${rebuilt}"`);
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await sql.raw(create).execute(trx);
      await sql.raw(`insert into "${rebuilt}" select * from "${table}"`).execute(trx);
      await sql.raw(`drop table "${table}"`).execute(trx);
      await sql.raw(`alter table "${rebuilt}" rename to "${table}"`).execute(trx);
      for (const other of rows.filter((r) => r.type !== 'table')) await sql.raw(other.sql).execute(trx);
      const { rows: checked } = await sql<{
        table: string;
        parent: string;
      }>`pragma foreign_key_check`.execute(trx);
      const broken = checked.filter((r) => r.parent === table || r.table === table).length;
      if (broken) throw new Error(`重建 ${table} 后有 ${broken} 处外键引用失效`);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
