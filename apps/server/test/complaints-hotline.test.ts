import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '../src/demo/demo-actor.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { DEFAULT_COMPLAINT_PERIODS, hotlineProfile } from '../src/modules/complaints/complaint-periods.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { addDays, todayInShanghai } from '../src/platform/calendar/dates.ts';
import type { Db } from '../src/platform/db/tables.ts';
import { readXlsx, type TableRow } from '../src/platform/files/xlsx.ts';
import { seed } from '../src/seed.ts';
import { publicBody, submitPublic } from './complaints-fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';
import { orgNamed } from './warnings-fixtures.ts';

let t: TestApp;
let db: Db;
let heping: SessionClient; // 和平区司法局: handles 和平区's complaints
let shenhe: SessionClient; // 沈河区司法局: another district
let leader: SessionClient; // 省司法厅 leader: reads the whole province
let agency: { id: string; regionCode: string };

beforeAll(async () => {
  t = await createTestApp({
    config: {
      demoSeed: true,
      // 举报 orders answered within 5 working days here, 投诉 keeps the default 13.
      complaintPeriods: {
        ...DEFAULT_COMPLAINT_PERIODS,
        hotline: hotlineProfile({ complaint: 13, report: 5 }),
      },
    },
  });
  await seed(t.context, SYSTEM_ACTOR);
  db = t.context.database.db;
  agency = await orgNamed(db, '和平区市场监督管理局');
  [heping, shenhe, leader] = (await Promise.all(
    ['heping.jiandu', 'shenhe.jiandu', 'sheng.lingdao'].map((u) => signIn(t.app, u, DEMO_PASSWORD)),
  )) as [SessionClient, SessionClient, SessionClient];
});
afterAll(() => t.close());

/** The complaint service on a given day (02:00 UTC, 10:00 in Shanghai). */
const at = (day: string) =>
  t.context.services.complaints.withClock({ today: () => day, now: () => `${day}T02:00:00.000Z` });
const today = todayInShanghai();
const CONTENT = '来电人反映: 在和平区某市场被检查时执法人员未出示执法证件, 当场扣押货物且未开具清单。';
const order = (row: number, cells: Record<string, string>): TableRow => ({
  row,
  cells: {
    来电时间: '2026-09-23 09:00:00',
    来电人: '张三',
    联系电话: '13800001111',
    诉求类别: '执法人员作风与纪律',
    诉求内容: CONTENT,
    涉及单位: '和平区市场监督管理局',
    ...cells,
  },
});
const idOfOrder = async (orderNumber: string) =>
  (
    await db
      .selectFrom('complaint')
      .select(['id', 'hotline_order_type'])
      .where('external_ref', '=', orderNumber)
      .executeTakeFirstOrThrow()
  ).id;

describe('12345 answer periods by order type', () => {
  it('counts 投诉 and 举报 orders in working days over 国庆 and its make-up Saturday, capped by 承办时限', async () => {
    const result = await at('2026-09-24').importHotline(demoActor(), [
      order(2, { 工单编号: 'HX-T-1', 工单类型: '投诉' }),
      order(3, { 工单编号: 'HX-T-2', 诉求类别: '举报' }),
      order(4, { 工单编号: 'HX-T-3', 工单类型: '投诉', 承办时限: '2026-10-12' }),
      order(5, { 工单编号: 'HX-T-4', 工单类型: '投诉', 承办时限: '2026-10-30' }),
      order(6, { 工单编号: 'HX-T-5', 工单类型: '举报' }),
      order(7, { 工单编号: 'HX-T-6', 工单类型: '咨询' }),
    ]);
    expect(result).toMatchObject({ received: 6, created: 5, rejected: 1 });
    expect(result.errors).toEqual([{ row: 7, messages: ['工单类型应为"投诉"或"举报": 咨询'] }]);
    const types = await db
      .selectFrom('complaint')
      .select(['external_ref', 'hotline_order_type'])
      .where('external_ref', 'like', 'HX-T-%')
      .orderBy('external_ref')
      .execute();
    expect(types.map((r) => r.hotline_order_type)).toEqual([
      'complaint',
      'report',
      'complaint',
      'complaint',
      'report',
    ]);
    const accept = async (ref: string, day: string) =>
      (await at(day).accept(demoActor(), await idOfOrder(ref))).answerDue!;
    // 09-24 + 13 working days: 中秋 09-25..27 and 国庆 10-01..07 off, Saturday 10-10 worked.
    const complaint = await accept('HX-T-1', '2026-09-24');
    expect(complaint.due).toBe('2026-10-20');
    expect(complaint.rule).toContain('12345热线投诉类工单承办时限 (本地设定13个工作日, 可配置)');
    const report = await accept('HX-T-2', '2026-09-24');
    expect(report.due).toBe('2026-10-09');
    expect(report.rule).toContain('12345热线举报类工单承办时限 (本地设定5个工作日, 可配置)');
    // The work order's own 承办时限 wins when earlier, not when later.
    const capped = await accept('HX-T-3', '2026-09-24');
    expect(capped).toMatchObject({ due: '2026-10-12' });
    expect(capped.rule).toContain('12345热线工单承办时限 2026-10-12, 早于按12345热线投诉类工单承办时限');
    expect((await accept('HX-T-4', '2026-09-24')).due).toBe('2026-10-20');
    // 09-30 + 5: 10-08, 10-09, Saturday 10-10, 10-12, 10-13 (10-14 if the make-up day were not counted).
    expect((await accept('HX-T-5', '2026-09-30')).due).toBe('2026-10-13');
  });
});

const entry = (title: string, channel = 'phone') => ({
  channel,
  anonymous: false,
  confidential: false,
  complainant: { name: '王五', phone: '13900002222' },
  regionCode: '210102',
  target: { agencyId: agency.id, officerName: '赵六' },
  category: 'abuse_of_power',
  title,
  content: '来电反映: 和平区市场监督管理局执法人员在检查个体商户时未告知陈述申辩权利即作出罚款决定。',
});
const ANSWER = { answer: '经调查核实, 已责令该局撤销罚款决定并重新履行告知程序, 特此答复。' };
/** A phone complaint entered, accepted and answered today by 和平区司法局. */
async function answered(title: string): Promise<string> {
  const res = await heping.post('/api/complaints', entry(title));
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().complaint.id as string;
  expect((await heping.post(`/api/complaints/${id}/accept`, {})).statusCode).toBe(200);
  expect((await heping.post(`/api/complaints/${id}/answer`, ANSWER)).statusCode).toBe(200);
  return id;
}
const auditActions = async (id: string) =>
  (
    await db.selectFrom('audit_event').select('action').where('target_id', '=', id).orderBy('seq').execute()
  ).map((r) => r.action);
const satisfaction = async () => (await heping.get('/api/complaints/statistics')).json().satisfaction;

describe('回访 by the handler', () => {
  it('records an unreachable complainant only after enough tries, and closes with that note', async () => {
    const id = await answered('回访无法联系的投诉');
    const now = new Date().toISOString();
    const tooFew = await heping.post(`/api/complaints/${id}/callback`, {
      calledAt: now,
      method: 'phone',
      result: 'unreachable',
      attempts: 2,
    });
    expect(tooFew.statusCode).toBe(400);
    expect(tooFew.json().detail).toBe('联系3次以上仍无法联系的, 方可记为无法联系 (已联系2次)');
    const before = await heping.post(`/api/complaints/${id}/callback`, {
      calledAt: `${addDays(today, -1)}T02:00:00.000Z`,
      method: 'phone',
      result: 'unreachable',
      attempts: 3,
    });
    expect(before.statusCode).toBe(400);
    expect(before.json().detail).toBe(`回访时间不能早于答复日期 ${today}`);
    const res = await heping.post(`/api/complaints/${id}/callback`, {
      calledAt: now,
      method: 'phone',
      result: 'unreachable',
      attempts: 3,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'answered',
      rating: null,
      callback: { method: 'phone', result: 'unreachable', attempts: 3 },
    });
    expect(res.json().history.at(-1)).toMatchObject({ kind: 'called_back' });
    expect(res.json().history.at(-1).note).toContain('联系3次无法联系');
    const closed = (await heping.post(`/api/complaints/${id}/close`, {})).json();
    expect(closed.status).toBe('closed');
    expect(closed.history.at(-1)).toMatchObject({ kind: 'closed', note: '回访联系3次无法联系' });
    expect(await auditActions(id)).toEqual(expect.arrayContaining(['complaint.callback', 'complaint.close']));
  });

  it('moves the complaint to rated as a portal rating does, counted in satisfaction, and reopens when unsatisfied', async () => {
    const id = await answered('回访不满意的投诉');
    const figures = await satisfaction();
    const res = await heping.post(`/api/complaints/${id}/callback`, {
      calledAt: new Date().toISOString(),
      method: 'sms',
      result: 'reached',
      rating: 'unsatisfied',
      comment: '罚款虽撤销, 但执法人员未向我道歉',
    });
    expect(res.statusCode, res.body).toBe(200);
    const rated = res.json();
    expect(rated).toMatchObject({
      status: 'rated',
      rating: 'unsatisfied',
      ratingComment: '罚款虽撤销, 但执法人员未向我道歉',
      callback: { method: 'sms', result: 'reached', by: expect.stringContaining('和平区司法局') },
    });
    expect(rated.history.at(-1).note).toContain('投诉人评价: 不满意');
    const after = await satisfaction();
    expect(after.rated).toBe(figures.rated + 1);
    const unsatisfied = (s: { byRating: { rating: string; total: number }[] }) =>
      s.byRating.find((r) => r.rating === 'unsatisfied')!.total;
    expect(unsatisfied(after)).toBe(unsatisfied(figures) + 1);
    // A second 回访 of a rated complaint is refused.
    const again = await heping.post(`/api/complaints/${id}/callback`, {
      calledAt: new Date().toISOString(),
      method: 'phone',
      result: 'reached',
      rating: 'satisfied',
    });
    expect(again.statusCode).toBe(409);
    const reopened = await heping.post(`/api/complaints/${id}/callback/reopen`, {
      reason: '投诉人回访时要求重新调查执法人员的态度问题',
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({
      status: 'handling',
      reopenCount: 1,
      answer: null,
      rating: null,
      callback: null,
    });
    expect(reopened.json().answerDue.rule).toContain('(重新办理)');
    expect(await auditActions(id)).toEqual(
      expect.arrayContaining(['complaint.callback', 'complaint.reopen']),
    );
  });

  it('refuses a 回访 for a portal complaint and a reopen after a satisfied one or outside the window', async () => {
    const submitted = await submitPublic(t.app, publicBody({ title: '门户投诉不需回访' }), '10.3.0.1');
    const webId = (
      await db
        .selectFrom('complaint')
        .select('id')
        .where('tracking_code', '=', submitted.json().trackingCode)
        .executeTakeFirstOrThrow()
    ).id;
    await heping.post(`/api/complaints/${webId}/accept`, {});
    await heping.post(`/api/complaints/${webId}/answer`, ANSWER);
    const web = await heping.post(`/api/complaints/${webId}/callback`, {
      calledAt: new Date().toISOString(),
      method: 'phone',
      result: 'reached',
      rating: 'satisfied',
    });
    expect(web.statusCode).toBe(409);
    expect(web.json().detail).toBe('网上投诉由投诉人凭查询码在门户评价, 无需回访');

    const pleased = await answered('回访满意的投诉');
    await heping.post(`/api/complaints/${pleased}/callback`, {
      calledAt: new Date().toISOString(),
      method: 'visit',
      result: 'reached',
      rating: 'satisfied',
    });
    const refused = await heping.post(`/api/complaints/${pleased}/callback/reopen`, {
      reason: '投诉人并未要求重新办理',
    });
    expect(refused.statusCode).toBe(409);

    // The portal's window: 15 days after the answer.
    const actor = demoActor();
    const late = (await heping.post('/api/complaints', entry('回访后超期申请重新办理'))).json().complaint.id;
    await at('2026-11-02').accept(actor, late);
    await at('2026-11-03').answer(actor, late, ANSWER);
    await at('2026-11-03').callback(actor, late, {
      calledAt: '2026-11-03T01:30:00.000Z',
      method: 'phone',
      result: 'reached',
      rating: 'unsatisfied',
    });
    await expect(
      at('2026-11-19').reopenAtCallback(actor, late, { reason: '投诉人要求重新调查处理' }),
    ).rejects.toThrow('已超过申请重新办理的期限 (答复后15日内, 至2026-11-18)');
    const inTime = await at('2026-11-18').reopenAtCallback(actor, late, { reason: '投诉人要求重新调查处理' });
    expect(inTime).toMatchObject({ status: 'handling', reopenCount: 1 });
  });
});

describe('12345 results back to the hotline', () => {
  const ORDERS = ['HX-R-1', 'HX-R-2'];
  const ids: Record<string, string> = {};
  const results = async (client: SessionClient, query = '') => {
    const res = await client.get(
      `/api/complaints/hotline/results?format=json&from=${today}&to=${today}${query}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { orderNumber: string }[]).filter((r) => ORDERS.includes(r.orderNumber));
  };

  beforeAll(async () => {
    const imported = await heping.send('POST', '/api/complaints/import', {
      orders: ORDERS.map((orderNumber) => ({
        orderNumber,
        calledAt: '2026-11-01 09:00:00',
        callerName: '李红',
        callerPhone: '13700007777',
        category: '不作为',
        content: `${orderNumber} 来电人反映: 多次举报占道经营, 和平区市场监督管理局一直未处理。`,
        agencyName: '和平区市场监督管理局',
        orderType: '投诉',
      })),
    });
    expect(imported.json()).toMatchObject({ created: 2 });
    for (const ref of ORDERS) ids[ref] = await idOfOrder(ref);
    // HX-R-1 accepted today and answered at once; HX-R-2 accepted on 11-02, its 13 working days long past.
    await heping.post(`/api/complaints/${ids['HX-R-1']}/accept`, {});
    await at('2026-11-02').accept(demoActor(), ids['HX-R-2']!);
    for (const ref of ORDERS) await heping.post(`/api/complaints/${ids[ref]}/answer`, ANSWER);
  });

  it('exports the answered orders in the columns 12345 re-imports, with the on-time flag and no identity', async () => {
    const rows = await results(heping);
    expect(rows).toEqual([
      {
        complaintId: ids['HX-R-1'],
        orderNumber: 'HX-R-1',
        handlingOrg: '和平区司法局',
        status: 'answered',
        acceptedOn: today,
        answeredOn: today,
        answer: ANSWER.answer,
        onTime: true,
        callbackOn: null,
        satisfaction: null,
        reportedAt: null,
      },
      expect.objectContaining({ orderNumber: 'HX-R-2', acceptedOn: '2026-11-02', onTime: false }),
    ]);
    await heping.post(`/api/complaints/${ids['HX-R-1']}/callback`, {
      calledAt: new Date().toISOString(),
      method: 'phone',
      result: 'reached',
      rating: 'basically',
    });
    expect((await results(heping))[0]).toMatchObject({
      status: 'rated',
      callbackOn: today,
      satisfaction: '基本满意',
    });

    const xlsx = await heping.get(`/api/complaints/hotline/results?from=${today}&to=${today}`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readXlsx(xlsx.rawPayload);
    const HEADERS = [
      '工单编号',
      '承办单位',
      '办理状态',
      '受理日期',
      '答复日期',
      '办理结果/答复内容',
      '是否按期',
      '回访日期',
      '满意度',
    ];
    expect(sheet.headers).toEqual(HEADERS);
    expect(sheet.rows.find((r) => r.cells.工单编号 === 'HX-R-2')?.cells).toMatchObject({
      办理状态: '已答复',
      是否按期: '否',
    });
    const csv = await heping.get(`/api/complaints/hotline/results?format=csv&from=${today}&to=${today}`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = csv.rawPayload.toString('utf8');
    expect(text.startsWith(`\uFEFF${HEADERS.join(',')}\r\n`)).toBe(true);
    expect(text).toContain(
      `HX-R-1,和平区司法局,已评价,${today},${today},"${ANSWER.answer}",是,${today},基本满意`,
    );
    for (const body of [text, JSON.stringify(await results(heping))]) {
      expect(body).not.toContain('李红');
      expect(body).not.toContain('13700007777');
    }
  });

  it('keeps to the data scope, as the list does', async () => {
    expect(await results(shenhe)).toEqual([]);
    expect((await results(leader)).map((r) => r.orderNumber)).toEqual(ORDERS);
  });

  it('marks exported orders reported, and lists them again once they move on', async () => {
    const r1 = ids['HX-R-1']!;
    const r2 = ids['HX-R-2']!;
    const outside = await shenhe.post('/api/complaints/hotline/results/reported', {
      orders: [{ complaintId: r2, status: 'answered' }],
    });
    expect(outside.json()).toEqual({ marked: 0, skipped: 1 });
    const marked = await heping.post('/api/complaints/hotline/results/reported', {
      orders: [
        { complaintId: r1, status: 'rated' },
        { complaintId: r2, status: 'rated' }, // exported as answered: not what it is now
      ],
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toEqual({ marked: 1, skipped: 1 });
    expect((await results(heping, '&unreported=true')).map((r) => r.orderNumber)).toEqual(['HX-R-2']);
    const detail = (await heping.get(`/api/complaints/${r1}`)).json();
    expect(detail.hotlineReported).toMatchObject({ status: 'rated' });
    await heping.post(`/api/complaints/${r1}/close`, {});
    expect((await results(heping, '&unreported=true')).map((r) => r.orderNumber)).toEqual(ORDERS);
    expect(await auditActions(r1)).toContain('complaint.close');
    const audit = await db
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'complaint.hotline.report')
      .orderBy('seq')
      .execute();
    expect(audit.length).toBe(2);
  });
});

describe('a matter opened from a complaint', () => {
  it('takes its dates from the complaint service clock', async () => {
    const id = (await heping.post('/api/complaints', entry('按移动后的时钟转立监督事项'))).json().complaint
      .id;
    const office = await orgNamed(db, '和平区司法局');
    const actor = demoActor(office.id, '和平区司法局');
    await at('2026-11-03').accept(actor, id);
    const matter = await at('2026-11-04').openMatter(actor, id, {
      title: '和平区市场监管局违规罚款问题',
      agencyId: agency.id,
      mode: 'binding',
      problems: ['procedure'],
      description: '投诉反映执法人员未告知陈述申辩权利即作出罚款决定, 需立案监督。',
    });
    expect(matter.openedOn).toBe('2026-11-04');
    expect(matter.history.find((e) => e.kind === 'opened')?.at).toBe('2026-11-04T02:00:00.000Z');
  });
});
