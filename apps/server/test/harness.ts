import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../src/app.ts';
import { type AppContext, createContext, type ExtraHandlers } from '../src/context.ts';
import { DEFAULT_SUPERVISION_PERIODS } from '../src/modules/matters/supervision-periods.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { type Config, DEFAULT_EVIDENCE_MAX_BYTES } from '../src/platform/config.ts';
import { createPostgresSchema, dropPostgresSchema } from '../src/platform/db/dialect.ts';
import { seed } from '../src/seed.ts';
import { copyOfWorld, type TestWorld } from './worlds.ts';

/** The PostgreSQL server of the PostgreSQL lane, or undefined on the SQLite lane. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

/** Which dialect this run tests. */
export const TEST_DIALECT = TEST_DATABASE_URL ? 'postgres' : 'sqlite';

/** A database of its own for one test file: a URL and a way to throw it away. */
export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

/**
 * Creates an empty database: a new schema on the PostgreSQL lane (named in the URL so every
 * connection uses it), or an in-memory SQLite database (or a file, when a path is given, so that
 * several processes can share it).
 */
export async function createTestDatabase(sqliteFile?: string): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) {
    return { url: `sqlite:${sqliteFile ?? ':memory:'}`, drop: async () => {} };
  }
  const base = await workerDatabase(TEST_DATABASE_URL);
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await createPostgresSchema(base, schema);
  const separator = base.includes('?') ? '&' : '?';
  return {
    url: `${base}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    drop: () => dropPostgresSchema(base, schema),
  };
}

let workerDatabaseUrl: Promise<string> | undefined;

/**
 * The PostgreSQL lane gives each test worker a database of its own (`<name>_w<worker>`) and each
 * file a schema in it. A worker runs its files one after another, so no schema is dropped while
 * another file's migrator reads the catalogue: Kysely's introspection lists every schema of the
 * database and fails when one vanishes under it, which is what sharing one database did.
 */
function workerDatabase(serverUrl: string): Promise<string> {
  workerDatabaseUrl ??= (async () => {
    const url = new URL(serverUrl);
    const name = `${decodeURIComponent(url.pathname.slice(1))}_w${process.env.VITEST_POOL_ID ?? '0'}`;
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (!rowCount)
        await client.query(`create database "${name}"`).catch((error: { code?: string }) => {
          if (error.code !== '42P04') throw error; // created meanwhile by another run
        });
    } finally {
      await client.end();
    }
    url.pathname = `/${name}`;
    return url.toString();
  })();
  return workerDatabaseUrl;
}

/** A config for tests, over a given database URL. */
export function testConfig(databaseUrl: string, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    logLevel: 'silent',
    nodeId: 'test-node',
    jobsEnabled: false,
    jobLeaseSeconds: 30,
    jobPollMs: 100,
    shutdownGraceMs: 1000,
    trustProxy: false,
    demoSeed: false,
    demoData: 'base',
    publicBaseUrl: 'http://portal.test',
    // Test files sign in and query far more often than a person; tests of the limits set their own.
    rateLimits: { publicPerMinute: 100_000, loginPerMinute: 10_000 },
    // A store of its own per call, so evidence files never leak between tests; the store creates
    // the directory on the first upload, so configs that never store anything leave nothing behind.
    blobDir: path.join(tmpdir(), `jiandu-blobs-${randomBytes(8).toString('hex')}`),
    evidenceMaxBytes: DEFAULT_EVIDENCE_MAX_BYTES,
    deadlineReminderWorkingDays: 3,
    supervisionPeriods: DEFAULT_SUPERVISION_PERIODS,
    ...overrides,
  };
}

/** A migrated context and app over a fresh database, with the bundled calendar seeded. */
export interface TestApp {
  app: FastifyInstance;
  context: AppContext;
  close: () => Promise<void>;
  /** What loading the demo printed, when the app started from a prepared world (see `worlds.ts`). */
  seedLines: string[];
}

export type TestAppOptions = {
  seedCalendar?: boolean;
  extraHandlers?: ExtraHandlers;
  config?: Partial<Config>;
  webDist?: string;
  /** Starts from a prepared world instead of an empty database. */
  world?: TestWorld;
};

/**
 * The world a demo config asks for: what `seed` loads (calendar, regions, roles and the demo) with
 * that config, so the file's own `seed` call finds it all present and adds nothing.
 */
export function demoWorld(options: TestAppOptions): TestWorld | undefined {
  if (!options.config?.demoSeed) return undefined;
  const { blobDir: _ignored, ...config } = options.config;
  return {
    key: JSON.stringify({ world: 'seed', seedCalendar: options.seedCalendar !== false, config }),
    build: async (context, progress) => {
      if (options.seedCalendar !== false) await context.calendar.seedBundled({ id: null, name: 'test' });
      await seed(context, SYSTEM_ACTOR, progress);
    },
  };
}

/** Builds the app over a fresh, migrated database; call `close` in afterAll. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const world = options.world ?? demoWorld(options);
  const database = world
    ? await copyOfWorld(world, TEST_DATABASE_URL, (url) => testConfig(url, options.config))
    : { ...(await createTestDatabase()), lines: [], blobDir: null };
  const config = testConfig(database.url, options.config);
  if (database.blobDir && existsSync(database.blobDir))
    cpSync(database.blobDir, config.blobDir, { recursive: true });
  const context = await createContext(config, pino({ level: 'silent' }), {
    migrate: true,
    ...(options.extraHandlers ? { extraHandlers: options.extraHandlers } : {}),
  });
  if (options.seedCalendar !== false && !world)
    await context.calendar.seedBundled({ id: null, name: 'test' });
  // Tests serve no web build unless they ask for one, so results do not depend on a prior `vite build`.
  const app = await buildApp(context, { webDist: options.webDist ?? '/nonexistent/jiandu-web' });
  await app.ready();
  return {
    app,
    context,
    seedLines: database.lines,
    close: async () => {
      await app.close();
      await context.database.close();
      await database.drop();
      if (!options.config?.blobDir) rmSync(config.blobDir, { recursive: true, force: true });
    },
  };
}
