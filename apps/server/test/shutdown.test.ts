import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { createContext } from '../src/context.ts';
import { listRuns } from '../src/platform/jobs/jobs.repository.ts';
import { startServer } from '../src/server.ts';
import { createTestDatabase, TEST_DIALECT, type TestDatabase, testConfig } from './harness.ts';

const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const d of databases) await d.drop();
});

describe('graceful shutdown', () => {
  it('finishes a request in flight, then refuses new connections', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const context = await createContext(testConfig(database.url), pino({ level: 'silent' }), {
      migrate: true,
    });
    const app = await buildApp(context);
    app.get('/slow', { config: { access: 'public' } }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { done: true };
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const inFlight = fetch(`${url}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = app.close();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ done: true });
    await closed;
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    await context.database.close();
  });

  it('lets a running job finish and record its run before the database closes', async () => {
    const database = await createTestDatabase(
      path.join(mkdtempSync(path.join(tmpdir(), 'jiandu-')), 'db.sqlite'),
    );
    databases.push(database);
    let finished = false;
    const server = await startServer(
      testConfig(database.url, { jobsEnabled: true, jobPollMs: 50, shutdownGraceMs: 5000 }),
      pino({ level: 'silent' }),
      {
        extraHandlers: {
          'test.slow': async () => {
            await new Promise((resolve) => setTimeout(resolve, 700));
            finished = true;
            return '完成';
          },
        },
      },
    );
    await server.context.scheduler.enqueue('test.slow', null, { key: 'slow-shutdown' });
    const db = server.context.database.db;
    for (
      let i = 0;
      i < 100 && (await listRuns(db, { jobKey: 'slow-shutdown', limit: 1 })).length === 0;
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await server.close();
    expect(finished).toBe(true);

    const { openDatabase } = await import('../src/platform/db/database.ts');
    const handle = openDatabase(database.url);
    try {
      const runs = await listRuns(handle.db, { jobKey: 'slow-shutdown', limit: 5 });
      expect(runs.map((r) => [r.outcome, r.result])).toEqual([['succeeded', '完成']]);
    } finally {
      await handle.close();
    }
  });
});

describe.runIf(TEST_DIALECT === 'sqlite')('embedded database settings', () => {
  it('opens the SQLite file with WAL, synchronous=FULL, foreign keys and a busy timeout', async () => {
    const { openDatabase } = await import('../src/platform/db/database.ts');
    const { sql } = await import('kysely');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jiandu-')), 'nested', 'db.sqlite');
    const handle = openDatabase(`sqlite:${file}`);
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw(`pragma ${name}`).execute(handle.db)).rows[0] as object)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2);
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
    } finally {
      await handle.close();
    }
  });
});
