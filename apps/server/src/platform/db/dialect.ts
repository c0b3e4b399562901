import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  type Dialect,
  type Kysely,
  PostgresAdapter,
  PostgresDialect,
  type RawBuilder,
  SqliteDialect,
  sql,
} from 'kysely';
import pg from 'pg';

/**
 * Every difference between SQLite and PostgreSQL lives in this file, so business code stays
 * dialect-free and both dialects run the same test suite.
 */
export type DialectName = 'sqlite' | 'postgres';

/** A parsed DATABASE_URL. */
export interface DatabaseTarget {
  dialect: DialectName;
  /** SQLite: a file path or `:memory:`; PostgreSQL: the connection string. */
  location: string;
}

/** Reads `sqlite:PATH` or `postgres://…` into a target. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) return { dialect: 'sqlite', location: url.slice('sqlite:'.length) };
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', location: url };
  throw new Error(`不支持的数据库地址: ${url}`);
}

/** Opens the SQLite file with the durability settings DESIGN.md asks for. */
function sqliteDialect(location: string): Dialect {
  if (location !== ':memory:') mkdirSync(path.dirname(path.resolve(location)), { recursive: true });
  const database = new SqliteDatabase(location);
  database.pragma('journal_mode = WAL');
  // FULL: a committed transaction survives power loss, at some cost in write speed.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database });
}

function postgresDialect(target: DatabaseTarget, poolSize: number): Dialect {
  // A schema can be chosen in the URL itself: ?options=-c%20search_path%3Dname (tests do this).
  const pool = new pg.Pool({ connectionString: target.location, max: poolSize });
  return new PostgresDialect({ pool });
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
