import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordAudit } from '../src/platform/audit/audit.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { auditAppendOnlyTriggers, dialectOf, toNumber } from '../src/platform/db/dialect.ts';
import type { Database, Db } from '../src/platform/db/tables.ts';
import { runCli } from './cli-runner.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'jiandu-audit-cli-'));
const archiveDir = path.join(dir, 'archive');
const ID_NUMBER = '110105199001011234';
let database: TestDatabase;

const run = runCli;

/** Works on the database directly, as an operator (or an attacker) with database access could. */
async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const handle = openDatabase<Database>(database.url);
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

/** Drops the append-only triggers, tampers, and puts them back. */
const tamper = (work: (db: Db) => Promise<unknown>) =>
  withDb(async (db) => {
    const triggers = auditAppendOnlyTriggers(dialectOf(db));
    for (const statement of triggers.drop) await statement.execute(db);
    try {
      await work(db);
    } finally {
      for (const statement of triggers.create) await statement.execute(db);
    }
  });

const row = (seq: number) =>
  withDb((db) => db.selectFrom('audit_event').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow());

beforeAll(async () => {
  database = await createTestDatabase(path.join(dir, 'audit.sqlite'));
  vi.stubEnv('DATABASE_URL', database.url);
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.stubEnv('JIANDU_AUDIT_ARCHIVE_KEY', randomBytes(32).toString('hex'));
  expect((await run('migrate')).code).toBe(0);
  const now = Date.now();
  await withDb(async (db) => {
    for (const [daysAgo, n] of [
      [300, 1],
      [250, 2],
      [10, 3],
      [0, 4],
      [0, 5],
    ] as const) {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(now - daysAgo * 86_400_000);
      try {
        await recordAudit(
          db,
          { id: 'u-1', name: '李四' },
          {
            action: 'case.update',
            targetType: 'case',
            targetId: `c-${n}`,
            detail: { n, idNumber: '110105********1234' },
          },
        );
      } finally {
        vi.useRealTimers();
      }
    }
  });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.drop();
});

describe('jiandu audit', () => {
  it('lists its commands on --help', async () => {
    const r = await run('--help');
    for (const c of ['audit verify', 'audit archive', 'audit verify-archive']) expect(r.stdout).toContain(c);
  });

  it('verify exits 0 on an intact trail', async () => {
    const r = await run('audit', 'verify');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('审计日志完整: 5 条, 最后序号 5\n');
  });

  it('verify exits 1 naming an edited row, without echoing its content', async () => {
    const third = await row(3);
    await tamper((db) =>
      db
        .updateTable('audit_event')
        .set({ detail: `{"idNumber":"${ID_NUMBER}"}` })
        .where('seq', '=', 3)
        .execute(),
    );
    const r = await run('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`序号 3 (id ${third.id})`);
    expect(r.stderr).toContain('被篡改');
    expect(r.stdout + r.stderr).not.toContain(ID_NUMBER);
    await tamper((db) =>
      db.updateTable('audit_event').set({ detail: third.detail }).where('seq', '=', 3).execute(),
    );
    expect((await run('audit', 'verify')).code).toBe(0);
  });

  it('verify exits 1 naming the row after a deleted one', async () => {
    const [second, third] = [await row(2), await row(3)];
    await tamper((db) => db.deleteFrom('audit_event').where('seq', '=', 2).execute());
    const r = await run('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`缺少序号 2, 位于序号 3 (id ${third.id})之前`);
    await tamper((db) =>
      db
        .insertInto('audit_event')
        .values({ ...second, seq: toNumber(second.seq) })
        .execute(),
    );
    expect((await run('audit', 'verify')).code).toBe(0);
  });

  it('archive does nothing when no row is old enough', async () => {
    const r = await run('audit', 'archive', '--before', '2020-01-01', '--dir', archiveDir);
    expect(r).toMatchObject({ code: 0, stdout: '没有需要归档的审计日志\n' });
  });

  it('archive exports rows past 190 days to a signed file, verify-archive accepts it and rejects a copy', async () => {
    const r = await run('audit', 'archive', '--dir', archiveDir);
    expect(r.code).toBe(0);
    const file = path.join(archiveDir, 'audit-000000000001-000000000002.ndjson');
    expect(r.stdout).toBe(`已归档 2 条审计日志 (序号 1–2) 至 ${file}\n`);
    expect(existsSync(file)).toBe(true);

    const good = await run('audit', 'verify-archive', file);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('归档文件完整: 2 条, 序号 1–2');
    const copy = path.join(dir, 'edited.ndjson');
    writeFileSync(copy, readFileSync(file, 'utf8').replace('李四', '王五'));
    const bad = await run('audit', 'verify-archive', copy);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('归档文件内容被修改');

    const verify = await run('audit', 'verify');
    expect(verify).toMatchObject({
      code: 0,
      stdout: '审计日志完整: 4 条, 最后序号 6, 序号 2 及以前已归档\n',
    });
  });

  it('rejects bad arguments with exit code 2', async () => {
    expect((await run('audit', 'archive', '--before', 'someday')).code).toBe(2);
    expect((await run('audit', 'verify-archive')).code).toBe(2);
    expect((await run('audit', 'verify-archive', path.join(dir, 'missing.ndjson'))).code).toBe(2);
  });
});
