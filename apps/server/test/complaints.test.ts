import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '../src/demo/demo-actor.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { todayInShanghai } from '../src/platform/calendar/dates.ts';
import type { Db } from '../src/platform/db/tables.ts';
import { seed } from '../src/seed.ts';
import { EXE, PDF, PNG, publicBody, solvedChallenge, submitPublic } from './complaints-fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { certificateBody, officerBody } from './officers-fixtures.ts';
import { type SessionClient, signIn } from './session-client.ts';
import { orgNamed } from './warnings-fixtures.ts';

let t: TestApp;
let db: Db;
let heping: SessionClient; // 和平区司法局 supervisor: handles complaints of 和平区, sees identities
let shenyang: SessionClient; // 沈阳市司法局 supervisor: approves extensions
let shenhe: SessionClient; // 沈河区司法局: another district
let staff: SessionClient; // 和平区市场监督管理局 staff: complaint.read/handle, no identity
let agencyLead: SessionClient; // a user of the same agency holding complaint.identity
let agency: { id: string; regionCode: string };

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  db = t.context.database.db;
  agency = await orgNamed(db, '和平区市场监督管理局');
  const { users, roles } = t.context.services;
  const { user } = await users.create(
    demoActor(),
    { username: 'heping.scjg.lead', displayName: '机关领导', orgId: agency.id },
    { password: DEMO_PASSWORD, mustChange: false },
  );
  await users.assignRoles({ ...demoActor(), userId: 'seed-admin' }, user.id, [
    { roleId: await roles.idOf('supervisor'), scopeKind: 'own_org', scopeOrgId: agency.id },
  ]);
  [heping, shenyang, shenhe, staff, agencyLead] = (await Promise.all(
    ['heping.jiandu', 'shenyang.jiandu', 'shenhe.jiandu', 'heping.scjg', 'heping.scjg.lead'].map((u) =>
      signIn(t.app, u, DEMO_PASSWORD),
    ),
  )) as [SessionClient, SessionClient, SessionClient, SessionClient, SessionClient];
});
afterAll(() => t.close());

const idOf = async (trackingCode: string) =>
  (
    await db
      .selectFrom('complaint')
      .select('id')
      .where('tracking_code', '=', trackingCode)
      .executeTakeFirstOrThrow()
  ).id;
const track = (code: string, password: string, ip = '10.9.9.9') =>
  t.app.inject({
    method: 'GET',
    url: `/api/public/complaints/${code}`,
    headers: { 'x-tracking-password': password },
    remoteAddress: ip,
  });
const auditActions = async (targetId: string) =>
  (
    await db
      .selectFrom('audit_event')
      .select('action')
      .where('target_id', '=', targetId)
      .orderBy('seq')
      .execute()
  ).map((r) => r.action);
const entry = (overrides: Record<string, unknown> = {}) => ({
  channel: 'phone',
  anonymous: false,
  confidential: false,
  complainant: { name: '王五', phone: '13900002222', idNumber: '21010219800101123X' },
  regionCode: '210102',
  target: { agencyId: agency.id, officerName: '赵六' },
  category: 'abuse_of_power',
  title: '市场监管执法人员违规罚款',
  content: '来电反映: 和平区市场监督管理局执法人员在检查个体商户时未告知陈述申辩权利即作出罚款决定。',
  ...overrides,
});

describe('public submission', () => {
  it('refuses a wrong answer and a reused challenge, and returns a tracking code and password', async () => {
    const { token, answer, svg } = await solvedChallenge(t.app);
    expect(svg).toContain('<svg');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/public/complaints',
      payload: { ...publicBody(), challengeToken: token, challengeAnswer: answer + 1 },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ path: 'challengeAnswer' });
    expect(wrong.json().detail).toContain('验证题答案错误');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/public/complaints',
      payload: { ...publicBody(), challengeToken: token, challengeAnswer: answer },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().trackingCode).toMatch(/^TS\d{8}[A-Z2-9]{6}$/);
    expect(ok.json().password).toHaveLength(8);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/public/complaints',
      payload: { ...publicBody(), challengeToken: token, challengeAnswer: answer },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().detail).toContain('已使用');
    const stored = await db
      .selectFrom('complaint')
      .selectAll()
      .where('tracking_code', '=', ok.json().trackingCode)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).not.toContain(ok.json().password);
    expect(stored.name_enc).not.toContain('张三');
    expect(stored.phone_enc).not.toContain('13800001111');
    expect(await auditActions(stored.id)).toEqual(['complaint.submit']);
  });

  it('names the agency by its credit code and the officer by certificate number', async () => {
    const org = await db
      .selectFrom('org')
      .select(['id', 'credit_code'])
      .where('id', '=', agency.id)
      .executeTakeFirstOrThrow();
    const officer = (await staff.post('/api/officers', officerBody(agency.id, { name: '孙立新' }))).json();
    const issued = await heping.post('/api/certificates', certificateBody(officer.id));
    expect(issued.statusCode, issued.body).toBe(201);
    const cert = {
      number: issued.json().number as string,
      name: '孙立新',
      org_id: agency.id,
      org_name: '和平区市场监督管理局',
    };
    const byCode = await submitPublic(
      t.app,
      publicBody({
        anonymous: true,
        complainant: undefined,
        target: { agencyCreditCode: org.credit_code!.toLowerCase() },
      }),
      '10.0.0.50',
    );
    expect(byCode.statusCode, byCode.body).toBe(201);
    const coded = (await heping.get(`/api/complaints/${await idOf(byCode.json().trackingCode)}`)).json();
    expect(coded).toMatchObject({ agencyId: agency.id, agencyName: '和平区市场监督管理局' });
    const byCertificate = await submitPublic(
      t.app,
      publicBody({
        complainant: { name: '郑十一', phone: '13500009999' },
        target: { certificateNumber: cert.number.toLowerCase() },
      }),
      '10.0.0.51',
    );
    expect(byCertificate.statusCode, byCertificate.body).toBe(201);
    const named = (
      await heping.get(`/api/complaints/${await idOf(byCertificate.json().trackingCode)}`)
    ).json();
    expect(named).toMatchObject({ agencyId: cert.org_id, agencyName: cert.org_name });
    expect(named.target).toMatchObject({ certificateNumber: cert.number, officerName: cert.name });
    const unknown = await submitPublic(
      t.app,
      publicBody({ anonymous: true, complainant: undefined, target: { certificateNumber: 'ZZ000000' } }),
      '10.0.0.52',
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ path: 'target.certificateNumber' });
    expect(unknown.json().errors[0].message).toContain('不存在');
    const notAnAgency = await submitPublic(
      t.app,
      publicBody({
        anonymous: true,
        complainant: undefined,
        target: { agencyCreditCode: '91210102MA0XXXXX1X' },
      }),
      '10.0.0.53',
    );
    expect(notAnAgency.statusCode).toBe(400);
    expect(notAnAgency.json().errors[0].message).toContain('不属于已登记的执法机关');
  });

  it('requires identity unless anonymous, and a target', async () => {
    const res = await submitPublic(t.app, publicBody({ complainant: undefined, target: {} }));
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.complainant', 'body.target']));
  });

  it('checks attachments by their content, not their name', async () => {
    const bad = await submitPublic(
      t.app,
      publicBody({ attachments: [{ fileName: '证据.pdf', contentBase64: EXE.toString('base64') }] }),
      '10.0.0.2',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('不是 PDF、JPEG 或 PNG');
    const good = await submitPublic(
      t.app,
      publicBody({
        complainant: { name: '钱七', phone: '13700003333' },
        attachments: [
          { fileName: '现场照片.pdf', contentBase64: PNG.toString('base64') },
          { fileName: '罚款单', contentBase64: PDF.toString('base64') },
        ],
      }),
      '10.0.0.2',
    );
    expect(good.statusCode, good.body).toBe(201);
    const id = await idOf(good.json().trackingCode);
    const detail = (await heping.get(`/api/complaints/${id}`)).json();
    expect(detail.attachments.map((a: { contentType: string }) => a.contentType)).toEqual([
      'image/png',
      'application/pdf',
    ]);
    const file = await heping.get(`/api/complaints/${id}/attachments/${detail.attachments[1].sha256}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
  });

  it('lets a complainant track with the password and says nothing more on a wrong one', async () => {
    const res = await submitPublic(
      t.app,
      publicBody({ anonymous: true, complainant: undefined }),
      '10.0.0.3',
    );
    const { trackingCode, password } = res.json();
    const wrong = await track(trackingCode, 'WRONGPWD');
    const unknown = await track('TS20260101ZZZZZZ', 'WRONGPWD');
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    const ok = await track(trackingCode, password);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ trackingCode, status: 'registered', answer: null });
    const byQuery = await t.app.inject({
      method: 'GET',
      url: `/api/public/complaints/${trackingCode}?password=${password}`,
    });
    expect(byQuery.json().status).toBe('registered');
  });

  it('tells the complainant when the decision on accepting is due, and the dates it was declined or passed on', async () => {
    const today = todayInShanghai();
    const sent = async (ip: string) =>
      (await submitPublic(t.app, publicBody({ anonymous: true, complainant: undefined }), ip)).json();
    const declined = await sent('10.0.0.40');
    const waiting = (await track(declined.trackingCode, declined.password)).json();
    expect(waiting.acceptDueOn > today).toBe(true);
    expect(waiting).toMatchObject({ declinedOn: null, transferredOn: null });
    const declineRes = await heping.post(`/api/complaints/${await idOf(declined.trackingCode)}/decline`, {
      reason: '所反映事项已经人民法院受理, 不属于本机关受理范围',
    });
    expect(declineRes.statusCode, declineRes.body).toBe(200);
    expect((await track(declined.trackingCode, declined.password)).json()).toMatchObject({
      status: 'declined',
      declinedOn: today,
      declineReason: '所反映事项已经人民法院受理, 不属于本机关受理范围',
      acceptDueOn: null,
    });
    const passed = await sent('10.0.0.41');
    const moved = await heping.post(`/api/complaints/${await idOf(passed.trackingCode)}/transfer`, {
      orgId: agency.id,
      reason: '属于该局职责范围, 转其办理',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = (await track(passed.trackingCode, passed.password)).json();
    expect(after).toMatchObject({
      status: 'transferred',
      transferredOn: today,
      transferredTo: '和平区市场监督管理局',
    });
    // A transfer restarts the period for the office that receives it.
    expect(after.acceptDueOn >= waiting.acceptDueOn).toBe(true);
  });
});

describe('rate limits', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({
      config: {
        demoSeed: true,
        complaintPeriods: {
          ...(await import('../src/modules/complaints/complaint-periods.ts')).DEFAULT_COMPLAINT_PERIODS,
          submissionsPerPhonePerDay: 2,
          submissionsPerIpPerHour: 3,
          trackingFailuresPerHour: 2,
        },
      },
    });
    await seed(limited.context, SYSTEM_ACTOR);
  });
  afterAll(() => limited.close());

  it('limits submissions per phone and per address, and wrong tracking passwords', async () => {
    const phone = (ip: string) => submitPublic(limited.app, publicBody(), ip);
    expect((await phone('10.1.0.1')).statusCode).toBe(201);
    expect((await phone('10.1.0.2')).statusCode).toBe(201);
    const third = await phone('10.1.0.3');
    expect(third.statusCode).toBe(429);
    expect(third.json().detail).toContain('同一电话号码每天最多提交2件');
    const anon = (n: number) =>
      submitPublic(
        limited.app,
        publicBody({ anonymous: true, complainant: undefined, title: `匿名投诉${n}号` }),
        '10.1.0.9',
      );
    for (const n of [1, 2, 3]) expect((await anon(n)).statusCode).toBe(201);
    expect((await anon(4)).statusCode).toBe(429);
    // The phone's limit holds from a fresh address too.
    expect((await phone('10.1.0.4')).statusCode).toBe(429);
    const fresh = await submitPublic(
      limited.app,
      publicBody({ anonymous: true, complainant: undefined }),
      '10.1.0.10',
    );
    const { trackingCode, password } = fresh.json();
    const guess = (p: string) =>
      limited.app.inject({
        method: 'GET',
        url: `/api/public/complaints/${trackingCode}`,
        headers: { 'x-tracking-password': p },
        remoteAddress: '10.1.0.11',
      });
    expect((await guess('AAAA1111')).statusCode).toBe(404);
    expect((await guess('AAAA2222')).statusCode).toBe(404);
    const blocked = await guess(password);
    expect(blocked.statusCode).toBe(429);
  });
});

describe('console entry, list and privacy', () => {
  let id = '';
  it('registers a phone complaint and shows the identity to the handling supervisor only', async () => {
    const res = await heping.post('/api/complaints', entry());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().trackingCode).toMatch(/^TS/);
    id = res.json().complaint.id;
    expect(res.json().complaint).toMatchObject({
      channel: 'phone',
      status: 'registered',
      orgName: '和平区司法局',
      agencyName: '和平区市场监督管理局',
      complainant: { name: '王五', phone: '13900002222', idNumber: '21010219800101123X' },
    });
    expect(res.json().complaint.acceptDue?.rule).toContain('5个工作日');
    const list = await heping.get('/api/complaints?channel=phone');
    expect(list.json().items.map((c: { id: string }) => c.id)).toContain(id);
    expect((await shenhe.get(`/api/complaints/${id}`)).statusCode).toBe(404);
    expect((await shenhe.get('/api/complaints')).json().items).toEqual([]);
    const xlsx = await heping.get('/api/complaints/export?channel=phone');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('hides a confidential complainant from the agency complained about, even from a user allowed identities', async () => {
    const open = (
      await heping.post(
        '/api/complaints',
        entry({ title: '公开身份的投诉事项', complainant: { name: '公开人', phone: '13900004444' } }),
      )
    ).json().complaint.id;
    const secret = (
      await heping.post(
        '/api/complaints',
        entry({
          title: '要求保密的投诉事项',
          confidential: true,
          complainant: { name: '保密人', phone: '13900005555' },
        }),
      )
    ).json().complaint.id;
    for (const c of [open, secret]) {
      const moved = await heping.post(`/api/complaints/${c}/transfer`, {
        orgId: agency.id,
        reason: '属于该局职责范围, 转其办理',
      });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json()).toMatchObject({ status: 'transferred', transferredTo: '和平区市场监督管理局' });
    }
    const staffView = (await staff.get(`/api/complaints/${open}`)).json();
    expect(staffView.complainant).toBeNull();
    expect(staffView.identityHidden).toBe(true);
    expect((await agencyLead.get(`/api/complaints/${open}`)).json().complainant.name).toBe('公开人');
    const hidden = (await agencyLead.get(`/api/complaints/${secret}`)).json();
    expect(hidden.complainant).toBeNull();
    expect(hidden.identityHidden).toBe(true);
    expect((await heping.get(`/api/complaints/${secret}`)).json().complainant.name).toBe('保密人');
    const anonymous = (
      await heping.post(
        '/api/complaints',
        entry({ anonymous: true, complainant: undefined, title: '匿名来信反映问题' }),
      )
    ).json().complaint;
    expect(anonymous.complainant).toBeNull();
    expect(anonymous.identityHidden).toBe(false);
  });

  it('walks the loop: accept, extension with approval, answer, rating, close, with refusals', async () => {
    const declineNoReason = await heping.post(`/api/complaints/${id}/decline`, { reason: '' });
    expect(declineNoReason.statusCode).toBe(400);
    expect(declineNoReason.json().errors[0].message).toContain('不予受理的理由');
    const accepted = await heping.post(`/api/complaints/${id}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'handling', stage: 'answer' });
    const answerDue = accepted.json().answerDue.due as string;
    expect(accepted.json().answerDue.rule).toContain('30日');
    const lateDecline = await heping.post(`/api/complaints/${id}/decline`, {
      reason: '不属于受理范围的事项',
    });
    expect(lateDecline.statusCode).toBe(409);
    expect(lateDecline.json().detail).toContain('办理中');
    const tooLong = await heping.post(`/api/complaints/${id}/extension`, {
      days: 45,
      reason: '需要调取外地证据材料',
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().detail).toContain('不得超过30日');
    const asked = await heping.post(`/api/complaints/${id}/extension`, {
      days: 20,
      reason: '需要调取外地证据材料',
    });
    expect(asked.json().extension).toMatchObject({ days: 20, status: 'requested' });
    expect(
      (await staff.post(`/api/complaints/${id}/extension/decision`, { decision: 'approved' })).statusCode,
    ).toBe(403);
    const self = await heping.post(`/api/complaints/${id}/extension/decision`, { decision: 'approved' });
    expect(self.statusCode).toBe(403);
    expect(self.json().detail).toContain('不能审批自己');
    const approved = await shenyang.post(`/api/complaints/${id}/extension/decision`, {
      decision: 'approved',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().extension.status).toBe('approved');
    expect(approved.json().answerDue.due > answerDue).toBe(true);
    expect(approved.json().answerDue.rule).toContain(`原期限 ${answerDue}`);
    expect(
      (await heping.post(`/api/complaints/${id}/extension`, { days: 5, reason: '再次申请延期办理' }))
        .statusCode,
    ).toBe(409);
    const answered = await heping.post(`/api/complaints/${id}/answer`, {
      answer: '经调查, 执法人员未依法告知权利, 已责令撤销该处罚决定并重新作出。',
    });
    expect(answered.json()).toMatchObject({ status: 'answered', stage: null });
    const { trackingCode } = answered.json();
    const password = 'unknown';
    expect((await track(trackingCode, password)).statusCode).toBe(404);
    const closed = await heping.post(`/api/complaints/${id}/close`, {});
    expect(closed.json().status).toBe('closed');
    expect(closed.json().history.map((h: { kind: string }) => h.kind)).toEqual([
      'registered',
      'accepted',
      'extension_requested',
      'extension_approved',
      'answered',
      'closed',
    ]);
    expect(await auditActions(id)).toEqual(
      expect.arrayContaining([
        'complaint.register',
        'complaint.accept',
        'complaint.extension.request',
        'complaint.extension.approve',
        'complaint.answer',
        'complaint.close',
        'complaint.identity.view',
      ]),
    );
  });

  it('turns a complaint into a supervision matter once', async () => {
    const c = (await heping.post('/api/complaints', entry({ title: '转立监督事项的投诉' }))).json().complaint
      .id;
    await heping.post(`/api/complaints/${c}/accept`, {});
    const body = {
      title: '和平区市场监管局违规罚款问题',
      agencyId: agency.id,
      mode: 'binding',
      problems: ['procedure'],
      description: '投诉反映执法人员未告知陈述申辩权利即作出罚款决定, 需立案监督。',
    };
    const matter = await heping.post(`/api/complaints/${c}/matter`, body);
    expect(matter.statusCode, matter.body).toBe(201);
    expect(matter.json()).toMatchObject({ origin: 'complaint', originRef: c });
    expect((await heping.get(`/api/complaints/${c}`)).json().matterId).toBe(matter.json().id);
    const twice = await heping.post(`/api/complaints/${c}/matter`, body);
    expect(twice.statusCode).toBe(409);
  });
});

describe('rating and the reopen window', () => {
  it('lets the complainant rate the answer and reopen only within the window', async () => {
    const res = await submitPublic(
      t.app,
      publicBody({ complainant: { name: '孙八', phone: '13600006666' }, title: '评价与重新办理测试' }),
      '10.0.0.7',
    );
    const { trackingCode, password } = res.json();
    const id = await idOf(trackingCode);
    const early = await t.app.inject({
      method: 'POST',
      url: `/api/public/complaints/${trackingCode}/rating`,
      payload: { password, rating: 'satisfied' },
    });
    expect(early.statusCode).toBe(409);
    await heping.post(`/api/complaints/${id}/accept`, {});
    await heping.post(`/api/complaints/${id}/answer`, { answer: '已核实并责令整改, 特此答复。请知悉。' });
    const tracked = (await track(trackingCode, password)).json();
    expect(tracked.answer).toContain('责令整改');
    const rated = await t.app.inject({
      method: 'POST',
      url: `/api/public/complaints/${trackingCode}/rating`,
      payload: { password, rating: 'unsatisfied', comment: '处理不彻底' },
    });
    expect(rated.json()).toMatchObject({ status: 'rated', rating: 'unsatisfied' });
    const service = t.context.services.complaints;
    const answeredOn = tracked.answeredOn as string;
    const at = (date: string) =>
      service.withClock({ today: () => date, now: () => new Date().toISOString() });
    const late = new Date(Date.parse(answeredOn) + 16 * 86_400_000).toISOString().slice(0, 10);
    await expect(
      at(late).public.reopen(trackingCode, { password, reason: '对处理结果仍不满意' }, '10.0.0.8'),
    ).rejects.toThrow('已超过申请重新办理的期限');
    const reopened = await at(answeredOn).public.reopen(
      trackingCode,
      { password, reason: '对处理结果仍不满意' },
      '10.0.0.8',
    );
    expect(reopened).toMatchObject({ status: 'handling', answer: null, rating: null });
    const detail = (await heping.get(`/api/complaints/${id}`)).json();
    expect(detail.reopenCount).toBe(1);
    expect(detail.history.at(-1)).toMatchObject({ kind: 'reopened', actorName: '投诉人' });
    expect(await auditActions(id)).toEqual(expect.arrayContaining(['complaint.rate', 'complaint.reopen']));
  });
});

describe('deadlines, reminders and duplicates', () => {
  const supervisor = async () => {
    const org = await orgNamed(db, '和平区司法局');
    return demoActor(org.id, '和平区司法局', '王磊', 'heping-test');
  };
  const on = (date: string) =>
    t.context.services.complaints.withClock({ today: () => date, now: () => `${date}T01:00:00.000Z` });

  it('counts acceptance in working days over 国庆 and make-up days, and 信访 by its own profile', async () => {
    const actor = await supervisor();
    const overHoliday = await on('2026-09-24').register(actor, entry({ title: '国庆前的投诉事项' }) as never);
    expect(overHoliday.complaint.acceptDue?.due).toBe('2026-10-09');
    const makeUp = await on('2026-09-18').register(actor, entry({ title: '调休前的投诉事项' }) as never);
    expect(makeUp.complaint.acceptDue?.due).toBe('2026-09-24');
    const petition = await on('2026-09-24').register(
      actor,
      entry({ channel: 'petition', title: '信访转办的投诉事项' }) as never,
    );
    expect(petition.complaint.profile).toBe('petition');
    expect(petition.complaint.acceptDue?.due).toBe('2026-10-09');
    expect(petition.complaint.acceptDue?.rule).toContain('信访工作条例第二十三条');
    const accepted = await on('2026-09-25').accept(actor, petition.complaint.id);
    expect(accepted.answerDue?.due).toBe('2026-11-24');
    expect(accepted.answerDue?.rule).toContain('信访工作条例第三十四条');
  });

  it('reminds before the due date once, then marks it overdue and tells the handling org', async () => {
    const actor = await supervisor();
    const { complaint } = await on('2026-09-24').register(
      actor,
      entry({ title: '期限提醒测试的投诉' }) as never,
    );
    const notices = () =>
      db
        .selectFrom('notification')
        .select(['kind', 'title'])
        .where('link', '=', `/complaints/${complaint.id}`)
        .orderBy('created_at')
        .execute();
    await on('2026-09-29').runReminders();
    expect((await notices()).map((n) => n.kind)).toEqual(['complaint.registered']);
    const soon = await on('2026-10-08').runReminders();
    expect(soon.dueSoon).toBeGreaterThanOrEqual(1);
    await on('2026-10-08').runReminders();
    expect((await notices()).filter((n) => n.kind === 'complaint.due-soon')).toHaveLength(1);
    const late = await on('2026-10-12').runReminders();
    expect(late.overdue).toBeGreaterThanOrEqual(1);
    await on('2026-10-13').runReminders();
    const overdue = (await notices()).filter((n) => n.kind === 'complaint.overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.title).toContain('受理告知已逾期');
    const list = (await heping.get('/api/complaints?due=overdue&pageSize=100')).json();
    expect(list.items.find((c: { id: string }) => c.id === complaint.id)).toMatchObject({ overdue: true });
  });

  it('links a repeat from the same phone and a reworded copy of the same content', async () => {
    const first = await submitPublic(
      t.app,
      publicBody({ complainant: { name: '周九', phone: '13500007777' }, title: '占道经营执法问题' }),
      '10.0.0.20',
    );
    const again = await submitPublic(
      t.app,
      publicBody({
        complainant: { name: '周九', phone: '13500007777' },
        title: '再次反映执法问题',
        content: '上次反映的问题至今没有人处理, 希望尽快给一个说法, 谢谢。',
      }),
      '10.0.0.21',
    );
    const firstId = await idOf(first.json().trackingCode);
    const againId = await idOf(again.json().trackingCode);
    const related = (await heping.get(`/api/complaints/${againId}`)).json().related;
    expect(related.find((r: { id: string }) => r.id === firstId)?.reason).toContain('同一联系电话');
    const copy = await submitPublic(
      t.app,
      publicBody({
        anonymous: true,
        complainant: undefined,
        target: { agencyName: '另一个单位' },
        title: '执法人员态度粗暴',
        content:
          '2026年11月在和平区某路段检查时, 执法人员态度很粗暴, 没有出示执法证件, 还当场扣押了我的货物。',
      }),
      '10.0.0.22',
    );
    const copyDetail = (await heping.get(`/api/complaints/${await idOf(copy.json().trackingCode)}`)).json();
    expect(copyDetail.related.some((r: { reason: string }) => r.reason.includes('内容相似度'))).toBe(true);
    expect(copyDetail.duplicateCount).toBe(copyDetail.related.length);
    const listed = (await heping.get('/api/complaints?pageSize=100')).json().items;
    expect(listed.find((c: { id: string }) => c.id === againId).duplicateCount).toBeGreaterThanOrEqual(1);
    const back = (await heping.get(`/api/complaints/${firstId}`)).json().related;
    expect(back.map((r: { id: string }) => r.id)).toContain(againId);
    // What later complaints are matched on is stored with each one: the phone's index and the bands.
    const keys = await t.context.database.db
      .selectFrom('complaint_match_key')
      .select('key')
      .where('complaint_id', '=', againId)
      .execute();
    expect(keys.filter((k) => k.key.startsWith('p:'))).toHaveLength(1);
    expect(keys.filter((k) => k.key.startsWith('s'))).toHaveLength(32);
  });

  it('does not use up the question when the complaint is refused, and refuses it once used', async () => {
    const { token, answer } = await solvedChallenge(t.app);
    const send = (body: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/public/complaints',
        remoteAddress: '10.0.0.30',
        payload: { ...body, challengeToken: token, challengeAnswer: answer },
      });
    const refused = await send(publicBody({ regionCode: '150102' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).not.toContain('已使用');
    const accepted = await send(publicBody({ complainant: { name: '吴十', phone: '13500008888' } }));
    expect(accepted.statusCode).toBe(201);
    const replayed = await send(publicBody({ complainant: { name: '吴十', phone: '13500008888' } }));
    expect(replayed.statusCode).toBe(400);
    expect(replayed.json().detail).toContain('已使用');
  });
});
