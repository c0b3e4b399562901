import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../src/platform/db/database.ts';
import type { Database } from '../src/platform/db/tables.ts';
import { runCli } from './cli-runner.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'jiandu-cli-'));
let database: TestDatabase;

const run = runCli;

function file(name: string, content: string): string {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
}

async function calendarState() {
  const handle = openDatabase<Database>(database.url);
  try {
    const years = await handle.db.selectFrom('calendar_year').selectAll().orderBy('year').execute();
    const days2027 = await handle.db
      .selectFrom('calendar_day')
      .selectAll()
      .where('year', '=', 2027)
      .orderBy('date')
      .execute();
    const audits = await handle.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', 'like', 'calendar.%')
      .execute();
    return { years, days2027, audits };
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  database = await createTestDatabase(path.join(dir, 'cli.sqlite'));
  vi.stubEnv('DATABASE_URL', database.url);
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.stubEnv('DEMO_SEED', 'false');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.drop();
});

const GOOD_CSV = [
  'date,kind,name',
  '2027-01-01,holiday,元旦',
  '2027-01-02,holiday,元旦',
  '2027-01-03,holiday,元旦',
  '2027-02-06,班,春节',
  '2027-02-07,休,春节',
].join('\n');

describe('jiandu CLI', () => {
  it('lists its commands on --help and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    for (const c of ['serve', 'migrate', 'seed', 'calendar load', 'jobs runs']) expect(r.stdout).toContain(c);
  });

  it('explains each command on --help', async () => {
    const r = await run('calendar', 'load', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('jiandu calendar load FILE');
  });

  it('exits 2 on an unknown command or option', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    const r = await run('migrate', '--sideways');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('参数错误');
  });

  it('exits 78 and names the variable when the configuration is wrong', async () => {
    vi.stubEnv('PORT', 'eighty');
    const r = await run('migrate', '--status');
    vi.stubEnv('PORT', '');
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('PORT');
  });

  it('migrates, then reports the schema as current', async () => {
    const first = await run('migrate');
    expect(first.code).toBe(0);
    const status = await run('migrate', '--status');
    expect(status.stdout).toContain('已执行  2026-11-27-01-platform');
    expect(status.stdout).not.toContain('待执行');
  });

  it('seeds the bundled holiday calendar once', async () => {
    const first = await run('seed');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/载入 23 个年度 \(2004–2026\)/);
    const again = await run('seed');
    expect(again.stdout).toContain('已存在, 未改动');
  });

  it('refuses a malformed calendar file whole, naming each bad line, and changes nothing', async () => {
    const before = await calendarState();
    const bad = file(
      'bad.csv',
      [
        'date,kind,name',
        '2027-01-01,holiday,元旦',
        '2027-13-01,holiday,元旦',
        '2027-02-08,班,春节',
        '2027-01-01,holiday,元旦',
      ].join('\n'),
    );
    const r = await run('calendar', 'load', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未导入任何数据');
    expect(r.stderr).toContain('第3行: 日期格式错误: 2027-13-01');
    expect(r.stderr).toContain('第4行: 调休上班日2027-02-08不是周六或周日');
    expect(r.stderr).toContain('第5行: 日期2027-01-01重复 (第2行已出现)');
    expect(await calendarState()).toEqual(before);
  });

  it('refuses a file that is not JSON, naming the line', async () => {
    const r = await run(
      'calendar',
      'load',
      file('broken.json', '{\n  "year": 2027,\n  "days": [\n    {"date": "2027-01-01",}\n  ]\n}'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/第4行: JSON格式错误/);
  });

  it('loads a good file, records the source, and writes an audit entry', async () => {
    const r = await run('calendar', 'load', file('2027.csv', GOOD_CSV), '--source', '国办发明电〔2026〕8号');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2027年: 已导入, 放假 4 天, 调休上班 1 天');
    const state = await calendarState();
    expect(state.years.find((y) => y.year === 2027)).toMatchObject({
      source: '国办发明电〔2026〕8号',
      day_count: 5,
    });
    expect(state.days2027.map((d) => `${d.date}:${d.kind}`)).toEqual([
      '2027-01-01:holiday',
      '2027-01-02:holiday',
      '2027-01-03:holiday',
      '2027-02-06:workday',
      '2027-02-07:holiday',
    ]);
    const audit = state.audits.find((a) => a.action === 'calendar.year.load' && a.target_id === '2027');
    expect(audit?.actor_name).toMatch(/^cli:/);
    expect(JSON.parse(audit!.detail).source).toBe('国办发明电〔2026〕8号');
  });

  it('replaces a loaded year wholesale and audits the before and after', async () => {
    const r = await run(
      'calendar',
      'load',
      file(
        '2027b.json',
        JSON.stringify({
          year: 2027,
          source: '更正',
          days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
        }),
      ),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2027年: 已替换');
    const state = await calendarState();
    expect(state.days2027).toHaveLength(1);
    const replace = state.audits.find((a) => a.action === 'calendar.year.replace');
    expect(JSON.parse(replace!.detail).before.days).toHaveLength(5);
  });

  it('lists loaded years', async () => {
    const r = await run('calendar', 'years');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^2027 +1 天 {2}更正/);
  });

  it('reports a missing file with exit code 2', async () => {
    const r = await run('calendar', 'load', path.join(dir, 'nope.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法读取文件');
  });
});
