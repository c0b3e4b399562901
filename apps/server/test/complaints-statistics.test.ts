import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '../src/demo/demo-actor.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import type { UserActor } from '../src/platform/authz/actor.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';
import { orgNamed } from './warnings-fixtures.ts';

/**
 * A small known set of complaints walked through the loop on chosen days, so every figure of the
 * statistics can be counted by hand (see the table in the first test), and the list's sorts checked
 * on the same set.
 */
let t: TestApp;
let heping: SessionClient;
let shenhe: SessionClient;
let handler: UserActor;
let approver: UserActor;
const ids: Record<string, string> = {};
let market = '';
let safety = '';
let cityManagement = '';

const on = (day: string, hour = 1) =>
  t.context.services.complaints.withClock({
    today: () => day,
    now: () => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`,
  });
const content = (what: string) => `来电反映: ${what}, 请依法调查处理并答复。`;
const entry = (channel: string, agencyId: string | null, category: string, title: string) => ({
  channel,
  anonymous: false,
  confidential: false,
  complainant: { name: '周明', phone: '13900001234' },
  regionCode: '210102',
  target: agencyId ? { agencyId } : { agencyName: '某街道城管队' },
  category,
  title,
  content: content(title),
});
const ANSWER = '经调查核实, 已责令相关执法人员改正并向您说明情况, 特此答复。';

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  const db = t.context.database.db;
  const org = await orgNamed(db, '和平区司法局');
  const city = await orgNamed(db, '沈阳市司法局');
  handler = demoActor(org.id, '和平区司法局', '王磊', 'heping-handler');
  approver = demoActor(city.id, '沈阳市司法局', '李娜', 'shenyang-approver');
  market = (await orgNamed(db, '和平区市场监督管理局')).id;
  safety = (await orgNamed(db, '和平区应急管理局')).id;
  cityManagement = (await orgNamed(db, '和平区城市管理综合行政执法局')).id;
  const register = async (key: string, day: string, hour: number, body: ReturnType<typeof entry>) => {
    const done = await on(day, hour).register(handler, body as never);
    ids[key] = done.complaint.id;
    return done;
  };
  const rate = (code: string, password: string, rating: string, day: string) =>
    on(day).public.rate(code, { password, rating } as never, '10.7.0.1');

  const a = await register('A', '2026-09-01', 1, entry('phone', market, 'conduct', '执法人员态度粗暴'));
  await on('2026-09-02').accept(handler, ids.A!);
  await on('2026-09-10').answer(handler, ids.A!, { answer: ANSWER });
  await rate(a.trackingCode, a.password, 'satisfied', '2026-09-11');
  await on('2026-09-15').close(handler, ids.A!);

  const b = await register('B', '2026-09-01', 5, entry('letter', market, 'inaction', '举报后无人处理'));
  await on('2026-09-20').accept(handler, ids.B!);
  await on('2026-10-25').answer(handler, ids.B!, { answer: ANSWER });
  await rate(b.trackingCode, b.password, 'unsatisfied', '2026-10-26');

  await register('C', '2026-09-03', 1, entry('visit', null, 'other', '街道城管队扣押物品'));
  await on('2026-09-04').decline(handler, ids.C!, { reason: '不属于行政执法监督的受理范围' });

  await register('D', '2026-09-05', 1, entry('phone', safety, 'procedure', '检查未出具文书'));
  await on('2026-09-07').transfer(handler, ids.D!, {
    orgId: cityManagement,
    reason: '属于城管执法局职责范围',
  });

  await register('E', '2026-10-20', 1, entry('phone', market, 'excessive_inspection', '一个月检查五次'));

  const f = await register('F', '2026-09-02', 1, entry('letter', safety, 'abuse_of_power', '违规罚款'));
  await on('2026-09-03').accept(handler, ids.F!);
  await on('2026-09-10').requestExtension(handler, ids.F!, { days: 20, reason: '需要调取外地证据材料' });
  await on('2026-09-11').decideExtension(approver, ids.F!, { decision: 'approved' });
  await on('2026-10-15').answer(handler, ids.F!, { answer: ANSWER });
  await rate(f.trackingCode, f.password, 'basically', '2026-10-16');

  const g = await register('G', '2026-09-08', 1, entry('phone', market, 'conduct', '执法人员索要财物'));
  await on('2026-09-08').accept(handler, ids.G!);
  await on('2026-09-20').answer(handler, ids.G!, { answer: ANSWER });
  await rate(g.trackingCode, g.password, 'unsatisfied', '2026-09-21');
  await on('2026-09-25').public.reopen(
    g.trackingCode,
    { password: g.password, reason: '处理结果没有落实' },
    '10.7.0.1',
  );

  heping = await signIn(t.app, 'heping.jiandu', DEMO_PASSWORD);
  shenhe = await signIn(t.app, 'shenhe.jiandu', DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('complaint statistics', () => {
  //      channel  agency  status       accepted        answered             rating       notes
  //  A   phone    market  closed       09-02 on time   09-10 on time        satisfied
  //  B   letter   market  rated        09-20 late      10-25 late           unsatisfied
  //  C   visit    —       declined     09-04 on time   —                    —
  //  D   phone    safety  transferred  —               —                    —            due 09-14, overdue
  //  E   phone    market  registered   —               —                    —            10-20, outside September
  //  F   letter   safety  rated        09-03 on time   10-15 on time (ext.) basically    extension approved
  //  G   phone    market  handling     09-08 on time   (reopened)           —            due 10-25/26, overdue
  it('counts a period by channel, category, agency, timeliness and satisfaction', async () => {
    const s = await on('2026-10-30').statistics(handler, { from: '2026-09-01', to: '2026-09-30' });
    expect(s.total).toBe(6);
    expect(Object.fromEntries(s.byChannel.map((c) => [c.channel, c.total]))).toEqual({
      web: 0,
      phone: 3,
      letter: 2,
      visit: 1,
      petition: 0,
      hotline_12345: 0,
    });
    expect(Object.fromEntries(s.byCategory.map((c) => [c.category, c.total]))).toEqual({
      abuse_of_power: 1,
      inaction: 1,
      procedure: 1,
      conduct: 2,
      excessive_inspection: 0,
      other: 1,
    });
    expect(s.byAgency).toEqual([
      {
        agencyId: market,
        agencyName: '和平区市场监督管理局',
        total: 3,
        accepted: 3,
        declined: 0,
        transferred: 0,
        answered: 2,
        closed: 1,
        answeredOnTime: 1,
        overdue: 1,
      },
      {
        agencyId: safety,
        agencyName: '和平区应急管理局',
        total: 2,
        accepted: 1,
        declined: 0,
        transferred: 1,
        answered: 1,
        closed: 0,
        answeredOnTime: 1,
        overdue: 1,
      },
      {
        agencyId: null,
        agencyName: '未关联执法机关',
        total: 1,
        accepted: 0,
        declined: 1,
        transferred: 0,
        answered: 0,
        closed: 0,
        answeredOnTime: 0,
        overdue: 0,
      },
    ]);
    expect(s.timeliness).toEqual({
      acceptedOnTime: 4,
      acceptedLate: 1,
      answeredOnTime: 2,
      answeredLate: 1,
      openOverdue: 2,
      extensionsGranted: 1,
    });
    expect(s.satisfaction).toEqual({
      rated: 3,
      byRating: [
        { rating: 'satisfied', total: 1 },
        { rating: 'basically', total: 1 },
        { rating: 'unsatisfied', total: 1 },
      ],
      satisfiedShare: 0.6667,
    });
    expect(s.reopened).toBe(1);
  });

  it('counts every period without dates, one handling org with orgId, and nothing outside the scope', async () => {
    const all = await on('2026-10-30').statistics(handler, {});
    expect(all.total).toBe(7);
    expect(all.timeliness.openOverdue).toBe(3);
    expect(all.byCategory.find((c) => c.category === 'excessive_inspection')?.total).toBe(1);
    const res = await heping.get(`/api/complaints/statistics?orgId=${cityManagement}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, orgId: cityManagement });
    expect(res.json().byAgency[0]).toMatchObject({ agencyName: '和平区应急管理局', transferred: 1 });
    const outside = await shenhe.get('/api/complaints/statistics');
    expect(outside.json()).toMatchObject({
      total: 0,
      byAgency: [],
      satisfaction: { rated: 0, satisfiedShare: null },
    });
    const backwards = await heping.get('/api/complaints/statistics?from=2026-10-01&to=2026-09-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().detail).toContain('结束日期不能早于开始日期');
  });

  it('exports the figures as a workbook with a sheet per breakdown', async () => {
    const res = await heping.get('/api/complaints/statistics/export?from=2026-09-01&to=2026-09-30');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '总体情况',
      '按来源渠道',
      '按投诉类别',
      '按被投诉单位',
    ]);
    const overview = book.getWorksheet('总体情况')!;
    expect(overview.getRow(3).values).toEqual([undefined, '投诉举报总数', 6]);
    const agencies = book.getWorksheet('按被投诉单位')!;
    expect(agencies.getRow(2).values).toEqual([undefined, '和平区市场监督管理局', 3, 3, 0, 0, 2, 1, 1, 1]);
  });
});

describe('the transfer and the list order', () => {
  it('gives the receiving org its own acceptance period from the day of transfer', async () => {
    const d = (await heping.get(`/api/complaints/${ids.D}`)).json();
    // Registered on Saturday 09-05 the acceptance was due 09-11; transferred on 09-07, it is due
    // five working days later, on 09-14, for 和平区城市管理综合行政执法局.
    expect(d).toMatchObject({
      status: 'transferred',
      orgName: '和平区城市管理综合行政执法局',
      stage: 'accept',
    });
    expect(d.acceptDue.due).toBe('2026-09-14');
    expect(d.dueOn).toBe('2026-09-14');
    expect(d.acceptDue.rule).toContain('转办后由和平区城市管理综合行政执法局自转办之日起重新计算');
    const transferred = d.history.find((h: { kind: string }) => h.kind === 'transferred');
    expect(transferred.note).toContain('受理期限 2026-09-14');
  });

  const order = async (query: string) => {
    const res = await heping.get(`/api/complaints?pageSize=100${query}`);
    expect(res.statusCode, res.body).toBe(200);
    const key = new Map(Object.entries(ids).map(([k, id]) => [id, k]));
    return res
      .json()
      .items.map((c: { id: string }) => key.get(c.id))
      .join('');
  };

  it('sorts by due date by default, and by status, channel or registration date on request', async () => {
    expect(await order('')).toBe('DGECFBA');
    expect(await order('&sort=due&order=desc')).toBe('EGDCFBA');
    expect(await order('&sort=status')).toBe('EDGFBAC');
    expect(await order('&sort=channel')).toBe('DGEAFBC');
    expect((await order('&sort=registered&order=desc')).slice(0, 5)).toBe('EGDCF');
    expect((await heping.get('/api/complaints?sort=password')).statusCode).toBe(400);
  });
});
