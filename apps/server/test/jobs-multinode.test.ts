import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/platform/db/database.ts';
import type { Database } from '../src/platform/db/tables.ts';
import { listRuns } from '../src/platform/jobs/jobs.repository.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'job-node.ts');
const children: ChildProcess[] = [];
let database: TestDatabase | undefined;

/** Starts one node as its own process and resolves when it serves. */
function startNode(nodeId: string, databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ID: nodeId,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      JOB_LEASE_SECONDS: '5',
      JOB_POLL_MS: '100',
      SLOW_MS: '4000',
      // The jobs are the subject here; two nodes loading the demo side by side would only slow it.
      DEMO_SEED: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(`READY ${nodeId}`)) resolve(child);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`node ${nodeId} exited with ${code}: ${out}`)));
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await database?.drop();
});

describe('jobs on two app nodes sharing one database', () => {
  it('finishes a job exactly once on the surviving node when the node running it is killed', async () => {
    database = await createTestDatabase(path.join(mkdtempSync(path.join(tmpdir(), 'jiandu-')), 'db.sqlite'));
    const nodes = new Map<string, ChildProcess>();
    nodes.set('node-a', await startNode('node-a', database.url));
    nodes.set('node-b', await startNode('node-b', database.url));

    const handle = openDatabase<Database>(database.url);
    const db = handle.db;
    try {
      const now = new Date().toISOString();
      await db
        .insertInto('job')
        .values({
          key: 'slow-1',
          handler: 'test.slow-effect',
          kind: 'once',
          cron: null,
          run_at: now,
          state: 'scheduled',
          payload: JSON.stringify({ tag: 'slow-1' }),
          attempts: 0,
          max_attempts: 5,
          lease_owner: null,
          lease_until: null,
          created_at: now,
          updated_at: now,
        })
        .execute();

      const first = await waitFor(
        'the first run',
        async () => (await listRuns(db, { jobKey: 'slow-1', limit: 5 }))[0],
      );
      expect(first.outcome).toBe('running');
      const victim = first.node_id;
      const survivor = victim === 'node-a' ? 'node-b' : 'node-a';
      const victimProcess = nodes.get(victim)!;
      const exited = new Promise((resolve) => victimProcess.once('exit', resolve));
      victimProcess.kill('SIGKILL');
      await exited;

      const finished = await waitFor('a successful run', async () =>
        (await listRuns(db, { jobKey: 'slow-1', limit: 5 })).find((r) => r.outcome === 'succeeded'),
      );
      expect(finished.node_id).toBe(survivor);
      expect(finished.result).toBe(`effect slow-1 by ${survivor}`);

      const runs = await listRuns(db, { jobKey: 'slow-1', limit: 5 });
      expect(runs.map((r) => `${r.node_id}:${r.outcome}`).sort()).toEqual(
        [`${victim}:abandoned`, `${survivor}:succeeded`].sort(),
      );
      const effects = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'test.effect')
        .execute();
      expect(effects).toHaveLength(1);
      const job = await db
        .selectFrom('job')
        .selectAll()
        .where('key', '=', 'slow-1')
        .executeTakeFirstOrThrow();
      expect(job).toMatchObject({ state: 'done', lease_owner: null, attempts: 2 });

      // The survivor shuts down cleanly on SIGTERM.
      const survivorProcess = nodes.get(survivor)!;
      const code = new Promise((resolve) => survivorProcess.once('exit', resolve));
      survivorProcess.kill('SIGTERM');
      expect(await code).toBe(0);
    } finally {
      await handle.close();
    }
  }, 60_000);
});
