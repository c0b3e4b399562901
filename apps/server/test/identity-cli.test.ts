import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoCreditCode } from '../src/demo/demo-seed.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import type { Database } from '../src/platform/db/tables.ts';
import { runCli } from './cli-runner.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const ROOT_CODE = demoCreditCode('辽宁省司法厅', '210000');
const dir = mkdtempSync(path.join(tmpdir(), 'jiandu-idcli-'));
let database: TestDatabase;

const run = runCli;

async function query<T>(
  work: (db: ReturnType<typeof openDatabase<Database>>['db']) => Promise<T>,
): Promise<T> {
  const handle = openDatabase<Database>(database.url);
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  database = await createTestDatabase(path.join(dir, 'id.sqlite'));
  vi.stubEnv('DATABASE_URL', database.url);
  vi.stubEnv('DEMO_SEED', 'false');
  vi.stubEnv('JIANDU_KEYS_FILE', '');
  vi.stubEnv(
    'JIANDU_KEYS',
    JSON.stringify({
      active: 'k1',
      keys: { k1: { enc: '11'.repeat(16), mac: '22'.repeat(32) } },
      index: '33'.repeat(32),
    }),
  );
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.drop();
});

describe('first administrators on a fresh install', () => {
  it('needs a root org first, and says how to make one', async () => {
    const r = await run('user', 'create-admin', '--username', 'root.admin', '--name', '系统管理员');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--org-name');
  });

  it('creates the root org and a system administrator with a temporary password', async () => {
    const r = await run(
      'user',
      'create-admin',
      '--username',
      'root.admin',
      '--name',
      '系统管理员',
      '--org-name',
      '辽宁省司法厅',
      '--region',
      '210000',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已创建根单位: 辽宁省司法厅');
    const password = /临时密码: (\S+)/.exec(r.stdout)?.[1];
    expect(password).toMatch(/^.{14}$/);
    const row = await query((db) =>
      db
        .selectFrom('app_user')
        .innerJoin('user_role', 'user_role.user_id', 'app_user.id')
        .select(['app_user.must_change_password', 'user_role.admin_kind'])
        .where('username', '=', 'root.admin')
        .executeTakeFirstOrThrow(),
    );
    expect(row).toEqual({ must_change_password: 1, admin_kind: 'system' });
  });

  it('adds the security and audit administrators under the root, each on their own account', async () => {
    expect(
      (
        await run(
          'user',
          'create-admin',
          '--username',
          'sec.admin',
          '--name',
          '安全管理员',
          '--kind',
          'security',
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await run(
          'user',
          'create-admin',
          '--username',
          'audit.admin',
          '--name',
          '审计管理员',
          '--kind',
          'audit',
        )
      ).code,
    ).toBe(0);
    const kinds = await query((db) =>
      db.selectFrom('user_role').select('admin_kind').orderBy('admin_kind').execute(),
    );
    expect(kinds.map((k) => k.admin_kind)).toEqual(['audit', 'security', 'system']);
    const again = await run(
      'user',
      'create-admin',
      '--username',
      'sec.admin',
      '--name',
      'x',
      '--kind',
      'security',
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('用户名已存在');
  });

  it('registers a source system and prints its token once', async () => {
    const code = await query(
      async (db) => (await db.selectFrom('org').select('credit_code').executeTakeFirstOrThrow()).credit_code,
    );
    expect(code).toBeNull();
    const missing = await run('source', 'create', '--name', '省执法平台', '--org', '91350100M000100Y43');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('单位不存在');
    const rootId = await query(
      async (db) => (await db.selectFrom('org').select('id').executeTakeFirstOrThrow()).id,
    );
    await query((db) =>
      db.updateTable('org').set({ credit_code: ROOT_CODE }).where('id', '=', rootId).execute(),
    );
    const r = await run('source', 'create', '--name', '辽宁省行政执法综合管理平台', '--org', ROOT_CODE);
    expect(r.code).toBe(0);
    const token = /令牌 \(只显示这一次\): (jds_\S+)/.exec(r.stdout)?.[1];
    expect(token).toBeDefined();
    const stored = await query((db) => db.selectFrom('source_system').selectAll().executeTakeFirstOrThrow());
    expect(stored.token_hash).not.toContain(token!);
    expect(token!.startsWith(stored.token_prefix)).toBe(true);
  });
});
