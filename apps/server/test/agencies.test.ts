import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '../src/demo/demo-actor.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

let t: TestApp;
let scjg: SessionClient; // heping.scjg, staff of 和平区市场监督管理局
let heping: SessionClient; // heping.jiandu, 和平区司法局
let shenhe: SessionClient; // shenhe.jiandu, 沈河区司法局 (another district)
let shenyang: SessionClient; // shenyang.jiandu, 沈阳市司法局 (the city above)
const db = () => t.context.database.db;
const ids = new Map<string, string>();
const idOf = (name: string) => ids.get(name)!;
const org = async (name: string) =>
  db().selectFrom('org').selectAll().where('name', '=', name).executeTakeFirstOrThrow();

const STATUTORY = {
  authority: 'statutory',
  legalBases: [
    { law: '《中华人民共和国行政处罚法》', article: '第十七条' },
    { law: '《市场监督管理行政处罚程序规定》', article: '第六条' },
  ],
  fields: ['market'],
};

beforeAll(async () => {
  t = await createTestApp({ seedCalendar: false, config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  // Start from no qualifications, whether or not the demo seed fills them.
  await db().deleteFrom('agency_qualification_event').execute();
  await db().deleteFrom('agency_qualification').execute();
  for (const row of await db().selectFrom('org').select(['id', 'name']).execute()) ids.set(row.name, row.id);
  const clients = await Promise.all(
    ['heping.scjg', 'heping.jiandu', 'shenhe.jiandu', 'shenyang.jiandu'].map((u) =>
      signIn(t.app, u, DEMO_PASSWORD),
    ),
  );
  [scjg, heping, shenhe, shenyang] = clients as [SessionClient, SessionClient, SessionClient, SessionClient];
});
afterAll(() => t.close());

const url = (name: string, path = '') => `/api/agencies/${idOf(name)}${path}`;

describe('agency qualification workflow', () => {
  it('refuses the system administrator, who holds no agency permission', async () => {
    const admin = await signIn(t.app, 'sysadmin', DEMO_PASSWORD);
    const res = await admin.get('/api/agencies');
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toBe('您没有执行此操作的权限');
  });

  it('lists agencies in scope, not yet reported (未填报)', async () => {
    const own = await scjg.get('/api/agencies');
    expect(own.json().items.map((a: { name: string }) => a.name)).toEqual(['和平区市场监督管理局']);
    expect(own.json().items[0]).toMatchObject({ status: 'none', version: null, pendingStatus: null });
    const district = await heping.get('/api/agencies?sort=name');
    expect(
      district
        .json()
        .items.map((a: { name: string }) => a.name)
        .sort(),
    ).toEqual(['和平区城市管理综合行政执法局', '和平区市场监督管理局', '和平区应急管理局'].sort());
  });

  it('explains every problem of a draft in Chinese', async () => {
    const empty = await scjg.put(url('和平区市场监督管理局', '/draft'), {
      authority: 'statutory',
      legalBases: [],
      fields: [],
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([
      { path: 'body.legalBases', message: '请至少填写一项执法依据' },
      { path: 'body.fields', message: '请至少选择一个执法领域' },
    ]);
    const entrusted = await scjg.put(url('和平区市场监督管理局', '/draft'), {
      ...STATUTORY,
      authority: 'entrusted',
      entrustment: { scope: '食品经营许可检查', startDate: '2026-01-01', endDate: '2025-12-31' },
    });
    expect(entrusted.statusCode).toBe(400);
    const messages = entrusted.json().errors.map((e: { message: string }) => e.message);
    expect(messages).toContain('委托执法须填写委托机关');
    expect(messages).toContain('委托执法须填写委托权限');
    expect(messages).toContain('委托期限的截止日期不能早于起始日期');
    const noTerm = await scjg.put(url('和平区市场监督管理局', '/draft'), {
      ...STATUTORY,
      authority: 'entrusted',
      entrustment: { entrustingBody: '沈阳市市场监督管理局', scope: '食品检查', powers: '检查、警告' },
    });
    expect(noTerm.json().errors).toEqual([
      { path: 'body.entrustment.startDate', message: '委托执法须填写委托期限 (起止日期)' },
    ]);
  });

  it('runs draft → submit → return → submit → confirm → publish by the right people', async () => {
    const drafted = await scjg.put(url('和平区市场监督管理局', '/draft'), STATUTORY);
    expect(drafted.statusCode).toBe(200);
    expect(drafted.json().current).toMatchObject({ version: 1, status: 'draft', fields: ['market'] });
    expect(drafted.json().actions).toMatchObject({ edit: true, submit: true, confirm: false });

    const early = await heping.post(url('和平区市场监督管理局', '/confirm'));
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toBe('该版本仍是草稿, 尚未提交, 不能确认');

    const submitted = await scjg.post(url('和平区市场监督管理局', '/submit'));
    expect(submitted.json().current.status).toBe('submitted');
    const twice = await scjg.post(url('和平区市场监督管理局', '/submit'));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toBe('该版本已提交, 不能重复提交');
    const edit = await scjg.put(url('和平区市场监督管理局', '/draft'), STATUTORY);
    expect(edit.statusCode).toBe(409);

    // The agency's own staff cannot confirm; a supervisor elsewhere does not see it; the city is not its level.
    const self = await scjg.post(url('和平区市场监督管理局', '/confirm'));
    expect(self.statusCode).toBe(403);
    const other = await shenhe.post(url('和平区市场监督管理局', '/confirm'));
    expect(other.statusCode).toBe(404);
    expect(other.json().detail).toBe('执法主体不存在');
    const city = await shenyang.post(url('和平区市场监督管理局', '/confirm'));
    expect(city.statusCode).toBe(403);
    expect(city.json().detail).toContain('只有与该执法主体同级的司法行政机关');
    const cityView = await shenyang.get(url('和平区市场监督管理局'));
    expect(cityView.json().actions.confirm).toBe(false);
    expect(cityView.json().reviewNote).toContain('同级');

    const noReason = await heping.post(url('和平区市场监督管理局', '/return'), { reason: '' });
    expect(noReason.statusCode).toBe(400);
    const returned = await heping.post(url('和平区市场监督管理局', '/return'), {
      reason: '执法依据未列明《中华人民共和国食品安全法》',
    });
    expect(returned.json().current.status).toBe('draft');
    const lastEvent = returned.json().events.at(-1);
    expect(lastEvent).toMatchObject({
      action: 'return',
      reason: '执法依据未列明《中华人民共和国食品安全法》',
      actorName: '王磊',
      actorOrgName: '和平区司法局',
    });

    await scjg.put(url('和平区市场监督管理局', '/draft'), {
      ...STATUTORY,
      legalBases: [...STATUTORY.legalBases, { law: '《中华人民共和国食品安全法》', article: '第六条' }],
    });
    await scjg.post(url('和平区市场监督管理局', '/submit'));
    const future = await heping.post(url('和平区市场监督管理局', '/confirm'), {
      effectiveDate: '2999-01-01',
    });
    expect(future.json().detail).toBe('确认日期不能晚于今天');
    const confirmed = await heping.post(url('和平区市场监督管理局', '/confirm'), {});
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().current).toMatchObject({ status: 'confirmed', version: 1 });
    expect(confirmed.json().current.legalBases).toHaveLength(3);
    expect(confirmed.json().actions).toMatchObject({ publish: true, revoke: true, confirm: false });
    const published = await heping.post(url('和平区市场监督管理局', '/publish'), {});
    expect(published.json().agency.status).toBe('published');
    expect(published.json().events.map((e: { action: string }) => e.action)).toEqual([
      'draft',
      'submit',
      'return',
      'submit',
      'confirm',
      'publish',
    ]);

    const audit = await db()
      .selectFrom('audit_event')
      .select(['action', 'actor_name'])
      .where('target_id', '=', idOf('和平区市场监督管理局'))
      .where('target_type', '=', 'agency')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'agency.qualification.draft',
      'agency.qualification.submit',
      'agency.qualification.return',
      'agency.qualification.update',
      'agency.qualification.submit',
      'agency.qualification.confirm',
      'agency.qualification.publish',
    ]);
    expect(audit.at(-1)!.actor_name).toBe('王磊(heping.jiandu)');
  });

  it('makes a change a new version that supersedes the old one once confirmed', async () => {
    const v2 = await scjg.put(url('和平区市场监督管理局', '/draft'), {
      ...STATUTORY,
      fields: ['market', 'culture'],
    });
    expect(v2.json().current).toMatchObject({ version: 1, status: 'published' });
    expect(v2.json().pending).toMatchObject({ version: 2, status: 'draft' });
    expect(v2.json().agency).toMatchObject({ status: 'published', pendingStatus: 'draft' });
    await scjg.post(url('和平区市场监督管理局', '/submit'));
    const waiting = await heping.get('/api/agencies?status=submitted');
    expect(waiting.json().items.map((a: { name: string }) => a.name)).toContain('和平区市场监督管理局');

    const confirmed = await heping.post(url('和平区市场监督管理局', '/confirm'), {});
    const body = confirmed.json();
    expect(body.current).toMatchObject({ version: 2, status: 'confirmed' });
    expect(body.pending).toBeNull();
    expect(body.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, 'confirmed'],
      [1, 'superseded'],
    ]);
    expect(body.events.at(-2)).toMatchObject({ action: 'supersede', version: 1 });
    // The public still sees the last published content until the new version is published.
    const before = await t.app.inject({ url: `/api/public/agencies?q=${encodeURIComponent('和平区市场')}` });
    expect(before.json()[0].fields).toEqual(['市场监管']);
    await heping.post(url('和平区市场监督管理局', '/publish'), {});
    const after = await t.app.inject({ url: `/api/public/agencies?q=${encodeURIComponent('和平区市场')}` });
    expect(after.json()[0].fields).toEqual(['市场监管', '文化市场']);
  });

  it('revokes with reason and date, and the agency leaves the public list', async () => {
    const name = '和平区应急管理局';
    await heping.put(url(name, '/draft'), {
      authority: 'statutory',
      legalBases: [{ law: '《中华人民共和国安全生产法》', article: '第十条' }],
      fields: ['emergency'],
    });
    await heping.post(url(name, '/submit'));
    await heping.post(url(name, '/confirm'), {});
    await heping.post(url(name, '/publish'), {});
    expect(
      (await t.app.inject({ url: `/api/public/agencies?q=${encodeURIComponent('和平区应急')}` })).json(),
    ).toHaveLength(1);
    const noDate = await heping.post(url(name, '/revoke'), { reason: '机构撤并' });
    expect(noDate.statusCode).toBe(400);
    const future = await heping.post(url(name, '/revoke'), {
      reason: '机构撤并',
      effectiveDate: '2999-01-01',
    });
    expect(future.json().detail).toBe('撤销生效日期不能晚于今天');
    const staff = await scjg.post(url('和平区市场监督管理局', '/revoke'), {
      reason: '试图撤销',
      effectiveDate: '2026-01-01',
    });
    expect(staff.statusCode).toBe(403);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const revoked = await heping.post(url(name, '/revoke'), {
      reason: '机构撤并, 职责划入区综合行政执法局',
      effectiveDate: today,
    });
    expect(revoked.json().agency).toMatchObject({ status: 'revoked', revokedOn: today });
    expect(revoked.json().current.revocationReason).toBe('机构撤并, 职责划入区综合行政执法局');
    const again = await heping.post(url(name, '/revoke'), { reason: '再次撤销', effectiveDate: today });
    expect(again.json().detail).toBe('该执法主体的主体资格已撤销');
    expect(
      (await t.app.inject({ url: `/api/public/agencies?q=${encodeURIComponent('和平区应急')}` })).json(),
    ).toEqual([]);
    const on = await heping.get(url(name, `/qualification-on?date=${today}`));
    expect(on.json()).toMatchObject({
      qualified: false,
      reason: `执法主体资格已于 ${today} 撤销: 机构撤并, 职责划入区综合行政执法局`,
    });
  });
});

describe('qualified on a date', () => {
  it('answers before confirmation, between versions, and after revocation', async () => {
    const agency = await org('铁西区应急管理局');
    const staff = demoActor(agency.id, agency.name);
    const reviewer = demoActor(agency.parent_id!, '铁西区司法局');
    const svc = t.context.services.agencies;
    const content = {
      authority: 'statutory' as const,
      legalBases: [{ law: '《中华人民共和国安全生产法》', article: '第十条' }],
      fields: ['emergency'],
    };
    await svc.saveDraft(staff, agency.id, content, { date: '2019-12-01' });
    await svc.submit(staff, agency.id, { date: '2019-12-10' });
    await expect(svc.confirm(reviewer, agency.id, { effectiveDate: '2019-12-05' })).rejects.toThrow(
      '确认日期不能早于提交日期 (2019-12-10)',
    );
    await svc.confirm(reviewer, agency.id, { effectiveDate: '2020-01-15' });
    await svc.publish(reviewer, agency.id, { effectiveDate: '2020-02-01' });
    await svc.saveDraft(
      staff,
      agency.id,
      { ...content, fields: ['emergency', 'fire'] },
      { date: '2022-05-01' },
    );
    await svc.submit(staff, agency.id, { date: '2022-05-10' });
    await svc.confirm(reviewer, agency.id, { effectiveDate: '2022-06-01' });
    await svc.revoke(reviewer, agency.id, { reason: '机构改革', effectiveDate: '2024-07-01' });

    const on = (date: string) => svc.qualificationOn(agency.id, date);
    expect(await on('2020-01-14')).toMatchObject({
      qualified: false,
      version: null,
      reason: '2020-01-14 尚未取得执法主体资格 (第1版于 2020-01-15 确认)',
    });
    expect(await on('2020-01-15')).toMatchObject({ qualified: true, version: 1, fields: ['emergency'] });
    expect(await on('2022-05-31')).toMatchObject({ qualified: true, version: 1 });
    expect(await on('2022-06-01')).toMatchObject({
      qualified: true,
      version: 2,
      fields: ['emergency', 'fire'],
    });
    expect(await on('2024-06-30')).toMatchObject({ qualified: true, version: 2 });
    // Revoking the superseding version does not bring the superseded one back.
    expect(await on('2024-07-01')).toMatchObject({
      qualified: false,
      version: 2,
      reason: '执法主体资格已于 2024-07-01 撤销: 机构改革',
    });
    // By credit code too, and over HTTP within the user's scope.
    expect((await on('2021-01-01')).qualified).toBe(true);
    expect((await svc.qualificationOn(agency.credit_code!, '2021-01-01')).version).toBe(1);
    const http = await shenyang.get(`/api/agencies/${agency.id}/qualification-on?date=2023-01-01`);
    expect(http.json()).toMatchObject({
      orgName: '铁西区应急管理局',
      qualified: true,
      version: 2,
      authority: 'statutory',
    });
    expect((await heping.get(`/api/agencies/${agency.id}/qualification-on?date=2023-01-01`)).statusCode).toBe(
      404,
    );
    expect(
      (await shenyang.get(`/api/agencies/${agency.id}/qualification-on?date=2023-13-01`)).statusCode,
    ).toBe(400);
  });

  it('holds an entrusted body qualified only within its term', async () => {
    const street = await org('浑河湾街道办事处');
    const staff = demoActor(street.id, street.name);
    const reviewer = demoActor(idOf('和平区司法局'), '和平区司法局');
    const svc = t.context.services.agencies;
    await svc.saveDraft(
      staff,
      street.id,
      {
        authority: 'entrusted',
        legalBases: [{ law: '《中华人民共和国行政处罚法》', article: '第二十条' }],
        fields: ['urban'],
        entrustment: {
          entrustingBody: '沈阳市和平区城市管理综合行政执法局',
          scope: '占道经营等市容环境秩序违法行为',
          powers: '警告、罚款',
          startDate: '2021-02-01',
          endDate: '2023-12-31',
        },
      },
      { date: '2020-12-20' },
    );
    await svc.submit(staff, street.id, { date: '2020-12-28' });
    await svc.confirm(reviewer, street.id, { effectiveDate: '2021-01-05' });
    await svc.publish(reviewer, street.id, { effectiveDate: '2021-01-08' });
    const on = (date: string) => svc.qualificationOn(street.id, date);
    expect(await on('2021-01-10')).toMatchObject({
      qualified: false,
      reason: '委托期限自 2021-02-01 起, 2021-01-10 尚未开始',
    });
    expect(await on('2022-06-30')).toMatchObject({ qualified: true, authority: 'entrusted', version: 1 });
    expect((await on('2022-06-30')).reason).toContain('委托期限 2021-02-01 至 2023-12-31');
    expect(await on('2024-02-01')).toMatchObject({
      qualified: false,
      reason: '委托期限已于 2023-12-31 届满',
    });
    // Published, but its term is over: the public no longer sees it.
    const list = (
      await t.app.inject({ url: `/api/public/agencies?q=${encodeURIComponent('浑河湾')}` })
    ).json();
    expect(list).toEqual([]);
    // A township with a qualification appears in the console list beside the agencies.
    const district = await heping.get('/api/agencies?authority=entrusted');
    expect(district.json().items).toEqual([
      expect.objectContaining({
        name: '浑河湾街道办事处',
        kind: 'township_government',
        status: 'published',
        authority: 'entrusted',
      }),
    ]);
  });
});

describe('public agency checks', () => {
  beforeAll(async () => {
    // Published: three in Dalian and one province-level agency; confirmed only: one in Dalian.
    const svc = t.context.services.agencies;
    const plan: [string, string, boolean][] = [
      ['大连市市场监督管理局', '大连市司法局', true],
      ['中山区市场监督管理局', '中山区司法局', true],
      ['西岗区应急管理局', '西岗区司法局', true],
      ['辽宁省生态环境厅', '辽宁省司法厅', true],
      ['大连市交通运输局', '大连市司法局', false],
    ];
    for (const [name, parent, publish] of plan) {
      const a = await org(name);
      const staff = demoActor(a.id, name);
      const reviewer = demoActor(idOf(parent), parent);
      await svc.saveDraft(
        staff,
        a.id,
        { ...STATUTORY, authority: 'statutory', fields: ['market', 'environment'] },
        { date: '2021-03-01' },
      );
      await svc.submit(staff, a.id, { date: '2021-03-02' });
      await svc.confirm(reviewer, a.id, { effectiveDate: '2021-03-10' });
      if (publish) await svc.publish(reviewer, a.id, { effectiveDate: '2021-03-15' });
    }
  });

  it('lists only published agencies, with exactly the public keys, by region then name', async () => {
    const res = await t.app.inject({ url: '/api/public/agencies?region=210200' });
    expect(res.statusCode).toBe(200);
    const items = res.json();
    expect(items.map((a: { name: string }) => a.name)).toEqual([
      '大连市市场监督管理局',
      '中山区市场监督管理局',
      '西岗区应急管理局',
    ]);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual([
        'authority',
        'creditCode',
        'fields',
        'name',
        'regionCode',
        'status',
      ]);
      expect(item.status).toBe('published');
    }
    expect(items[0]).toMatchObject({
      regionCode: '210200',
      authority: 'statutory',
      fields: ['市场监管', '生态环境'],
    });
    expect(JSON.stringify(items)).not.toMatch(/orgId|王磊|孙丽|legalBases/);
  });

  it('filters by region and everything below it, and by a Chinese fragment or credit code', async () => {
    const names = async (query: string) =>
      (await t.app.inject({ url: `/api/public/agencies?${query}` }))
        .json()
        .map((a: { name: string }) => a.name);
    expect(await names('region=210202')).toEqual(['中山区市场监督管理局']);
    expect(await names('region=210000')).toEqual(
      expect.arrayContaining(['辽宁省生态环境厅', '大连市市场监督管理局', '和平区市场监督管理局']),
    );
    expect(await names('region=210100')).toEqual(['和平区市场监督管理局']);
    expect(await names(`q=${encodeURIComponent('应急')}`)).toEqual(['西岗区应急管理局']);
    expect(await names(`q=${encodeURIComponent('市场监督')}&region=210200`)).toEqual([
      '大连市市场监督管理局',
      '中山区市场监督管理局',
    ]);
    const code = (await org('西岗区应急管理局')).credit_code!;
    expect(await names(`q=${code.slice(2, 12).toLowerCase()}`)).toEqual(['西岗区应急管理局']);
    expect(await names(`q=${encodeURIComponent('%')}`)).toEqual([]);
    expect((await t.app.inject({ url: '/api/public/agencies?region=abc' })).statusCode).toBe(400);
  });

  it('shows one published agency with its legal bases, and nothing else', async () => {
    const code = (await org('大连市市场监督管理局')).credit_code!;
    const res = await t.app.inject({ url: `/api/public/agencies/${code.toLowerCase()}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: '大连市市场监督管理局',
      creditCode: code,
      legalBases: STATUTORY.legalBases,
      entrustment: null,
      publishedOn: '2021-03-15',
    });
    const unpublished = (await org('大连市交通运输局')).credit_code!;
    const hidden = await t.app.inject({ url: `/api/public/agencies/${unpublished}` });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().detail).toBe(`未找到已公告的执法主体: ${unpublished}`);
  });
});

describe('console list and export', () => {
  it('filters by status, authority, field, region and text', async () => {
    const names = async (client: SessionClient, query: string) =>
      (await client.get(`/api/agencies?${query}`)).json().items.map((a: { name: string }) => a.name);
    expect(await names(heping, 'status=none')).toEqual(['和平区城市管理综合行政执法局']);
    expect(await names(heping, 'status=revoked')).toEqual(['和平区应急管理局']);
    expect(await names(heping, 'field=culture')).toEqual(['和平区市场监督管理局']);
    expect(await names(shenyang, 'regionCode=210106')).toEqual([
      '铁西区城市管理综合行政执法局',
      '铁西区市场监督管理局',
      '铁西区应急管理局',
    ]);
    expect(await names(shenyang, `q=${encodeURIComponent('铁西区应急')}`)).toEqual(['铁西区应急管理局']);
    const page = (await shenyang.get('/api/agencies?pageSize=5&page=2&sort=name')).json();
    expect(page).toMatchObject({ page: 2, pageSize: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThan(10);
  });

  it('exports the filtered list as xlsx', async () => {
    const res = await heping.get('/api/agencies/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('执法主体名称');
    const rows = [];
    for (let i = 2; i <= sheet.rowCount; i++)
      rows.push([sheet.getRow(i).getCell(1).value, sheet.getRow(i).getCell(5).value]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['和平区市场监督管理局', '已公告'],
        ['和平区应急管理局', '已撤销'],
        ['和平区城市管理综合行政执法局', '未填报'],
        ['浑河湾街道办事处', '已公告'],
      ]),
    );
    expect(rows).toHaveLength(4);
  });
});
