import { makeResidentId } from '@jiandu/contracts/codes';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { ageOn, regionChain } from '../src/modules/people/age-rules.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { todayInShanghai } from '../src/platform/calendar/dates.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

let t: TestApp;
let sheng: SessionClient;
let shenyang: SessionClient;
let heping: SessionClient;
let dalian: SessionClient;
const db = () => t.context.database.db;
const orgId = async (name: string) =>
  (await db().selectFrom('org').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
/** A valid ID number born on a date (YYYYMMDD), registered in 和平区. */
const idOf = (birth: string, seq = 123) => makeResidentId(`210102${birth}${seq}`);
const YEAR = Number(todayInShanghai().slice(0, 4));

const appointment = (org: string, birth: string, overrides: Record<string, unknown> = {}) => ({
  orgId: org,
  name: '测试监督员',
  idNumber: idOf(birth),
  phone: '13904001234',
  category: 'lawyer',
  employer: '辽宁恒信律师事务所',
  title: '合伙人',
  termNumber: 3,
  termStart: '2024-01-01',
  termEnd: '2028-12-31',
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp({ seedCalendar: false, config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  const clients = await Promise.all(
    ['sheng.jiandu', 'shenyang.jiandu', 'heping.jiandu', 'dalian.jiandu'].map((u) =>
      signIn(t.app, u, DEMO_PASSWORD),
    ),
  );
  [sheng, shenyang, heping, dalian] = clients as [SessionClient, SessionClient, SessionClient, SessionClient];
});
afterAll(() => t.close());

describe('age rules', () => {
  it('counts full years and walks a region up to its province', () => {
    expect(ageOn('1963-12-31', '2024-01-01')).toBe(60);
    expect(ageOn('1964-01-02', '2024-01-01')).toBe(59);
    expect(ageOn('1964-01-01', '2024-01-01')).toBe(60);
    expect(regionChain('210102')).toEqual(['210102', '210100', '210000']);
    expect(regionChain('210102001')).toEqual(['210102001', '210102', '210100', '210000']);
    expect(regionChain('210000')).toEqual(['210000']);
  });
});

describe('invited supervisors: age limits', () => {
  it('refuses an appointment outside the default 18–60 at the term start, in Chinese', async () => {
    const province = await orgId('辽宁省司法厅');
    const old = await sheng.post('/api/people/invited-supervisors', appointment(province, '19621201'));
    expect(old.statusCode).toBe(422);
    expect(old.json().code).toBe('AGE_LIMIT_NOT_MET');
    expect(old.json().detail).toBe(
      '按任期开始日 2024-01-01 计算, 该人员年龄为 61 周岁, 不符合特邀行政执法监督员年龄条件 (18至60周岁, 系统默认)',
    );
    expect(old.json().errors[0].path).toBe('idNumber');
    const young = await sheng.post('/api/people/invited-supervisors', appointment(province, '20060102'));
    expect(young.statusCode).toBe(422);
    expect(young.json().detail).toContain('年龄为 17 周岁');
    const sixty = await sheng.post('/api/people/invited-supervisors', appointment(province, '19640101'));
    expect(sixty.statusCode).toBe(201);
    expect(sixty.json()).toMatchObject({ ageAtTermStart: 60, gender: 'male', status: 'active' });
  });

  it('applies a region override and lets regions below inherit the nearest one', async () => {
    const city = await orgId('沈阳市司法局');
    const district = await orgId('和平区司法局');
    expect((await sheng.get('/api/people/age-limits/210102')).json()).toMatchObject({
      minAge: 18,
      maxAge: 60,
      source: null,
      inherited: true,
    });
    const set = await sheng.put('/api/people/age-limits/210000', { minAge: 18, maxAge: 55 });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ regionCode: '210000', maxAge: 55, inherited: false });
    // The city inherits the province's 55: a 58-year-old is refused in Shenyang.
    const refused = await shenyang.post('/api/people/invited-supervisors', appointment(city, '19650601'));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain('年龄为 58 周岁');
    expect(refused.json().detail).toContain('18至55周岁, 辽宁省规定');
    // A city may not set the province's limits; it may set its own.
    expect((await shenyang.put('/api/people/age-limits/210000', { minAge: 18, maxAge: 65 })).statusCode).toBe(
      403,
    );
    expect(
      (await shenyang.put('/api/people/age-limits/210100', { minAge: 18, maxAge: 60 })).json(),
    ).toMatchObject({ source: '210100', sourceName: '辽宁省沈阳市' });
    expect((await heping.get('/api/people/age-limits/210102')).json()).toMatchObject({
      maxAge: 60,
      source: '210100',
      inherited: true,
    });
    // The district inherits the city's 60, so the same person is accepted in 和平区.
    const accepted = await heping.post(
      '/api/people/invited-supervisors',
      appointment(district, '19650601', { name: '沈阳五十八', appointmentNumber: '沈和特监2024001' }),
    );
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().ageAtTermStart).toBe(58);
    // Dalian still inherits the province's 55.
    const dalianRefused = await dalian.post(
      '/api/people/invited-supervisors',
      appointment(await orgId('大连市司法局'), '19650601'),
    );
    expect(dalianRefused.statusCode).toBe(422);
    // Clearing the city's row goes back to the province's.
    expect((await shenyang.send('DELETE', '/api/people/age-limits/210100')).json()).toMatchObject({
      maxAge: 55,
      source: '210000',
    });
    expect(
      (
        await db()
          .selectFrom('audit_event')
          .select('action')
          .where('action', 'like', 'supervisor_age_limit.%')
          .orderBy('seq')
          .execute()
      ).map((a) => a.action),
    ).toEqual(['supervisor_age_limit.set', 'supervisor_age_limit.set', 'supervisor_age_limit.clear']);
    await sheng.send('DELETE', '/api/people/age-limits/210000');
  });

  it('checks the age again when the term start changes', async () => {
    const city = await orgId('沈阳市司法局');
    const created = await shenyang.post(
      '/api/people/invited-supervisors',
      appointment(city, '19630601', { name: '任期调整', termNumber: 4, category: 'journalist' }),
    );
    expect(created.statusCode).toBe(201);
    const moved = await shenyang.patch(`/api/people/invited-supervisors/${created.json().id}`, {
      termStart: '2025-01-01',
    });
    expect(moved.statusCode).toBe(422);
    expect(moved.json().detail).toContain('年龄为 61 周岁');
    const ok = await shenyang.patch(`/api/people/invited-supervisors/${created.json().id}`, {
      termStart: '2024-05-31',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ termStart: '2024-05-31', ageAtTermStart: 60 });
  });
});

describe('invited supervisors: records', () => {
  let lawyerId = '';

  it('appoints only in a justice department in scope, once per person and term', async () => {
    const city = await orgId('沈阳市司法局');
    const created = await shenyang.post(
      '/api/people/invited-supervisors',
      appointment(city, '19750923', { name: '刘德明', appointmentNumber: '沈司特监〔2024〕005号' }),
    );
    expect(created.statusCode).toBe(201);
    lawyerId = created.json().id;
    const twice = await shenyang.post(
      '/api/people/invited-supervisors',
      appointment(city, '19750923', { name: '刘德明' }),
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toBe('该人员已是本单位第3届特邀行政执法监督员 (刘德明)');
    const agency = await shenyang.post(
      '/api/people/invited-supervisors',
      appointment(await orgId('沈阳市市场监督管理局'), '19750924'),
    );
    expect(agency.statusCode).toBe(400);
    expect(agency.json().detail).toBe('聘任单位应为司法行政机关');
    const outside = await shenyang.post(
      '/api/people/invited-supervisors',
      appointment(await orgId('大连市司法局'), '19750925'),
    );
    expect(outside.statusCode).toBe(400);
    const badDates = await shenyang.post(
      '/api/people/invited-supervisors',
      appointment(city, '19750926', { termEnd: '2023-12-31' }),
    );
    expect(badDates.statusCode).toBe(400);
    expect(badDates.json().errors).toContainEqual({
      path: 'body.termEnd',
      message: '任期结束日期应晚于开始日期',
    });
    const audit = await db()
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'invited_supervisor.create')
      .where('target_id', '=', lawyerId)
      .executeTakeFirstOrThrow();
    expect(audit.detail).toContain('2101**********');
    expect(audit.detail).not.toContain(idOf('19750923'));
  });

  it('masks the ID number and phone without pii.read, and shows them to a holder', async () => {
    const masked = (await shenyang.get(`/api/people/invited-supervisors/${lawyerId}`)).json();
    expect(masked.idNumber).toBe(`2101**********${idOf('19750923').slice(-4)}`);
    expect(masked.phone).toBe('139****1234');
    expect(masked.age).toBe(ageOn('1975-09-23', todayInShanghai()));
    const row = await db()
      .selectFrom('invited_supervisor')
      .selectAll()
      .where('id', '=', lawyerId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(idOf('19750923'));
    expect(JSON.stringify(row)).not.toContain('13904001234');
    const secadmin = await signIn(t.app, 'secadmin', DEMO_PASSWORD);
    const role = await secadmin.post('/api/roles', {
      code: 'pool_pii_reader',
      name: '监督人员库个人信息查阅',
      permissions: ['pool.read', 'pii.read'],
    });
    const leader = await db()
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'sheng.lingdao')
      .executeTakeFirstOrThrow();
    const assigned = await secadmin.put(`/api/users/${leader.id}/roles`, {
      assignments: [{ roleId: role.json().id, scopeKind: 'org_subtree' }],
    });
    expect(assigned.statusCode).toBe(200);
    const reader = await signIn(t.app, 'sheng.lingdao', DEMO_PASSWORD);
    expect((await reader.get(`/api/people/invited-supervisors/${lawyerId}`)).json()).toMatchObject({
      idNumber: idOf('19750923'),
      phone: '13904001234',
    });
    const found = await reader.get(`/api/people/invited-supervisors?idNumber=${idOf('19750923')}`);
    expect(found.json().items.map((s: { id: string }) => s.id)).toEqual([lawyerId]);
    // pool.read without pool.write: reading yes, changing no.
    const refused = await reader.patch(`/api/people/invited-supervisors/${lawyerId}`, { title: '主任' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toBe('您没有执行此操作的权限');
  });

  it('refuses an account without pool permissions', async () => {
    const staff = await signIn(t.app, 'heping.scjg', DEMO_PASSWORD);
    expect((await staff.get('/api/people/invited-supervisors')).statusCode).toBe(403);
    const create = await staff.post('/api/people/talents', {});
    expect(create.statusCode).toBe(403);
  });

  it('keeps a participation log within the term and counts it per year', async () => {
    const log = `/api/people/invited-supervisors/${lawyerId}/participations`;
    const entries = [
      ['2025-03-18', 'case_review', 6],
      ['2025-09-16', 'campaign', null],
      [`${YEAR}-01-12`, 'case_review', 4],
      [`${YEAR}-03-20`, 'research', 3],
      [`${YEAR}-05-27`, 'case_review', 5],
    ] as const;
    for (const [date, kind, hours] of entries) {
      const res = await shenyang.post(log, { date, kind, description: '参加行政执法案卷评查', hours });
      expect(res.statusCode).toBe(201);
    }
    const before = await shenyang.post(log, { date: '2023-12-31', kind: 'meeting', description: '座谈会' });
    expect(before.statusCode).toBe(400);
    expect(before.json().detail).toBe('活动日期应在聘任期内 (2024-01-01 至 2028-12-31)');
    const future = await shenyang.post(log, { date: '2099-01-01', kind: 'meeting', description: '座谈会' });
    expect(future.json().detail).toBe('活动日期不能晚于今天');

    const yearly = (await shenyang.get(`${log}/yearly`)).json();
    expect(yearly[0]).toMatchObject({
      year: YEAR,
      total: 3,
      hours: 12,
      byKind: { case_review: 2, research: 1 },
    });
    expect(yearly[1]).toMatchObject({
      year: 2025,
      total: 2,
      hours: 6,
      byKind: { case_review: 1, campaign: 1 },
    });
    expect((await shenyang.get(`${log}?year=2025`)).json().map((p: { date: string }) => p.date)).toEqual([
      '2025-09-16',
      '2025-03-18',
    ]);
    expect(
      (await shenyang.get(`/api/people/invited-supervisors/${lawyerId}`)).json().participationsThisYear,
    ).toBe(3);
    const wrong = (await shenyang.get(log)).json()[0];
    expect((await shenyang.send('DELETE', `${log}/${wrong.id}`)).statusCode).toBe(204);
    expect((await shenyang.get(`${log}/yearly`)).json()[0].total).toBe(2);
  });

  it('dismisses with a reason, after which nothing is logged past that date', async () => {
    const url = `/api/people/invited-supervisors/${lawyerId}`;
    const noReason = await shenyang.post(`${url}/status`, {
      status: 'dismissed',
      effectiveDate: '2025-10-01',
    });
    expect(noReason.statusCode).toBe(400);
    const dismissed = await shenyang.post(`${url}/status`, {
      status: 'dismissed',
      effectiveDate: '2025-10-01',
      reason: '连续两次无正当理由不参加监督活动',
    });
    expect(dismissed.json()).toMatchObject({ status: 'dismissed', statusDate: '2025-10-01' });
    const late = await shenyang.post(`${url}/participations`, {
      date: '2025-11-01',
      kind: 'meeting',
      description: '座谈会',
    });
    expect(late.json().detail).toBe('活动日期应在聘任期内 (2024-01-01 至 2025-10-01)');
    const again = await shenyang.post(`${url}/status`, {
      status: 'dismissed',
      effectiveDate: '2025-10-01',
      reason: '重复',
    });
    expect(again.statusCode).toBe(409);
  });

  it('hides supervisors outside the data scope (404) and lists only the subtree', async () => {
    const province = await orgId('辽宁省司法厅');
    const provincial = (
      await sheng.get(`/api/people/invited-supervisors?orgId=${province}&pageSize=100`)
    ).json();
    const own = provincial.items.find((s: { orgId: string }) => s.orgId === province);
    expect((await heping.get(`/api/people/invited-supervisors/${own.id}`)).statusCode).toBe(404);
    expect((await dalian.get(`/api/people/invited-supervisors/${lawyerId}`)).statusCode).toBe(404);
    expect(
      (
        await dalian.post(`/api/people/invited-supervisors/${lawyerId}/participations`, {
          date: '2025-01-01',
          kind: 'meeting',
          description: '座谈会',
        })
      ).statusCode,
    ).toBe(404);
    const seen = (await heping.get('/api/people/invited-supervisors?pageSize=100')).json();
    expect(seen.items.map((s: { orgName: string }) => s.orgName)).toEqual(['和平区司法局']);
    expect((await shenyang.get('/api/people/invited-supervisors?category=lawyer')).json().total).toBe(2);
  });

  it('exports what the user sees, masked', async () => {
    const res = await shenyang.get('/api/people/invited-supervisors/export?category=lawyer');
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('特邀行政执法监督员');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toContain('身份证号');
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const liu = rows.find((r) => r[1] === '刘德明')!;
    expect(liu).toContain(`2101**********${idOf('19750923').slice(-4)}`);
    expect(liu).toContain('律师');
    expect(liu).toContain('已解聘');
    expect(liu).toContain('沈阳市司法局');
    expect(rows.map((r) => r[1]).sort()).toEqual(['刘德明', '沈阳五十八'].sort());
  });
});

describe('expert pool', () => {
  const ids: Record<string, string> = {};
  let reviewed = '';

  it('adds experts with fields, availability and conflicts', async () => {
    const city = await orgId('沈阳市司法局');
    reviewed = await orgId('沈阳市市场监督管理局');
    const experts = [
      ['王立军', ['market', 'supervision'], 'available', null],
      ['许静', ['market'], 'unavailable', null],
      ['曹志刚', ['environment'], 'available', null],
      ['邓卫国', ['market'], 'available', null],
      ['段丽', ['market'], 'busy', '2026-12-31'],
    ] as const;
    for (const [name, fields, availability, busyUntil] of experts) {
      const res = await shenyang.post('/api/people/experts', {
        orgId: city,
        name,
        phone: '13940128835',
        employer: '辽宁大学法学院',
        title: '教授',
        fields,
        specialty: '行政处罚程序',
        availability,
        busyUntil,
      });
      expect(res.statusCode).toBe(201);
      ids[name] = res.json().id;
    }
    const conflict = await shenyang.post(`/api/people/experts/${ids.邓卫国}/conflicts`, {
      orgId: reviewed,
      reason: '担任该局常年法律顾问',
      since: '2025-01-01',
    });
    expect(conflict.statusCode).toBe(201);
    expect(conflict.json().conflicts).toEqual([
      expect.objectContaining({
        orgName: '沈阳市市场监督管理局',
        reason: '担任该局常年法律顾问',
        since: '2025-01-01',
      }),
    ]);
    expect(conflict.json().phone).toBe('139****8835');
    const twice = await shenyang.post(`/api/people/experts/${ids.邓卫国}/conflicts`, {
      orgId: reviewed,
      reason: '重复登记',
      since: '2025-01-01',
    });
    expect(twice.statusCode).toBe(409);
    const busyWithoutDate = await shenyang.post('/api/people/experts', {
      orgId: city,
      name: '无日期',
      employer: '某单位',
      fields: ['market'],
      availability: 'busy',
    });
    expect(busyWithoutDate.statusCode).toBe(400);
    expect(busyWithoutDate.json().errors).toContainEqual({
      path: 'body.busyUntil',
      message: '暂不可参加时请填写截止日期',
    });
  });

  it('finds eligible experts: field matches, available that day, no conflict with the org', async () => {
    const names = (res: { json: () => { name: string }[] }) => res.json().map((e) => e.name);
    const on = (date: string) =>
      shenyang.get(`/api/people/experts/eligible?field=market&orgId=${reviewed}&date=${date}`);
    expect(names(await on('2026-06-01'))).toEqual(['王立军']);
    // The busy expert is free again the day after their busy date.
    expect(names(await on('2027-01-01')).sort()).toEqual(['段丽', '王立军'].sort());
    // Before the conflict began the expert could still review that org.
    expect(names(await on('2024-12-31')).sort()).toEqual(['王立军', '邓卫国'].sort());
    // Another org: the conflict does not apply.
    const other = await orgId('沈阳市交通运输局');
    const forOther = await shenyang.get(
      `/api/people/experts/eligible?field=market&orgId=${other}&date=2026-06-01`,
    );
    expect(names(forOther).sort()).toEqual(['王立军', '邓卫国'].sort());
    // The service method later review draws call.
    const direct = await t.context.services.expertPool.eligibleExperts('environment', reviewed, '2026-06-01');
    expect(direct.map((e) => e.name)).toEqual(['曹志刚']);
    expect(direct[0]!.phone).toBe('139****8835');
    const unknownField = await shenyang.get(`/api/people/experts/eligible?field=nonsense&orgId=${reviewed}`);
    expect(unknownField.statusCode).toBe(400);
  });

  it('removes a conflict and edits availability, audited', async () => {
    const expert = (await shenyang.get(`/api/people/experts/${ids.邓卫国}`)).json();
    const removed = await shenyang.send(
      'DELETE',
      `/api/people/experts/${ids.邓卫国}/conflicts/${expert.conflicts[0].id}`,
    );
    expect(removed.json().conflicts).toEqual([]);
    const edited = await shenyang.patch(`/api/people/experts/${ids.许静}`, { availability: 'available' });
    expect(edited.json()).toMatchObject({ availability: 'available', busyUntil: null, fields: ['market'] });
    const actions = await db()
      .selectFrom('audit_event')
      .select('action')
      .where('action', 'like', 'expert.%')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      ...Array(5).fill('expert.create'),
      'expert.conflict.add',
      'expert.conflict.remove',
      'expert.update',
    ]);
    expect((await dalian.get(`/api/people/experts/${ids.许静}`)).statusCode).toBe(404);
    const filtered = await shenyang.get('/api/people/experts?field=environment');
    expect(filtered.json().items.map((e: { name: string }) => e.name)).toEqual(['曹志刚']);
  });
});

describe('talent pool', () => {
  it('adds, filters, withdraws and exports entries', async () => {
    const agency = await orgId('和平区市场监督管理局');
    const bad = await heping.post('/api/people/talents', {
      orgId: agency,
      name: '周雅',
      fields: [],
      skills: '',
      source: 'training',
      level: 'county',
      entryDate: '2025-09-10',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { message: string }) => e.message)).toEqual(
      expect.arrayContaining(['请至少选择一个领域', '请填写特长或业务专长']),
    );
    const created = await heping.post('/api/people/talents', {
      orgId: agency,
      name: '周雅',
      fields: ['market'],
      skills: '特种设备安全监察, 执法记录仪规范使用培训讲师',
      source: 'training',
      level: 'county',
      entryDate: '2025-09-10',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'active', orgName: '和平区市场监督管理局' });
    const withdrawn = await heping.patch(`/api/people/talents/${created.json().id}`, {
      status: 'withdrawn',
      note: '调离执法岗位',
    });
    expect(withdrawn.json()).toMatchObject({
      status: 'withdrawn',
      skills: created.json().skills,
      level: 'county',
    });
    expect((await heping.get('/api/people/talents?status=active')).json().total).toBe(0);
    expect((await dalian.get(`/api/people/talents/${created.json().id}`)).statusCode).toBe(404);
    const res = await shenyang.get('/api/people/talents/export');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const values = book.worksheets[0]!.getRow(2).values as unknown[];
    expect(values).toEqual(
      expect.arrayContaining(['周雅', '和平区市场监督管理局', '市场监管', '培训选拔', '县级', '已退出']),
    );
  });
});
