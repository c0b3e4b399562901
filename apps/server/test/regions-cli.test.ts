import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../src/platform/db/database.ts';
import type { Database } from '../src/platform/db/tables.ts';
import { runCli } from './cli-runner.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'jiandu-regions-cli-'));
let database: TestDatabase;

const run = runCli;

async function regionLoads() {
  const handle = openDatabase<Database>(database.url);
  try {
    const regions = await handle.db.selectFrom('region').select('code').execute();
    const audits = await handle.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'region.load')
      .execute();
    return { regions: regions.length, audits };
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  database = await createTestDatabase(path.join(dir, 'regions.sqlite'));
  vi.stubEnv('DATABASE_URL', database.url);
  vi.stubEnv('LOG_LEVEL', 'silent');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.drop();
});

describe('jiandu regions', () => {
  it('lists both commands in --help', async () => {
    const r = await run('--help');
    expect(r.stdout).toContain('regions load');
    expect(r.stdout).toContain('regions show');
  });

  it('refuses an unknown province with exit 2, listing the valid codes in Chinese', async () => {
    const r = await run('regions', 'load', '99');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知的省级行政区划代码: 99');
    expect(r.stderr).toMatch(/21 {2}210000 {2}辽宁省/);
    expect(r.stderr).toMatch(/11 {2}110000 {2}北京市/);
    expect((await run('regions', 'load', '210100')).code).toBe(2);
    expect((await run('regions', 'load')).code).toBe(2);
  });

  it('loads Liaoning with progress and a summary, then changes nothing on a second run', async () => {
    const first = await run('regions', 'load', '21');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('已写入 500/1521');
    expect(first.stdout).toContain(
      '辽宁省 (210000): 省级 1, 地级 14, 县级 100, 乡级 1406; 新增 1521, 更新 0',
    );
    const again = await run('regions', 'load', '210000');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('新增 0, 更新 0');
    const state = await regionLoads();
    expect(state.regions).toBe(1521);
    expect(state.audits).toHaveLength(2);
    expect(state.audits[0]?.actor_name).toMatch(/^cli:/);
  });

  it('loads another province by its 6-digit code', async () => {
    const r = await run('regions', 'load', '110000');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('北京市 (110000)');
  });

  it('shows a region with its ancestors and number of children', async () => {
    const r = await run('regions', 'show', '210102');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('210102  和平区  (县级, 前缀 210102)');
    expect(r.stdout).toContain('全称: 辽宁省沈阳市和平区');
    expect(r.stdout).toContain('上级: 辽宁省 210000 > 沈阳市 210100');
    expect(r.stdout).toMatch(/直接下级: [1-9]\d* 个/);
    const province = await run('regions', 'show', '21');
    expect(province.stdout).toContain('直接下级: 14 个');
    expect(province.stdout).toContain('上级: 无');
  });

  it('reports an unknown code with exit 1 and a malformed one with exit 2', async () => {
    const unknown = await run('regions', 'show', '219999');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('行政区划代码 219999 不存在或尚未导入');
    const malformed = await run('regions', 'show', '2101x');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('行政区划代码应为6位或9位数字');
  });
});
