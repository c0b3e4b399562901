import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '../src/demo/demo-actor.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import type { Db } from '../src/platform/db/tables.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';
import { insertCase, orgNamed } from './warnings-fixtures.ts';

/*
 * Route-out (checklist Q6, 信访工作条例 Art. 31): a complaint that is a 行政复议 or 行政诉讼 matter is
 * declined naming the route; the complainant reads the application period (and the organ's
 * decision period for 复议), with the last day when the complaint names a decided case.
 */

let t: TestApp;
let db: Db;
let heping: SessionClient;
let agency: { id: string; regionCode: string };
let caseId: string; // decided on 2026-09-24
const handler = () => demoActor('', '和平区司法局', '王磊', 'route-test');

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  db = t.context.database.db;
  agency = await orgNamed(db, '和平区市场监督管理局');
  caseId = await insertCase(db, agency, '沈和市监罚〔2026〕88号');
  heping = await signIn(t.app, 'heping.jiandu', DEMO_PASSWORD);
});
afterAll(() => t.close());

const on = (date: string) =>
  t.context.services.complaints.withClock({ today: () => date, now: () => `${date}T02:00:00.000Z` });

const entry = (title: string, phone: string, target: Record<string, unknown>) =>
  ({
    channel: 'phone',
    anonymous: false,
    confidential: false,
    complainant: { name: '蒋七', phone },
    regionCode: '210102',
    target: { agencyId: agency.id, ...target },
    category: 'abuse_of_power',
    title,
    content: `来电人不服${title}, 认为处罚过重, 要求撤销该行政处罚决定并退还罚款, 编号 ${phone}。`,
  }) as never;

const track = (code: string, password: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/public/complaints/${code}`,
    headers: { 'x-tracking-password': password },
    remoteAddress: '10.8.8.8',
  });

describe('declining with the route named', () => {
  it('tells a reconsideration matter the 60 days from the act and the organ’s 60 + 30 days, dated by the case', async () => {
    const { complaint, trackingCode, password } = await on('2026-10-10').register(
      handler(),
      entry('市场监管局罚款决定', '13722220001', { caseId }),
    );
    const declined = await on('2026-10-12').decline(handler(), complaint.id, {
      reason: '所反映事项属于对行政处罚决定不服, 应当依法申请行政复议。',
      routeTo: 'reconsideration',
    });
    expect(declined.status).toBe('declined');
    expect(declined.route).toMatchObject({ to: 'reconsideration', deadlineOn: '2026-11-23' });
    expect(declined.route?.note).toContain(
      '自知道或者应当知道该行政行为之日起60日内提出 (行政复议法第二十条)',
    );
    expect(declined.route?.note).toContain(
      '按所涉案件 沈和市监罚〔2026〕88号 的决定日期 2026-09-24 推算, 期限至 2026-11-23 届满',
    );
    expect(declined.route?.note).toContain('延长期限最多不超过30日 (行政复议法第六十二条)');
    expect(declined.route?.note).not.toContain('已经届满');
    expect(declined.history.at(-1)?.note).toContain('告知通过行政复议途径解决');

    const tracked = (await track(trackingCode, password)).json();
    expect(tracked).toMatchObject({
      status: 'declined',
      routeTo: 'reconsideration',
      routeDeadlineOn: '2026-11-23',
      declineReason: expect.stringContaining('申请行政复议'),
    });
    expect(tracked.routeNote).toContain('行政复议机关自受理申请之日起60日内作出行政复议决定');
    const stored = await db
      .selectFrom('complaint')
      .select(['route_to', 'route_deadline_on'])
      .where('id', '=', complaint.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ route_to: 'reconsideration', route_deadline_on: '2026-11-23' });
    const audit = await db
      .selectFrom('audit_event')
      .select('detail')
      .where('target_id', '=', complaint.id)
      .where('action', '=', 'complaint.decline')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail as string)).toMatchObject({
      routeTo: 'reconsideration',
      routeDeadlineOn: '2026-11-23',
    });
  });

  it('says when the reconsideration period has run out by the case’s date, and what a delay for good reason does', async () => {
    const { complaint } = await on('2026-11-20').register(
      handler(),
      entry('逾期后才反映的罚款决定', '13722220002', { caseId }),
    );
    const declined = await on('2026-12-01').decline(handler(), complaint.id, {
      reason: '所反映事项属于行政复议范围。',
      routeTo: 'reconsideration',
    });
    expect(declined.route?.deadlineOn).toBe('2026-11-23');
    expect(declined.route?.note).toContain('按此推算申请期限已经届满');
    expect(declined.route?.note).toContain('行政复议法第二十条第二款');
  });

  it('gives litigation six months from the act, finding the case by the number the complainant gave', async () => {
    const { complaint } = await on('2026-10-10').register(
      handler(),
      entry('要求法院撤销的处罚', '13722220003', { caseNumber: '沈和市监罚〔2026〕88号' }),
    );
    const declined = await on('2026-10-12').decline(handler(), complaint.id, {
      reason: '所反映事项应当通过行政诉讼解决。',
      routeTo: 'litigation',
    });
    expect(declined.route).toMatchObject({ to: 'litigation', deadlineOn: '2027-03-24' });
    expect(declined.route?.note).toContain(
      '自知道或者应当知道作出行政行为之日起6个月内提出 (行政诉讼法第四十六条)',
    );
    expect(declined.route?.note).not.toContain('行政复议机关');
  });

  it('without a decided case gives the period in words only, through the console route, and counts route-outs apart', async () => {
    const { complaint } = await on('2026-10-10').register(
      handler(),
      entry('没有写明案件的处罚', '13722220004', { officerName: '韩八' }),
    );
    const wrong = await heping.post(`/api/complaints/${complaint.id}/decline`, {
      reason: '所反映事项应当通过行政诉讼解决。',
      routeTo: 'arbitration',
    });
    expect(wrong.statusCode).toBe(400);
    const res = await heping.post(`/api/complaints/${complaint.id}/decline`, {
      reason: '所反映事项应当通过行政诉讼解决。',
      routeTo: 'litigation',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().route).toMatchObject({ to: 'litigation', deadlineOn: null });
    expect(res.json().route.note).not.toContain('推算');
    const plain = await on('2026-10-10').register(handler(), entry('一般不予受理的事项', '13722220005', {}));
    await on('2026-10-11').decline(handler(), plain.complaint.id, { reason: '不属于行政执法监督范围。' });
    expect((await on('2026-10-11').detail(handler(), plain.complaint.id)).route).toBeNull();
    const figures = await on('2026-12-01').statistics(handler(), {});
    expect(figures.routedOut).toEqual({ reconsideration: 2, litigation: 2 });
    const exported = await heping.get('/api/complaints/statistics/export');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const overview = book.getWorksheet('总体情况')!;
    const row = (label: string) =>
      overview.getSheetValues().find((r) => Array.isArray(r) && r[1] === label) as unknown[] | undefined;
    expect(row('不予受理并告知通过行政复议解决')?.[2]).toBe(2);
    expect(row('不予受理并告知通过行政诉讼解决')?.[2]).toBe(2);
  });
});
