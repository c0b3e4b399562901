import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { buildCase, creditCodeOf, PERSON_ID, postNdjson, sourceFor } from './exchange-fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

let t: TestApp;
let heping: SessionClient; // 和平区司法局 supervisor: sees 和平区 agencies' cases
let shenyang: SessionClient; // 沈阳市司法局 supervisor: sees the whole city
let scjg: SessionClient; // staff of 和平区市场监督管理局
let hepingCase: string;

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  const hepingCode = await creditCodeOf(t, '和平区市场监督管理局');
  const shenheCode = await creditCodeOf(t, '沈河区市场监督管理局');
  const token = await sourceFor(t, '沈阳市市场监管执法办案系统', [
    '和平区市场监督管理局',
    '沈河区市场监督管理局',
  ]);
  const response = await postNdjson(t.app, token, [
    buildCase(hepingCode, { externalId: 'HP-1' }),
    buildCase(hepingCode, {
      externalId: 'HP-2',
      kind: 'inspection',
      procedure: undefined,
      title: '餐饮单位日常检查',
      decision: undefined,
      events: [{ type: 'accepted', at: '2026-10-10' }],
    }),
    buildCase(shenheCode, {
      externalId: 'SH-1',
      title: '无照经营案',
      events: [
        { type: 'filed', at: '2026-09-01' },
        { type: 'notified', at: '2026-09-10' },
        { type: 'decided', at: '2026-09-20' },
        { type: 'served', at: '2026-09-21' },
        { type: 'published', at: '2026-09-22' },
        { type: 'executed', at: '2026-09-30' },
      ],
    }),
  ]);
  expect(response.json().created).toBe(3);
  await t.context.services.cases.derivePending();
  [heping, shenyang, scjg] = (await Promise.all(
    ['heping.jiandu', 'shenyang.jiandu', 'heping.scjg'].map((u) => signIn(t.app, u, DEMO_PASSWORD)),
  )) as [SessionClient, SessionClient, SessionClient];
  hepingCase = (
    await t.context.database.db
      .selectFrom('enforcement_case')
      .select('id')
      .where('external_id', '=', 'HP-1')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t.close());

const ids = (body: { items: { externalId: string }[] }) => body.items.map((c) => c.externalId).sort();

describe('the case list', () => {
  it('shows each user the cases of their own part of the tree', async () => {
    expect(ids((await heping.get('/api/cases')).json())).toEqual(['HP-1', 'HP-2']);
    expect(ids((await scjg.get('/api/cases')).json())).toEqual(['HP-1', 'HP-2']);
    expect(ids((await shenyang.get('/api/cases')).json())).toEqual(['HP-1', 'HP-2', 'SH-1']);
  });

  it('filters by kind, status, text and missed deadlines', async () => {
    expect(ids((await shenyang.get('/api/cases?kind=inspection')).json())).toEqual(['HP-2']);
    expect(ids((await shenyang.get('/api/cases?status=decided')).json())).toEqual(['HP-1', 'SH-1']);
    expect(ids((await shenyang.get(`/api/cases?q=${encodeURIComponent('无照')}`)).json())).toEqual(['SH-1']);
    // HP-1 was decided on 2026-09-24 and never served or published: both deadlines are past.
    const overdue = (await shenyang.get('/api/cases?overdue=true')).json();
    expect(ids(overdue)).toEqual(['HP-1']);
    expect(overdue.items[0]).toMatchObject({ lateDeadlines: 2, fine: 3000, partyName: '王*英' });
  });

  it('exports the filtered list as xlsx, and refuses an export too large', async () => {
    const res = await shenyang.get('/api/cases/export?status=decided');
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('案件编号');
    const values = [2, 3].map((n) => sheet.getRow(n).getCell(1).value).sort();
    expect(values).toEqual(['HP-1', 'SH-1']);
    const actor = await userActor(shenyang);
    await expect(t.context.services.cases.listAll(actor, {}, 1)).rejects.toThrow('一次最多导出 1 件');
  });
});

describe('one case', () => {
  it('shows the timeline in date order, the deadlines with where they stand, and the versions', async () => {
    const res = await heping.get(`/api/cases/${hepingCase}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.timeline.map((e: { type: string }) => e.type)).toEqual(['filed', 'notified', 'decided']);
    const states = Object.fromEntries(
      body.deadlines.map((d: { code: string; state: string }) => [d.code, d.state]),
    );
    expect(states).toMatchObject({ DECISION_DUE: 'met', SERVICE_DUE: 'overdue', PUBLICITY_DUE: 'overdue' });
    expect(body.deadlinesPending).toBe(false);
    expect(body.versions).toEqual([
      expect.objectContaining({ version: 1, receivedBy: '沈阳市市场监管执法办案系统', origin: 'exchange' }),
    ]);
  });

  it("masks a person's name and ID number for users without the personal-data permission", async () => {
    const body = (await heping.get(`/api/cases/${hepingCase}`)).json();
    expect(body.record.party.name).toBe('王*英');
    expect(body.record.party.idNumber).not.toBe(PERSON_ID);
    expect(JSON.stringify(body)).not.toContain(PERSON_ID);
  });

  it('is not found outside the user’s scope', async () => {
    const shenhe = await t.context.database.db
      .selectFrom('enforcement_case')
      .select('id')
      .where('external_id', '=', 'SH-1')
      .executeTakeFirstOrThrow();
    expect((await heping.get(`/api/cases/${shenhe.id}`)).statusCode).toBe(404);
    expect((await shenyang.get(`/api/cases/${shenhe.id}`)).statusCode).toBe(200);
  });
});

/** The signed-in user behind a client, for calling the service directly. */
async function userActor(client: SessionClient) {
  const token = decodeURIComponent(/jiandu_session=([^;]+)/.exec(client.cookie ?? '')![1]!);
  const actor = await t.context.services.sessions.userFromSession(token, {
    ip: '127.0.0.1',
    userAgent: null,
  });
  return actor!;
}
