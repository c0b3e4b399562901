import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  registerEncryptedColumns,
  unregisterEncryptedColumns,
} from '../src/platform/crypto/encrypted-columns.ts';
import { decryptField, encryptField, keyIdOf } from '../src/platform/crypto/field-cipher.ts';
import { loadOrCreateKeyring } from '../src/platform/crypto/keyring.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { runCli } from './cli-runner.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

interface Resident {
  id: string;
  name: string | null;
  id_number: string | null;
}

const dir = mkdtempSync(path.join(tmpdir(), 'jiandu-keys-cli-'));
const keyFile = path.join(dir, 'keys.json');
const PEOPLE: Record<string, string> = { r1: '210102199003071234', r2: '21010219850101002X', r3: '张三' };
let database: TestDatabase;

const run = runCli;

async function residents(): Promise<Resident[]> {
  const handle = openDatabase<{ resident_probe: Resident }>(database.url);
  try {
    return await handle.db.selectFrom('resident_probe').selectAll().orderBy('id').execute();
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  database = await createTestDatabase(path.join(dir, 'keys.sqlite'));
  vi.stubEnv('DATABASE_URL', database.url);
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.stubEnv('JIANDU_KEYS', '');
  vi.stubEnv('JIANDU_KEYS_FILE', keyFile);
  const keyring = loadOrCreateKeyring({ env: {}, defaultFile: keyFile });
  const handle = openDatabase<{ resident_probe: Resident }>(database.url);
  try {
    await sql`create table resident_probe (id text primary key, name text, id_number text)`.execute(
      handle.db,
    );
    await handle.db
      .insertInto('resident_probe')
      .values(
        Object.entries(PEOPLE).map(([id, value]) => ({
          id,
          name: id === 'r3' ? encryptField(keyring, value) : null,
          id_number: id === 'r3' ? null : encryptField(keyring, value),
        })),
      )
      .execute();
  } finally {
    await handle.close();
  }
  registerEncryptedColumns({ table: 'resident_probe', idColumn: 'id', columns: ['name', 'id_number'] });
});
afterAll(async () => {
  unregisterEncryptedColumns('resident_probe');
  vi.unstubAllEnvs();
  await database.drop();
});

describe('jiandu keys rotate', () => {
  it('is listed in the overview and explains itself', async () => {
    expect((await run('--help')).stdout).toContain('keys rotate');
    const help = await run('keys', 'rotate', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('盲索引密钥不轮换');
  });

  it('adds k2 to the key file and re-encrypts every registered value under it', async () => {
    const r = await run('keys', 'rotate');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已新增密钥版本 k2');
    expect(r.stdout).toContain('resident_probe: 检查 3 行, 重新加密 3 个值');
    expect(r.stdout).toMatch(/完成: \d+ 张表, 检查 3 行, 重新加密 3 个值/);
    const keyring = loadOrCreateKeyring({ env: { JIANDU_KEYS_FILE: keyFile } });
    expect(keyring.ids).toEqual(['k1', 'k2']);
    expect(keyring.activeId).toBe('k2');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    for (const row of await residents()) {
      const stored = row.name ?? row.id_number!;
      expect(keyIdOf(stored)).toBe('k2');
      expect(decryptField(keyring, stored)).toBe(PEOPLE[row.id]);
    }
    // Key material is never printed.
    expect(r.stdout).not.toContain(JSON.parse(readFileSync(keyFile, 'utf8')).keys.k2.enc);
  });

  it('rotates again to k3, moving the k2 values', async () => {
    const r = await run('keys', 'rotate');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已新增密钥版本 k3');
    expect(r.stdout).toContain('重新加密 3 个值');
    expect((await residents()).map((row) => keyIdOf(row.name ?? row.id_number!))).toEqual(['k3', 'k3', 'k3']);
  });

  it('refuses with exit code 2 when the keys come from JIANDU_KEYS, changing nothing', async () => {
    const before = readFileSync(keyFile, 'utf8');
    const rowsBefore = await residents();
    vi.stubEnv('JIANDU_KEYS', before);
    const r = await run('keys', 'rotate');
    vi.stubEnv('JIANDU_KEYS', '');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('密钥来自环境变量 JIANDU_KEYS, 命令无法改写它');
    expect(readFileSync(keyFile, 'utf8')).toBe(before);
    expect(await residents()).toEqual(rowsBefore);
  });

  it('reports a missing key file as a configuration error', async () => {
    vi.stubEnv('JIANDU_KEYS_FILE', path.join(dir, 'missing.json'));
    const r = await run('keys', 'rotate');
    vi.stubEnv('JIANDU_KEYS_FILE', keyFile);
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('missing.json: 文件不存在');
  });

  it('leaves the key file alone when the database configuration is wrong', async () => {
    const before = readFileSync(keyFile, 'utf8');
    vi.stubEnv('DATABASE_URL', 'mysql://nowhere');
    const r = await run('keys', 'rotate');
    vi.stubEnv('DATABASE_URL', database.url);
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('DATABASE_URL');
    expect(readFileSync(keyFile, 'utf8')).toBe(before);
  });
});
