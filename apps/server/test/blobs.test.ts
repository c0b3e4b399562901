import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AppContext, createContext } from '../src/context.ts';
import { ConfigError, DEFAULT_BLOB_DIR, loadConfig } from '../src/platform/config.ts';
import { AppError } from '../src/platform/errors.ts';
import * as jobsRepo from '../src/platform/jobs/jobs.repository.ts';
import { insertBlob } from '../src/platform/storage/blobs.repository.ts';
import type { BlobVerification } from '../src/platform/storage/blobs.ts';
import { LocalBlobStore } from '../src/platform/storage/local-blob-store.ts';
import { runCli } from './cli-runner.ts';
import { createTestDatabase, TEST_DIALECT, type TestDatabase, testConfig } from './harness.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'jiandu-blobs-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A database, a blob directory and a context over both; the SQLite database is a file the CLI can open too. */
interface Bed {
  database: TestDatabase;
  blobDir: string;
  context: AppContext;
  files: LocalBlobStore;
}

async function createBed(name: string): Promise<Bed> {
  const database = await createTestDatabase(path.join(dir, `${name}.sqlite`));
  const blobDir = path.join(dir, `${name}-blobs`);
  const context = await createContext(testConfig(database.url, { blobDir }), pino({ level: 'silent' }), {
    migrate: true,
  });
  return { database, blobDir, context, files: new LocalBlobStore(blobDir) };
}

async function closeBed(bed: Bed): Promise<void> {
  await bed.context.database.close();
  await bed.database.drop();
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const sm3Of = (bytes: Buffer) => createHash('sm3').update(bytes).digest('hex');
const upload = (bytes: Buffer) => Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]);

/** Changes a stored file's bytes behind the application's back, as a disk fault or an intruder could. */
function alter(bed: Bed, sha256: string): void {
  const file = bed.files.pathOf(sha256);
  chmodSync(file, 0o640);
  const bytes = readFileSync(file);
  bytes[0] = (bytes[0]! + 1) % 256;
  writeFileSync(file, bytes);
}

const lose = (bed: Bed, sha256: string) => rmSync(bed.files.pathOf(sha256));

function failedAudits(bed: Bed) {
  return bed.context.database.db
    .selectFrom('audit_event')
    .select(['actor_name', 'target_type', 'target_id', 'detail', 'result'])
    .where('action', '=', 'blob.verify_failed')
    .orderBy('seq')
    .execute();
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe(`evidence blobs on ${TEST_DIALECT}`, () => {
  let bed: Bed;
  beforeAll(async () => {
    bed = await createBed('service');
  });
  afterAll(() => closeBed(bed));
  const blobs = () => bed.context.blobs;
  const rows = () => bed.context.database.db.selectFrom('blob').selectAll().orderBy('sha256').execute();

  it('registers an upload with both hashes, once per content', async () => {
    const bytes = randomBytes(4096);
    const first = await blobs().store(upload(bytes));
    expect(first).toMatchObject({
      sha256: sha256Of(bytes),
      sm3: sm3Of(bytes),
      size: 4096,
      created: true,
      verifyStatus: null,
      lastVerifiedAt: null,
    });
    const second = await blobs().store(upload(bytes));
    expect(second).toEqual({ ...first, created: false });
    const registered = (await rows()).filter((r) => r.sha256 === first.sha256);
    expect(registered).toHaveLength(1);
    expect(registered[0]).toMatchObject({ sm3: sm3Of(bytes), created_at: first.createdAt });
    expect(readFileSync(bed.files.pathOf(first.sha256)).equals(bytes)).toBe(true);
    expect({ ...(await blobs().find(first.sha256)), created: true }).toEqual(first);
  });

  it('reads sizes beyond 32 bits back as numbers', async () => {
    const sha256 = sha256Of(Buffer.from('a 3 GB recording'));
    await insertBlob(bed.context.database.db, {
      sha256,
      sm3: sm3Of(Buffer.from('a 3 GB recording')),
      size: 3_000_000_000,
      created_at: new Date().toISOString(),
      last_verified_at: null,
      verify_status: null,
      verify_detail: null,
    });
    expect((await blobs().find(sha256))?.size).toBe(3_000_000_000);
    await bed.context.database.db.deleteFrom('blob').where('sha256', '=', sha256).execute();
  });

  it('refuses an upload over the limit with 413 and registers nothing', async () => {
    const before = (await rows()).length;
    const error = await rejection(blobs().store(upload(randomBytes(1025)), 1024));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      status: 413,
      detail: '文件超过大小上限 1 KB (1024 字节)',
    });
    expect(await rows()).toHaveLength(before);
  });

  it('marks a file whose bytes were changed on disk as a mismatch and audits it', async () => {
    const bytes = randomBytes(2000);
    const { sha256 } = await blobs().store(upload(bytes));
    expect(await blobs().verify(sha256)).toMatchObject({ sha256, status: 'ok', detail: null });
    alter(bed, sha256);
    const result = await blobs().verify(sha256);
    expect(result.status).toBe('mismatch');
    expect(result.detail).toContain('文件内容与登记不符');
    expect(result.detail).toContain(sha256Of(readFileSync(bed.files.pathOf(sha256))));
    expect(await blobs().find(sha256)).toMatchObject({
      verifyStatus: 'mismatch',
      verifyDetail: result.detail,
      lastVerifiedAt: result.verifiedAt,
    });
    const audit = (await failedAudits(bed)).at(-1);
    expect(audit).toMatchObject({
      actor_name: 'system',
      target_type: 'blob',
      target_id: sha256,
      result: 'failure',
    });
    expect(JSON.parse(audit!.detail)).toEqual({ mismatch: [sha256], missing: [] });
  });

  it('marks a deleted file as missing, and a re-upload of its bytes restores it', async () => {
    const bytes = randomBytes(3000);
    const { sha256 } = await blobs().store(upload(bytes));
    lose(bed, sha256);
    expect(await blobs().verify(sha256)).toMatchObject({ status: 'missing', detail: '存储中找不到该文件' });
    expect(await blobs().find(sha256)).toMatchObject({ verifyStatus: 'missing' });
    expect(JSON.parse((await failedAudits(bed)).at(-1)!.detail)).toEqual({ mismatch: [], missing: [sha256] });

    const again = await blobs().store(upload(bytes));
    expect(again).toMatchObject({ sha256, created: false, verifyStatus: 'ok' });
    expect(existsSync(bed.files.pathOf(sha256))).toBe(true);
    expect((await blobs().verify(sha256)).status).toBe('ok');
  });

  it('refuses malformed and unregistered hashes', async () => {
    expect(await rejection(blobs().verify('../../etc/passwd'))).toMatchObject({ code: 'VALIDATION_FAILED' });
    const unknown = sha256Of(Buffer.from('never uploaded'));
    expect(await rejection(blobs().verify(unknown))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(blobs().open(unknown))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('verifies every file in hash order, batch by batch, and audits each batch with failures', async () => {
    await bed.context.database.db.deleteFrom('blob').execute();
    const hashes: string[] = [];
    for (let i = 0; i < 50; i += 1) hashes.push((await blobs().store(upload(randomBytes(100 + i)))).sha256);
    const sorted = [...hashes].sort();
    alter(bed, sorted[3]!);
    lose(bed, sorted[40]!);
    const auditsBefore = (await failedAudits(bed)).length;
    const seen: BlobVerification[] = [];
    const summary = await blobs().verifyAll({ batchSize: 7, onProgress: (last) => seen.push(last) });
    expect(summary).toMatchObject({ total: 50, checked: 50, ok: 48, mismatch: 1, missing: 1 });
    expect(summary.failures.map((f) => [f.sha256, f.status])).toEqual([
      [sorted[3], 'mismatch'],
      [sorted[40], 'missing'],
    ]);
    expect(seen.map((s) => s.sha256)).toEqual(sorted);
    const statuses = (await rows()).map((r) => r.verify_status);
    expect(statuses.filter((s) => s === 'ok')).toHaveLength(48);
    expect(statuses.filter((s) => s === null)).toHaveLength(0);
    const audits = (await failedAudits(bed)).slice(auditsBefore).map((a) => JSON.parse(a.detail));
    expect(audits).toEqual([
      { mismatch: [sorted[3]], missing: [] },
      { mismatch: [], missing: [sorted[40]] },
    ]);
  });

  it('runs as the weekly job blobs.verify, recording the outcome', async () => {
    expect(bed.context.recurringJobs).toContainEqual(
      expect.objectContaining({ key: 'blobs.verify', handler: 'blobs.verify', cron: '0 3 * * 0' }),
    );
    const key = await bed.context.scheduler.enqueue('blobs.verify', null, {
      key: 'verify-now',
      maxAttempts: 1,
    });
    expect(await bed.context.scheduler.tick()).toBe(1);
    await bed.context.scheduler.drain();
    const [run] = await jobsRepo.listRuns(bed.context.database.db, { jobKey: key, limit: 1 });
    expect(run).toMatchObject({ outcome: 'succeeded' });
    expect(run!.result).toBe('校验证据文件 50 个, 发现异常 2 个 (内容不符 1, 文件缺失 1), 已记入审计日志');
  });
});

describe('jiandu blobs verify', () => {
  let bed: Bed;
  const hashes: string[] = [];
  beforeAll(async () => {
    bed = await createBed('cli');
    vi.stubEnv('DATABASE_URL', bed.database.url);
    vi.stubEnv('JIANDU_BLOB_DIR', bed.blobDir);
    vi.stubEnv('LOG_LEVEL', 'silent');
    for (let i = 0; i < 3; i += 1)
      hashes.push((await bed.context.blobs.store(upload(randomBytes(64)))).sha256);
    hashes.sort();
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await closeBed(bed);
  });

  it('is listed on --help and explains its exit codes', async () => {
    expect((await runCli('--help')).stdout).toContain('blobs verify');
    const help = await runCli('blobs', 'verify', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--sha256');
  });

  it('exits 0 when every file is intact', async () => {
    const r = await runCli('blobs', 'verify');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('校验完成: 共 3 个文件, 完好 3, 内容不符 0, 文件缺失 0');
  });

  it('exits 1 naming a changed and a missing file, and audits them as the operator', async () => {
    alter(bed, hashes[0]!);
    lose(bed, hashes[2]!);
    const r = await runCli('blobs', 'verify');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('完好 1, 内容不符 1, 文件缺失 1');
    expect(r.stderr).toContain(`内容不符: ${hashes[0]}`);
    expect(r.stderr).toContain(`文件缺失: ${hashes[2]}`);
    const [audit] = await failedAudits(bed);
    expect(audit!.actor_name).toMatch(/^cli:/);
    expect(JSON.parse(audit!.detail)).toEqual({ mismatch: [hashes[0]], missing: [hashes[2]] });
  });

  it('checks a single file with --sha256', async () => {
    expect(await runCli('blobs', 'verify', '--sha256', hashes[1]!)).toMatchObject({
      code: 0,
      stdout: `完好: ${hashes[1]}\n`,
    });
    const bad = await runCli('blobs', 'verify', '--sha256', hashes[0]!);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`内容不符: ${hashes[0]}`);
  });

  it('exits 2 on a malformed or unregistered hash', async () => {
    const malformed = await runCli('blobs', 'verify', '--sha256', '../etc/passwd');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('--sha256 须为 64 位小写十六进制');
    const unknown = await runCli('blobs', 'verify', '--sha256', sha256Of(Buffer.from('nothing')));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('未登记的证据文件');
  });
});

describe('evidence store configuration', () => {
  it('defaults to ./data/blobs and 2 GiB', () => {
    const config = loadConfig({});
    expect(config.blobDir).toBe(DEFAULT_BLOB_DIR);
    expect(DEFAULT_BLOB_DIR).toMatch(/data[/\\]blobs$/);
    expect(config.evidenceMaxBytes).toBe(2_147_483_648);
  });

  it('resolves a relative directory and reads the limit', () => {
    const config = loadConfig({ JIANDU_BLOB_DIR: 'store/evidence', EVIDENCE_MAX_BYTES: '1048576' });
    expect(config.blobDir).toBe(path.resolve('store/evidence'));
    expect(config.evidenceMaxBytes).toBe(1_048_576);
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => loadConfig({ EVIDENCE_MAX_BYTES: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ EVIDENCE_MAX_BYTES: '1.5' })).toThrow(ConfigError);
  });
});
