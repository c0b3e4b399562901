import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

let t: TestApp;
let sysadmin: SessionClient;
let auditor: SessionClient;
let supervisor: SessionClient;

beforeAll(async () => {
  t = await createTestApp({ seedCalendar: false, config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  sysadmin = await signIn(t.app, 'sysadmin', DEMO_PASSWORD);
  auditor = await signIn(t.app, 'auditadmin', DEMO_PASSWORD);
  supervisor = await signIn(t.app, 'sheng.jiandu', DEMO_PASSWORD);
});
afterAll(() => t.close());

const upload = (client: SessionClient, query: string, body: string, type: string) =>
  client.send('POST', `/api/calendar/load?${query}`, body, { 'content-type': type });

const GOOD_2027 = [
  'date,kind,name',
  '2027-01-01,holiday,元旦',
  '2027-02-05,休,春节',
  '2027-02-08,holiday,春节',
  '2027-02-09,holiday,春节',
  '2027-02-14,班,春节',
].join('\n');

async function snapshot() {
  const db = t.context.database.db;
  const years = await db.selectFrom('calendar_year').select(['year', 'source']).orderBy('year').execute();
  const days = await db.selectFrom('calendar_day').select(['date', 'kind', 'name']).orderBy('date').execute();
  return { years, days };
}

describe('calendar years and days', () => {
  it('lists the loaded years with their source to any signed-in user', async () => {
    const res = await supervisor.get('/api/calendar/years');
    expect(res.statusCode).toBe(200);
    const years = res.json() as { year: number; source: string; loadedBy: string; dayCount: number }[];
    expect(years[0]).toMatchObject({ year: 2026, loadedBy: 'system' });
    expect(years[0]!.source).toMatch(/^chinese-days@/);
    expect(years[0]!.dayCount).toBeGreaterThan(20);
    expect(years.map((y) => y.year)).not.toContain(2027);
  });

  it('shows the days of a loaded year, and an unloaded year as not loaded', async () => {
    const loaded = (await supervisor.get('/api/calendar/days?year=2026')).json();
    expect(loaded.loaded).toBe(true);
    expect(loaded.days).toContainEqual({ date: '2026-10-01', kind: 'holiday', name: '国庆节' });
    expect(loaded.days).toContainEqual({ date: '2026-10-10', kind: 'workday', name: '国庆节' });
    expect((await supervisor.get('/api/calendar/days?year=2027')).json()).toEqual({
      year: 2027,
      loaded: false,
      days: [],
    });
    expect((await supervisor.get('/api/calendar/days?year=1999')).statusCode).toBe(400);
  });

  it('is closed to anonymous callers', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/calendar/years' })).statusCode).toBe(401);
  });
});

describe('POST /api/calendar/load', () => {
  it('refuses a malformed CSV naming every bad line, and changes nothing', async () => {
    const before = await snapshot();
    const csv = [
      'date,kind,name',
      '2027-01-01,holiday,元旦',
      '2027-02-30,holiday,春节',
      '2027-02-08,休息,春节',
      '2027-02-09,holiday,春节',
      '2027-02-10,workday,春节',
    ].join('\n');
    const res = await upload(sysadmin, 'format=csv&source=bad', csv, 'text/csv');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.detail).toContain('3 处错误');
    expect(body.errors.map((e: { path: string }) => e.path)).toEqual(['line 3', 'line 4', 'line 6']);
    expect(body.errors[0].message).toContain('2027-02-30');
    expect(body.errors[2].message).toContain('不是周六或周日');
    expect(await snapshot()).toEqual(before);
  });

  it('names the line of the uploaded JSON file, as the user wrote it', async () => {
    const json = [
      '{',
      '  "year": 2027,',
      '  "source": "国办发明电〔2026〕1号",',
      '  "days": [',
      '    { "date": "2027-01-01", "kind": "holiday", "name": "元旦" },',
      '    { "date": "2027-13-01", "kind": "holiday", "name": "春节" }',
      '  ]',
      '}',
    ].join('\n');
    const res = await upload(sysadmin, '', json, 'application/json');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'line 6', message: expect.stringContaining('日期格式错误') }]);
  });

  it('refuses an empty body and a body without a known format', async () => {
    expect((await upload(sysadmin, 'format=csv&source=x', '', 'text/csv')).statusCode).toBe(400);
    const unknown = await upload(sysadmin, 'source=x', GOOD_2027, 'application/octet-stream');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('querystring.format');
  });

  it('is refused to the audit administrator, who lacks calendar.write', async () => {
    const res = await upload(auditor, 'format=csv&source=x', GOOD_2027, 'text/csv');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });

  it('loads a good 2027 file, after which deadlines crossing into 2027 are answered', async () => {
    const crossing = '/api/calendar/working-days?from=2026-12-31&add=1';
    expect((await t.app.inject({ method: 'GET', url: crossing })).statusCode).toBe(422);
    const res = await upload(
      sysadmin,
      `format=csv&source=${encodeURIComponent('国办发明电〔2026〕7号')}`,
      GOOD_2027,
      'text/csv',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ years: [{ year: 2027, holidays: 4, workdays: 1, replaced: false }] });
    const due = await t.app.inject({ method: 'GET', url: crossing });
    expect(due.statusCode).toBe(200);
    expect(due.json().date).toBe('2027-01-04');
    const years = (await supervisor.get('/api/calendar/years')).json();
    expect(years[0]).toMatchObject({
      year: 2027,
      source: '国办发明电〔2026〕7号',
      loadedBy: '系统管理员(sysadmin)',
      dayCount: 5,
    });
    const days = (await supervisor.get('/api/calendar/days?year=2027')).json();
    expect(days.loaded).toBe(true);
    expect(days.days).toContainEqual({ date: '2027-02-14', kind: 'workday', name: '春节' });
  });

  it('replaces a year from a JSON file parsed as sent, taking the source from the file', async () => {
    const json = JSON.stringify({
      year: 2027,
      source: '国办发明电〔2026〕8号',
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-02-08', kind: 'holiday', name: '春节' },
      ],
    });
    const res = await upload(sysadmin, '', json, 'application/json');
    expect(res.statusCode).toBe(200);
    expect(res.json().years).toEqual([{ year: 2027, holidays: 2, workdays: 0, replaced: true }]);
    expect((await snapshot()).years).toContainEqual({ year: 2027, source: '国办发明电〔2026〕8号' });
  });

  it('puts each load on the audit trail under the user who did it', async () => {
    const res = await auditor.get('/api/audit-events?action=calendar.year&pageSize=10');
    expect(res.statusCode).toBe(200);
    const events = res.json().items as {
      action: string;
      actorName: string;
      targetId: string;
      detail: { source: string };
    }[];
    const ours = events.filter((e) => e.targetId === '2027');
    expect(ours.map((e) => e.action)).toEqual(['calendar.year.replace', 'calendar.year.load']);
    expect(ours.every((e) => e.actorName === '系统管理员(sysadmin)')).toBe(true);
    expect(ours[1]!.detail.source).toBe('国办发明电〔2026〕7号');
  });
});
