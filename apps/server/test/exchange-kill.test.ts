import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeResidentId } from '@jiandu/contracts/codes';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.ts';
import { loadOrCreateKeyring } from '../src/platform/crypto/keyring.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import type { Database } from '../src/platform/db/tables.ts';
import { buildCase } from './exchange-fixtures.ts';
import { createTestDatabase, type TestDatabase, testConfig } from './harness.ts';

const BIN = path.resolve(import.meta.dirname, '../bin/jiandu.js');
const TOTAL = 100_000;
const PER_REQUEST = 10_000;
const dir = mkdtempSync(path.join(tmpdir(), 'jiandu-kill-'));
const children: ChildProcess[] = [];
let database: TestDatabase | undefined;

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `jiandu serve` as its own process over the shared database and key file. */
function startServer(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      JIANDU_KEYS_FILE: path.join(dir, 'keys.json'),
      JIANDU_BLOB_DIR: path.join(dir, 'blobs'),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      DEMO_SEED: 'true',
      DEMO_DATA: 'base',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const collect = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /已启动: (http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: match[1]!.replace('localhost', '127.0.0.1') });
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out.slice(-2000)}`)));
  });
}

/** The n-th request's NDJSON: records n·10,000 … n·10,000+9,999, each with its own person. */
function batch(n: number, creditCode: string): string {
  const lines: string[] = [];
  for (let i = n * PER_REQUEST; i < (n + 1) * PER_REQUEST; i += 1) {
    const id = makeResidentId(`21010219${String(50 + (i % 40))}0101${String(i % 1000).padStart(3, '0')}`);
    const record = buildCase(creditCode, {
      externalId: `K-${i}`,
      party: { type: 'person', name: `测试${i}`, idNumber: id },
      title: `第 ${i} 号案件`,
    });
    lines.push(JSON.stringify(record));
  }
  return lines.join('\n');
}

async function send(url: string, token: string, body: string) {
  const res = await fetch(`${url}/api/exchange/v1/cases`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, number> };
}

describe('an import interrupted by a killed server', () => {
  it('stores each record exactly once and whole after a restart and a replay of the batch', async () => {
    database = await createTestDatabase(path.join(dir, 'db.sqlite'));
    // One key file for both server processes and this one, as a deployment would have.
    loadOrCreateKeyring({ env: {}, defaultFile: path.join(dir, 'keys.json') });
    const first = await startServer(database.url);
    const handle = openDatabase<Database>(database.url);
    const db = handle.db;
    try {
      const agency = await db
        .selectFrom('org')
        .selectAll()
        .where('name', '=', '和平区市场监督管理局')
        .executeTakeFirstOrThrow();
      // The token is made through the service, against the same database and keys as the server.
      process.env.JIANDU_KEYS_FILE = path.join(dir, 'keys.json');
      const context = await createContext(testConfig(database.url), pino({ level: 'silent' }));
      const { token } = await context.services.sources.create(
        { id: null, name: 'test' },
        '和平区市场监管执法办案系统',
        [agency.id],
      );
      await context.database.close();
      const creditCode = agency.credit_code!;
      const count = async (table: 'enforcement_case' | 'case_version') =>
        Number(
          (await db.selectFrom(table).select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
        );

      // Send the batch; kill the server without warning once about a third of it is stored.
      const sending = (async () => {
        for (let n = 0; n < TOTAL / PER_REQUEST; n += 1) await send(first.url, token, batch(n, creditCode));
      })().catch(() => 'interrupted');
      while ((await count('enforcement_case')) < TOTAL * 0.35) await new Promise((r) => setTimeout(r, 50));
      first.child.kill('SIGKILL');
      expect(await sending).toBe('interrupted');
      const storedBeforeKill = await count('enforcement_case');
      expect(storedBeforeKill).toBeLessThan(TOTAL);

      const second = await startServer(database.url);
      let created = 0;
      let unchanged = 0;
      for (let n = 0; n < TOTAL / PER_REQUEST; n += 1) {
        const { status, body } = await send(second.url, token, batch(n, creditCode));
        expect(status).toBe(200);
        expect(body.rejected).toBe(0);
        created += body.created!;
        unchanged += body.unchanged!;
      }
      second.child.kill('SIGTERM');

      expect(unchanged).toBe(storedBeforeKill);
      expect(created + unchanged).toBe(TOTAL);
      expect(await count('enforcement_case')).toBe(TOTAL);
      expect(await count('case_version')).toBe(TOTAL);
      // Whole: every case has its version row, and the projection agrees with the stored content.
      const broken = await db
        .selectFrom('enforcement_case as c')
        .leftJoin('case_version as v', (join) =>
          join.onRef('v.case_id', '=', 'c.id').onRef('v.version', '=', 'c.version'),
        )
        .select(db.fn.countAll<number>().as('n'))
        .where((eb) =>
          eb.or([eb('v.id', 'is', null), eb('v.party_secret', 'is', null), eb('c.title', 'is', null)]),
        )
        .executeTakeFirstOrThrow();
      expect(Number(broken.n)).toBe(0);
      const sample = await db
        .selectFrom('enforcement_case as c')
        .innerJoin('case_version as v', 'v.case_id', 'c.id')
        .select(['c.external_id', 'c.title', 'v.content'])
        .where('c.external_id', 'in', ['K-0', 'K-34999', 'K-35001', 'K-99999'])
        .orderBy('c.external_id')
        .execute();
      expect(sample).toHaveLength(4);
      for (const row of sample) {
        const content = JSON.parse(row.content);
        expect(content.externalId).toBe(row.external_id);
        expect(content.title).toBe(row.title);
        expect(content.events).toHaveLength(3);
      }
    } finally {
      await handle.close();
    }
  }, 300_000);
});
