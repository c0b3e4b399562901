import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Selectable, sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { migrations } from '../src/migrations/index.ts';
import { readArchiveKey, verifyArchive } from '../src/platform/audit/archive-file.ts';
import { registerAuditJobs } from '../src/platform/audit/audit.jobs.ts';
import type { AuditEventTable } from '../src/platform/audit/audit.table.ts';
import { recordAudit, SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { GENESIS_HASH, verifyAuditChain } from '../src/platform/audit/chain.ts';
import { archiveAuditTrail } from '../src/platform/audit/retention.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { auditAppendOnlyTriggers, dialectOf, toNumber } from '../src/platform/db/dialect.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import type { Database, Db } from '../src/platform/db/tables.ts';
import { JobScheduler } from '../src/platform/jobs/scheduler.ts';
import { createTestApp, createTestDatabase, TEST_DIALECT, type TestApp } from './harness.ts';

const DAY = 86_400_000;
const actor = { id: 'u-1', name: '张三', orgId: 'o-1', ip: '10.1.2.3', userAgent: 'test' };

const entry = (n: number, extra: object = {}) =>
  ({ action: 'case.update', targetType: 'case', targetId: `c-${n}`, detail: { n }, ...extra }) as const;

async function rows(db: Db): Promise<Selectable<AuditEventTable>[]> {
  return db.selectFrom('audit_event').selectAll().orderBy('seq').execute();
}

/** Plays an attacker with database access: drops the triggers, tampers, and puts them back. */
async function tamper(db: Db, work: () => Promise<unknown>): Promise<void> {
  const triggers = auditAppendOnlyTriggers(dialectOf(db));
  for (const statement of triggers.drop) await statement.execute(db);
  try {
    await work();
  } finally {
    for (const statement of triggers.create) await statement.execute(db);
  }
}

const reinsert = (db: Db, row: Selectable<AuditEventTable>) =>
  db
    .insertInto('audit_event')
    .values({ ...row, seq: toNumber(row.seq) })
    .execute();

describe('audit trail on the live table', () => {
  let t: TestApp;
  const db = () => t.context.database.db;
  beforeAll(async () => {
    t = await createTestApp({ seedCalendar: false });
    for (let n = 1; n <= 5; n++)
      await recordAudit(db(), actor, entry(n, n === 5 ? { result: 'failure' } : {}));
  });
  afterAll(() => t.close());

  it('chains rows 1, 2, 3… with SM3 and verifies them', async () => {
    const all = await rows(db());
    expect(all.map((r) => toNumber(r.seq))).toEqual([1, 2, 3, 4, 5]);
    expect(all[0]!.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < all.length; i++) expect(all[i]!.prev_hash).toBe(all[i - 1]!.hash);
    expect(all.map((r) => r.result)).toEqual(['success', 'success', 'success', 'success', 'failure']);
    expect(await verifyAuditChain(db())).toEqual({
      ok: true,
      rows: 5,
      lastSeq: 5,
      lastHash: all[4]!.hash,
      archivedThroughSeq: 0,
    });
  });

  it('keeps the request id, and rolls back with the business transaction without leaving a gap', async () => {
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await recordAudit(trx, actor, entry(6));
          throw new Error('业务失败');
        }),
    ).rejects.toThrow('业务失败');
    const id = await recordAudit(db(), actor, entry(6, { requestId: 'req-42' }));
    const row = await db()
      .selectFrom('audit_event')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect([toNumber(row.seq), row.request_id]).toEqual([6, 'req-42']);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('refuses UPDATE, DELETE (and on PostgreSQL TRUNCATE) in SQL with a Chinese message', async () => {
    await expect(sql`update audit_event set detail = '{}' where seq = 2`.execute(db())).rejects.toThrow(
      '审计日志不可修改',
    );
    await expect(
      db().updateTable('audit_event').set({ action: 'x' }).where('seq', '=', 3).execute(),
    ).rejects.toThrow('审计日志不可修改');
    await expect(sql`delete from audit_event where seq = 2`.execute(db())).rejects.toThrow(
      '审计日志不可删除',
    );
    if (TEST_DIALECT === 'postgres')
      await expect(sql`truncate audit_event`.execute(db())).rejects.toThrow('审计日志不可删除');
    expect(await rows(db())).toHaveLength(6);
  });

  it('names a row whose content was edited behind its back', async () => {
    const [, , third] = await rows(db());
    await tamper(db(), () => sql`update audit_event set detail = '{"n":999}' where seq = 3`.execute(db()));
    const report = await verifyAuditChain(db());
    expect(report).toMatchObject({ ok: false, rows: 2, problem: { kind: 'edited', seq: 3, id: third!.id } });
    await tamper(db(), () =>
      db().updateTable('audit_event').set({ detail: third!.detail }).where('seq', '=', 3).execute(),
    );
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('names the row after a removed middle row', async () => {
    const [, , third, fourth] = await rows(db());
    await tamper(db(), () => db().deleteFrom('audit_event').where('seq', '=', 3).execute());
    const report = await verifyAuditChain(db());
    expect(report).toMatchObject({ ok: false, problem: { kind: 'removed', seq: 4, id: fourth!.id } });
    if (!report.ok) expect(report.problem.message).toContain('缺少序号 3');
    await tamper(db(), () => reinsert(db(), third!));
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('catches two rows whose contents were swapped', async () => {
    const [, second, third] = await rows(db());
    const swap = async (a: typeof second, b: typeof third) => {
      await db().deleteFrom('audit_event').where('seq', 'in', [2, 3]).execute();
      await reinsert(db(), { ...a!, seq: 2 });
      await reinsert(db(), { ...b!, seq: 3 });
    };
    await tamper(db(), () => swap(third, second));
    expect(await verifyAuditChain(db())).toMatchObject({ ok: false, problem: { seq: 2, id: third!.id } });
    await tamper(db(), () => swap(second, third));
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('catches the newest rows being removed, which leaves a clean chain behind', async () => {
    const last = (await rows(db())).at(-1)!;
    await tamper(db(), () => db().deleteFrom('audit_event').where('seq', '=', last.seq).execute());
    expect(await verifyAuditChain(db())).toMatchObject({ ok: false, problem: { kind: 'truncated', seq: 6 } });
    await tamper(db(), () => reinsert(db(), last));
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('keeps a gapless chain when many transactions append at once', async () => {
    const backends = new Set<unknown>();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        db()
          .transaction()
          .execute(async (trx) => {
            if (TEST_DIALECT === 'postgres')
              backends.add(
                (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]?.pid,
              );
            await trx.selectFrom('audit_event').select('id').limit(1).execute();
            await recordAudit(trx, actor, entry(100 + i));
            if (i % 5 === 4) throw new Error('回滚');
          }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(16);
    if (TEST_DIALECT === 'postgres') expect(backends.size).toBeGreaterThan(1);
    const all = await rows(db());
    expect(all.map((r) => toNumber(r.seq))).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, rows: 22, lastSeq: 22 });
  });

  it('stores detail exactly as the caller masked it, and reports name rows by seq and id only', async () => {
    const id = await recordAudit(db(), actor, entry(7, { detail: { idNumber: '110105********1234' } }));
    const row = await db()
      .selectFrom('audit_event')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.detail).toBe('{"idNumber":"110105********1234"}');
    await tamper(db(), () =>
      db()
        .updateTable('audit_event')
        .set({ detail: '{"idNumber":"110105199001011234"}' })
        .where('id', '=', id)
        .execute(),
    );
    const report = await verifyAuditChain(db());
    expect(JSON.stringify(report)).not.toContain('110105199001011234');
    expect(report).toMatchObject({ ok: false, problem: { id } });
  });
});

describe('the audit-chain migration', () => {
  it('chains rows written before it, in the order they were written', async () => {
    const database = await createTestDatabase();
    const handle = openDatabase<Database>(database.url);
    try {
      const [first] = Object.entries(migrations);
      await migrateToLatest(handle.db, Object.fromEntries([first!]));
      for (const [id, at] of [
        ['b', '2026-01-02'],
        ['a', '2026-01-02'],
        ['c', '2026-01-01'],
      ])
        await sql`insert into audit_event (id, at, actor_name, action, target_type, detail)
                  values (${id}, ${at}, 'old', 'x', 'y', '{}')`.execute(handle.db);
      await migrateToLatest(handle.db, migrations);
      expect((await rows(handle.db)).map((r) => r.id)).toEqual(['c', 'a', 'b']);
      expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, rows: 3, lastSeq: 3 });
      await recordAudit(handle.db, SYSTEM_ACTOR, entry(1));
      expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, rows: 4 });
    } finally {
      await handle.close();
      await database.drop();
    }
  });
});

describe('retention', () => {
  let t: TestApp;
  const db = () => t.context.database.db;
  const dir = mkdtempSync(path.join(tmpdir(), 'jiandu-audit-'));
  const key = randomBytes(32);
  const now = Date.now();
  /** Records an entry as if written `daysAgo` days ago. */
  async function recordAt(daysAgo: number, n: number) {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now - daysAgo * DAY);
    try {
      return await recordAudit(db(), actor, entry(n));
    } finally {
      vi.useRealTimers();
    }
  }
  beforeAll(async () => {
    t = await createTestApp({ seedCalendar: false });
  });
  afterAll(() => t.close());

  it('archives only rows past 190 days to a signed file, deletes them, and the chain verifies from the anchor', async () => {
    for (const [days, n] of [
      [400, 1],
      [300, 2],
      [200, 3],
      [100, 4],
      [0, 5],
    ] as const)
      await recordAt(days, n);
    const result = await archiveAuditTrail(db(), {
      before: new Date(now).toISOString(),
      directory: dir,
      key,
    });
    expect(result).toMatchObject({ rows: 3, fromSeq: 1, throughSeq: 3 });

    const verified = await verifyArchive(result!.file, { key });
    expect(verified).toMatchObject({
      ok: true,
      rows: 3,
      fromSeq: 1,
      throughSeq: 3,
      anchorHash: GENESIS_HASH,
    });
    const copy = path.join(dir, 'copy.ndjson');
    writeFileSync(copy, readFileSync(result!.file, 'utf8').replace('"c-2"', '"c-9"'));
    expect(await verifyArchive(copy, { key })).toEqual({ ok: false, reason: expect.stringContaining('SM3') });
    expect(await verifyArchive(result!.file, { key: randomBytes(32) })).toMatchObject({ ok: false });

    const left = await rows(db());
    expect(left.map((r) => [toNumber(r.seq), r.target_id])).toEqual([
      [4, 'c-4'],
      [5, 'c-5'],
      [6, 'audit-000000000001-000000000003.ndjson'],
    ]);
    expect(left[0]!.prev_hash).toBe(verified.ok ? verified.lastHash : '');
    expect(await verifyAuditChain(db())).toMatchObject({
      ok: true,
      rows: 3,
      lastSeq: 6,
      archivedThroughSeq: 3,
    });
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('never archives past the oldest young row, nor rows younger than 190 days, whatever is asked', async () => {
    await recordAt(500, 7); // a node with a wrong clock: old-looking, but after young rows
    const asked = { before: new Date(now + DAY).toISOString(), directory: dir, key, retentionDays: 30 };
    expect(await archiveAuditTrail(db(), asked)).toBeNull();
    expect((await rows(db())).map((r) => toNumber(r.seq))).toEqual([4, 5, 6, 7]);
  });

  it('still refuses to delete rows that have not been archived', async () => {
    await expect(db().deleteFrom('audit_event').where('seq', '=', 4).execute()).rejects.toThrow(
      '审计日志不可删除',
    );
  });

  it('runs nightly through the scheduler', async () => {
    const scheduler = new JobScheduler(db(), {
      nodeId: 'audit-node',
      leaseSeconds: 30,
      pollMs: 50,
      logger: pino({ level: 'silent' }),
    });
    const jobs = registerAuditJobs(scheduler, db(), { directory: dir, key });
    expect(jobs).toEqual([expect.objectContaining({ key: 'audit.archive', cron: '0 2 * * *' })]);
    expect(t.context.recurringJobs.map((j) => j.key)).toContain('audit.archive');
    await scheduler.enqueue('audit.archive', {});
    await scheduler.tick();
    await scheduler.drain();
    const run = await db()
      .selectFrom('job_run')
      .selectAll()
      .where('handler', '=', 'audit.archive')
      .executeTakeFirst();
    expect(run).toMatchObject({ outcome: 'succeeded', result: '没有超过190天的审计日志需要归档' });
  });

  it('refuses to archive a stretch that was tampered with, and keeps the rows', async () => {
    const other = await createTestApp({ seedCalendar: false });
    try {
      const odb = other.context.database.db;
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(now - 300 * DAY);
      for (let n = 1; n <= 3; n++) await recordAudit(odb, actor, entry(n));
      vi.useRealTimers();
      await tamper(odb, () =>
        odb.updateTable('audit_event').set({ detail: '{}' }).where('seq', '=', 2).execute(),
      );
      const before = new Date(now).toISOString();
      await expect(archiveAuditTrail(odb, { before, directory: dir, key })).rejects.toThrow('已停止归档');
      expect(await rows(odb)).toHaveLength(3);
      expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
    } finally {
      vi.useRealTimers();
      await other.close();
    }
  });

  it('creates the signing key file with mode 0600 once, and prefers the environment', async () => {
    const keyFile = path.join(dir, 'keys', 'audit-archive.key');
    const first = await readArchiveKey({ env: {}, keyFile });
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect((await readArchiveKey({ env: {}, keyFile })).equals(first)).toBe(true);
    const hex = randomBytes(32).toString('hex');
    expect((await readArchiveKey({ env: { JIANDU_AUDIT_ARCHIVE_KEY: hex }, keyFile })).toString('hex')).toBe(
      hex,
    );
    await expect(readArchiveKey({ env: { JIANDU_AUDIT_ARCHIVE_KEY: 'xyz' }, keyFile })).rejects.toThrow(
      '十六进制',
    );
  });
});
