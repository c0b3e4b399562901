import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { type AppContext, createContext } from '../src/context.ts';
import { todayInShanghai } from '../src/platform/calendar/dates.ts';
import type { Config } from '../src/platform/config.ts';
import { keyFilePath, loadOrCreateKeyring } from '../src/platform/crypto/keyring.ts';

/**
 * A prepared database that test files start from instead of loading the same data again. The
 * Liaoning demo with its cases takes about 20 s to load on SQLite and 70 s on PostgreSQL (two to
 * three times that beside other test files); each world is built once per code version and day, and
 * every file that asks for it gets a copy of its own: an in-memory copy of a file on SQLite, a
 * database cloned from a template on PostgreSQL.
 */
export interface TestWorld {
  /** Names the world together with what else shapes it (config, calendar); see `worldKey`. */
  key: string;
  /** Loads the world into a migrated context; progress lines are kept for the tests that read them. */
  build: (context: AppContext, progress: (line: string) => void) => Promise<void>;
}

/** A copy of a world for one test file. */
export interface WorldCopy {
  url: string;
  /** The world's stored files (documents, exhibits), to be copied into the file's own store. */
  blobDir: string;
  drop: () => Promise<void>;
  /** What the build printed while it loaded the world. */
  lines: string[];
}

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOURCES = ['apps/server/src', 'packages/contracts/src'];

let sourceHash: string | undefined;

/**
 * Hashes what a world's content depends on: the server's and the contracts' source, and the field
 * keys (a world built under other keys would hold values this process cannot decrypt).
 */
function codeVersion(): string {
  if (sourceHash) return sourceHash;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (!entry.name.endsWith('.test.ts'))
        hash.update(path.relative(ROOT, file)).update(readFileSync(file));
    }
  };
  for (const dir of SOURCES) walk(path.join(ROOT, dir));
  loadOrCreateKeyring(); // creates the key file on a fresh checkout, so its content is hashed below
  const keys = keyFilePath();
  hash.update(process.env.JIANDU_KEYS ?? (keys ? readFileSync(keys) : ''));
  sourceHash = hash.digest('hex');
  return sourceHash;
}

/** The name of a world's prepared database for this dialect, code version and today's date. */
function worldName(world: TestWorld, dialect: 'sqlite' | 'postgres'): string {
  const digest = createHash('sha256')
    .update(`${dialect}\n${codeVersion()}\n${todayInShanghai()}\n${world.key}`)
    .digest('hex')
    .slice(0, 20);
  return `jt_${digest}`;
}

/** What a prepared database records about itself, to tell stale ones and to give back the lines. */
interface WorldNote {
  code: string;
  builtAt: number;
  lines: string[];
}

/** Stale worlds (other code, other days) are removed once nothing can still be copying them. */
const STALE_AFTER_MS = 60 * 60 * 1000;

/** Where worlds keep what is not in the database: their stored files, and on SQLite the database itself. */
const WORLDS_DIR = path.join(tmpdir(), 'jiandu-test-worlds');

async function buildInto(
  world: TestWorld,
  url: string,
  blobDir: string,
  makeConfig: (url: string) => Config,
): Promise<{ context: AppContext; lines: string[] }> {
  rmSync(blobDir, { recursive: true, force: true });
  const config = { ...makeConfig(url), blobDir };
  const context = await createContext(config, pino({ level: 'silent' }), { migrate: true });
  const lines: string[] = [];
  try {
    await world.build(context, (line) => lines.push(line));
  } catch (error) {
    await context.database.close();
    throw error;
  }
  return { context, lines };
}

/** A copy of the world on the SQLite lane: the world is a file, each copy an in-memory database. */
async function sqliteWorld(world: TestWorld, makeConfig: (url: string) => Config): Promise<WorldCopy> {
  const dir = WORLDS_DIR;
  mkdirSync(dir, { recursive: true });
  const name = worldName(world, 'sqlite');
  const blobDir = path.join(dir, `${name}.blobs`);
  const file = path.join(dir, `${name}.sqlite`);
  const noteFile = path.join(dir, `${name}.json`);
  const lock = path.join(dir, `${name}.lock`);
  while (!existsSync(file)) {
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building it; a lock left by a killed run is broken after ten minutes.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 10 * 60 * 1000) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (existsSync(file)) break;
      const { context, lines } = await buildInto(world, 'sqlite::memory:', blobDir, makeConfig);
      const temp = `${file}.${process.pid}.tmp`;
      rmSync(temp, { force: true });
      try {
        await sql`vacuum into ${temp}`.execute(context.database.db);
      } finally {
        await context.database.close();
      }
      mkdirSync(blobDir, { recursive: true });
      const note: WorldNote = { code: codeVersion(), builtAt: Date.now(), lines };
      writeFileSync(noteFile, JSON.stringify(note));
      renameSync(temp, file);
      removeStaleSqliteWorlds(dir, name);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  const note = JSON.parse(readFileSync(noteFile, 'utf8')) as WorldNote;
  return { url: `sqlite:copy:${file}`, blobDir, drop: async () => {}, lines: note.lines };
}

function removeStaleSqliteWorlds(dir: string, keep: string): void {
  for (const entry of readdirSync(dir)) {
    if (!entry.startsWith('jt_') || entry.startsWith(keep)) continue;
    const file = path.join(dir, entry);
    const age = Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > STALE_AFTER_MS) rmSync(file, { recursive: true, force: true });
  }
}

/** First key of the advisory locks that serialize building and copying worlds on a server. */
const WORLD_LOCK_CLASS = 0x6a74; // "jt"

/**
 * A copy of the world on the PostgreSQL lane: the world is a template database, built once under
 * an advisory lock, and each copy a database created from it (a file copy, far faster than loading).
 */
async function postgresWorld(
  world: TestWorld,
  serverUrl: string,
  makeConfig: (url: string) => Config,
  copying: boolean,
): Promise<WorldCopy> {
  const name = worldName(world, 'postgres');
  const blobDir = path.join(WORLDS_DIR, `${name}.blobs`);
  const urlOf = (database: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const copy = `jf_${randomBytes(6).toString('hex')}`;
  let note: WorldNote;
  try {
    await admin.query('select pg_advisory_lock($1, hashtext($2))', [WORLD_LOCK_CLASS, name]);
    try {
      const found = await admin.query<{ note: string | null }>(
        `select shobj_description(oid, 'pg_database') as note from pg_database where datname = $1`,
        [name],
      );
      // The files live beside the server, not in it: a template whose files are gone is rebuilt.
      if (found.rows[0]?.note && existsSync(blobDir)) {
        note = JSON.parse(found.rows[0].note) as WorldNote;
      } else {
        const building = `${name}_b`;
        await admin.query(`drop database if exists "${name}" with (force)`);
        await admin.query(`drop database if exists "${building}" with (force)`);
        await admin.query(`create database "${building}"`);
        const { context, lines } = await buildInto(world, urlOf(building), blobDir, makeConfig);
        mkdirSync(blobDir, { recursive: true });
        await context.database.close();
        note = { code: codeVersion(), builtAt: Date.now(), lines };
        await admin.query(`alter database "${building}" rename to "${name}"`);
        await admin.query(`comment on database "${name}" is ${pg.escapeLiteral(JSON.stringify(note))}`);
        await removeStalePostgresWorlds(admin, name);
      }
      if (copying) await admin.query(`create database "${copy}" template "${name}"`);
    } finally {
      await admin.query('select pg_advisory_unlock($1, hashtext($2))', [WORLD_LOCK_CLASS, name]);
    }
  } finally {
    await admin.end();
  }
  return {
    url: urlOf(copy),
    blobDir,
    lines: note.lines,
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists "${copy}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function removeStalePostgresWorlds(admin: pg.Client, keep: string): Promise<void> {
  const { rows } = await admin.query<{ datname: string; note: string | null }>(
    `select datname, shobj_description(oid, 'pg_database') as note from pg_database
     where datname like 'jt\\_%' and datname not like '%\\_b' and datname <> $1`,
    [keep],
  );
  for (const row of rows) {
    const builtAt = row.note ? (JSON.parse(row.note) as WorldNote).builtAt : 0;
    if (Date.now() - builtAt > STALE_AFTER_MS) {
      await admin.query(`drop database if exists "${row.datname}" with (force)`).catch(() => {});
      rmSync(path.join(WORLDS_DIR, `${row.datname}.blobs`), { recursive: true, force: true });
    }
  }
}

/** A database of its own for a test file, holding the world. */
export function copyOfWorld(
  world: TestWorld,
  serverUrl: string | undefined,
  makeConfig: (url: string) => Config,
): Promise<WorldCopy> {
  return serverUrl ? postgresWorld(world, serverUrl, makeConfig, true) : sqliteWorld(world, makeConfig);
}

/** Builds the world if this code version has not built it today (the test run's global setup starts these early). */
export async function prepareWorld(
  world: TestWorld,
  serverUrl: string | undefined,
  makeConfig: (url: string) => Config,
): Promise<void> {
  if (serverUrl) await postgresWorld(world, serverUrl, makeConfig, false);
  else await sqliteWorld(world, makeConfig);
}
