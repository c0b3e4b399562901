import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { addDays, todayInShanghai } from '../src/platform/calendar/dates.ts';
import { XLSX_TYPE } from '../src/platform/files/xlsx.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

let t: TestApp;
let scjg: SessionClient; // heping.scjg, staff of 和平区市场监督管理局
let heping: SessionClient; // heping.jiandu, 和平区司法局: the agency's supervisor of the same level
let shenhe: SessionClient; // shenhe.jiandu, another district
let shenyang: SessionClient; // shenyang.jiandu, the city above
let agencyId: string;
let creditCode: string;
const db = () => t.context.database.db;

const UNLICENSED = {
  name: '对未取得道路运输经营许可擅自从事道路普通货物运输经营的行政处罚',
  kind: 'penalty',
  legalBases: [
    {
      law: '中华人民共和国道路运输条例',
      article: '第六十三条',
      text: '违反本条例的规定, 未取得道路运输经营许可, 擅自从事道路普通货物运输经营的……',
    },
  ],
  post: '运输执法科',
  fields: ['transport'],
};

const OLD_BENCHMARK = {
  document: '辽宁省交通运输行政处罚裁量权基准',
  documentNumber: '辽交发〔2019〕8号',
  tiers: [
    {
      circumstance: 'general',
      conditions: '一般情形',
      penalties: ['confiscation'],
      fine: {
        mode: 'multiple',
        of: 'illegalGains',
        minTimes: 2,
        maxTimes: 10,
        fallback: { below: 20000, min: 30000, max: 100000 },
      },
    },
  ],
  lists: [],
};
const NEW_BENCHMARK = {
  ...OLD_BENCHMARK,
  documentNumber: '辽交发〔2022〕15号',
  tiers: [
    {
      circumstance: 'general',
      conditions: '一般情形',
      penalties: ['confiscation'],
      fine: {
        mode: 'multiple',
        of: 'illegalGains',
        minTimes: 1,
        maxTimes: 5,
        fallback: { below: 10000, min: 3000, max: 10000 },
      },
    },
    { circumstance: 'exempt', conditions: '初次违法且危害后果轻微并及时改正的', penalties: [], fine: null },
  ],
  lists: [
    { list: 'firstOffenceExempt', behaviour: '首次未取得许可从事货运且及时改正', conditions: '危害后果轻微' },
  ],
};

beforeAll(async () => {
  t = await createTestApp({ seedCalendar: false, config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  const org = await db()
    .selectFrom('org')
    .selectAll()
    .where('name', '=', '和平区市场监督管理局')
    .executeTakeFirstOrThrow();
  agencyId = org.id;
  creditCode = org.credit_code as string;
  const clients = await Promise.all(
    ['heping.scjg', 'heping.jiandu', 'shenhe.jiandu', 'shenyang.jiandu'].map((u) =>
      signIn(t.app, u, DEMO_PASSWORD),
    ),
  );
  [scjg, heping, shenhe, shenyang] = clients as [SessionClient, SessionClient, SessionClient, SessionClient];
});
afterAll(() => t.close());

async function createItem(code: string, content: object = UNLICENSED) {
  const res = await scjg.post('/api/items', { agencyId, code, content, reason: '编制执法事项清单' });
  expect(res.statusCode).toBe(201);
  return res.json().item.id as string;
}

async function publish(id: string, effectiveDate: string, subject: 'item' | 'benchmark' = 'item') {
  const prefix = subject === 'item' ? '' : 'benchmark/';
  expect((await scjg.post(`/api/items/${id}/${prefix}submit`)).statusCode).toBe(200);
  const res = await heping.post(`/api/items/${id}/${prefix}publish`, { effectiveDate });
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('item workflow', () => {
  it('explains every problem of an item in Chinese', async () => {
    const res = await scjg.post('/api/items', {
      agencyId,
      code: 'X',
      content: { name: '罚', kind: 'penalty', legalBases: [], post: '', fields: [] },
    });
    expect(res.statusCode).toBe(400);
    const messages = res.json().errors.map((e: { message: string }) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        '事项编码应为2至40位字母、数字或 - _ .',
        '事项名称应为2至200字',
        '请至少填写一项执法依据',
        '请填写责任岗位 (承办机构或岗位)',
        '请至少选择一个执法领域',
      ]),
    );
  });

  it('runs draft → submit → return → submit → publish by the right people, logging each step', async () => {
    const id = await createItem('JT-CF-0063');
    const draft = await scjg.get(`/api/items/${id}`);
    expect(draft.json().item).toMatchObject({ code: 'JT-CF-0063', status: 'draft', version: null });
    expect(draft.json().actions.item).toMatchObject({ edit: true, submit: true, publish: false });

    const early = await heping.post(`/api/items/${id}/publish`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toBe('该执法事项仍是草稿, 尚未提交审核, 不能发布');

    expect((await scjg.post(`/api/items/${id}/submit`)).json().item.status).toBe('submitted');
    const self = await scjg.post(`/api/items/${id}/publish`, {});
    expect(self.statusCode).toBe(403);
    const city = await shenyang.post(`/api/items/${id}/publish`, {});
    expect(city.statusCode).toBe(403);
    expect(city.json().detail).toContain('只有与该执法主体同级的司法行政机关');
    expect((await shenhe.get(`/api/items/${id}`)).statusCode).toBe(404);

    const noReason = await heping.post(`/api/items/${id}/return`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    const returned = await heping.post(`/api/items/${id}/return`, { reason: '请补充条文内容' });
    expect(returned.json().item.status).toBe('draft');

    const published = await publish(id, '2019-03-01');
    expect(published.item).toMatchObject({ status: 'published', version: 1, effectiveFrom: '2019-03-01' });
    expect(
      published.events.map((e: { action: string; reason: string | null }) => [e.action, e.reason]),
    ).toEqual([
      ['draft', '编制执法事项清单'],
      ['submit', null],
      ['return', '请补充条文内容'],
      ['submit', null],
      ['publish', '编制执法事项清单'],
    ]);
    const audit = await db()
      .selectFrom('audit_event')
      .select(['action', 'target_id'])
      .where('target_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'item.draft',
      'item.submit',
      'item.return',
      'item.submit',
      'item.publish',
    ]);
  });

  it('keeps every version by date: a change is a new version, the old one answers for its dates', async () => {
    const id = await createItem('JT-CF-0064');
    await publish(id, '2019-03-01');
    const changed = await scjg.put(`/api/items/${id}/draft`, {
      content: { ...UNLICENSED, name: '对未取得道路运输经营许可擅自从事道路货物运输经营的行政处罚' },
      reason: '《道路运输条例》2022年修订',
    });
    expect(changed.json().item).toMatchObject({ status: 'published', pendingStatus: 'draft', version: 1 });
    const before = await publish(id, '2019-03-01').catch(() => null);
    expect(before).toBeNull(); // same date as version 1 is refused, see below
    const refused = await heping.post(`/api/items/${id}/publish`, { effectiveDate: '2019-03-01' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toBe('生效日期应晚于此前版本的生效或取消日期 (2019-03-01)');
    const v2 = await heping.post(`/api/items/${id}/publish`, { effectiveDate: '2022-05-01' });
    expect(
      v2
        .json()
        .versions.map(
          (v: { version: number; status: string; effectiveFrom: string; effectiveTo: string | null }) => [
            v.version,
            v.status,
            v.effectiveFrom,
            v.effectiveTo,
          ],
        ),
    ).toEqual([
      [2, 'published', '2022-05-01', null],
      [1, 'superseded', '2019-03-01', '2022-04-30'],
    ]);
    const on = async (date: string) =>
      (
        await scjg.get(`/api/items/on?agencyCreditCode=${creditCode}&itemCode=JT-CF-0064&date=${date}`)
      ).json();
    expect(await on('2022-04-30')).toMatchObject({ inCatalogue: true, version: 1 });
    expect(await on('2022-05-01')).toMatchObject({
      inCatalogue: true,
      version: 2,
      name: '对未取得道路运输经营许可擅自从事道路货物运输经营的行政处罚',
    });
    expect(await on('2019-02-28')).toMatchObject({
      inCatalogue: false,
      reason: '事项 JT-CF-0064 自 2019-03-01 起列入目录, 2019-02-28 尚未列入',
    });
    expect(
      await on('2020-01-01')
        .then(() => scjg.get(`/api/items/on?agencyCreditCode=${creditCode}&itemCode=NOPE-1&date=2020-01-01`))
        .then((r) => r.json()),
    ).toMatchObject({
      inCatalogue: false,
      reason: '和平区市场监督管理局的执法事项目录中没有编码为 NOPE-1 的事项',
    });
  });
  it('keeps the version in force as current while a later one waits for its date', async () => {
    const id = await createItem('JT-CF-0070');
    await publish(id, '2020-05-01');
    await scjg.put(`/api/items/${id}/draft`, {
      content: { ...UNLICENSED, post: '综合执法科' },
      reason: '岗位调整',
    });
    const soon = addDays(todayInShanghai(), 10);
    const detail = await publish(id, soon);
    expect(detail.current).toMatchObject({
      version: 1,
      status: 'superseded',
      effectiveTo: addDays(soon, -1),
    });
    expect(detail.current.content.post).toBe('运输执法科');
    expect(detail.upcoming).toMatchObject({ version: 2, status: 'published', effectiveFrom: soon });
    const today = await t.app.inject({ url: `/api/public/items/${creditCode}/JT-CF-0070` });
    expect(today.json()).toMatchObject({ version: 1, post: '运输执法科' });
  });
});

describe('benchmarks and evaluation', () => {
  let id: string;
  beforeAll(async () => {
    id = await createItem('JT-CF-0065');
    await publish(id, '2019-03-01');
    expect((await scjg.put(`/api/items/${id}/benchmark/draft`, { content: OLD_BENCHMARK })).statusCode).toBe(
      200,
    );
    await publish(id, '2019-03-01', 'benchmark');
    await scjg.put(`/api/items/${id}/benchmark/draft`, {
      content: NEW_BENCHMARK,
      reason: '条例修订, 降低罚款幅度',
    });
    const detail = await publish(id, '2022-05-01', 'benchmark');
    expect(detail.item.benchmarkStatus).toBe('published');
    expect(
      detail.benchmark.versions.map((v: { version: number; status: string }) => [v.version, v.status]),
    ).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
  });

  const evaluate = (body: object) =>
    scjg.post('/api/benchmarks/evaluate', { agencyCreditCode: creditCode, itemCode: 'JT-CF-0065', ...body });

  it('multiplies the illegal gains under the benchmark in force on the act date', async () => {
    const res = await evaluate({ circumstance: 'general', actDate: '2021-06-01', illegalGains: 35000 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      appliedRule: 'act',
      applied: {
        benchmarkVersion: 1,
        fine: { min: 70000, max: 350000 },
        penalties: ['fine', 'confiscation'],
      },
      other: null,
    });
    expect(res.json().applied.explanation).toBe('违法所得35,000元的2倍至10倍, 即70,000元至350,000元');
    const small = await evaluate({ circumstance: 'general', actDate: '2021-06-01', illegalGains: 0 });
    expect(small.json().applied.fine).toMatchObject({ min: 30000, max: 100000 });
  });

  it('applies the lighter later benchmark (从旧兼从轻) and says so', async () => {
    const res = await evaluate({
      circumstance: 'general',
      actDate: '2022-03-15',
      decisionDate: '2022-06-20',
      illegalGains: 35000,
    });
    expect(res.json()).toMatchObject({
      appliedRule: 'decision',
      applied: {
        benchmarkVersion: 2,
        fine: { min: 35000, max: 175000 },
        documentNumber: '辽交发〔2022〕15号',
      },
      other: { benchmarkVersion: 1, fine: { min: 70000, max: 350000 } },
    });
    expect(res.json().basis).toContain('依照《中华人民共和国行政处罚法》第三十七条从旧兼从轻');
    expect(res.json().lists).toEqual(NEW_BENCHMARK.lists);
  });

  it('refuses what it cannot answer, in Chinese', async () => {
    const missing = await evaluate({ circumstance: 'general', actDate: '2022-03-15' });
    expect(missing.json()).toMatchObject({
      status: 400,
      detail: '该阶次按违法所得的倍数确定罚款, 请提供违法所得 (没有的填 0)',
    });
    const none = await evaluate({ circumstance: 'general', actDate: '2018-01-01', illegalGains: 1 });
    expect(none.json().detail).toBe('该事项在违法行为发生之日 (2018-01-01) 没有有效的裁量基准');
    const tier = await evaluate({ circumstance: 'heavier', actDate: '2023-01-01', illegalGains: 1 });
    expect(tier.json().detail).toBe('第2版裁量基准未设定"从重处罚"阶次');
    const unknown = await scjg.post('/api/benchmarks/evaluate', {
      agencyCreditCode: creditCode,
      itemCode: 'NOPE-1',
      circumstance: 'general',
      actDate: '2023-01-01',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses a benchmark on an item that is not a penalty', async () => {
    const license = await createItem('JT-XK-0001', {
      ...UNLICENSED,
      name: '道路货物运输经营许可',
      kind: 'license',
    });
    const res = await scjg.put(`/api/items/${license}/benchmark/draft`, { content: OLD_BENCHMARK });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe('裁量基准只适用于行政处罚事项');
  });
});

describe('public catalogue and withdrawal', () => {
  it('shows items in force by Chinese search; a withdrawn item leaves the portal but stays in history', async () => {
    const id = await createItem('JT-CF-0066', {
      ...UNLICENSED,
      name: '对道路运输车辆未随车携带道路运输证的行政处罚',
    });
    await publish(id, '2020-01-01');
    const found = await t.app.inject({ url: `/api/public/items?q=${encodeURIComponent('随车携带')}` });
    expect(found.json()).toEqual([
      {
        code: 'JT-CF-0066',
        name: '对道路运输车辆未随车携带道路运输证的行政处罚',
        kind: 'penalty',
        legalBasis: '《中华人民共和国道路运输条例》第六十三条',
        agencyCreditCode: creditCode,
        agencyName: '和平区市场监督管理局',
        hasBenchmark: false,
        lists: [],
      },
    ]);
    const one = await t.app.inject({ url: `/api/public/items/${creditCode}/jt-cf-0066` });
    expect(one.json()).toMatchObject({
      code: 'JT-CF-0066',
      version: 1,
      effectiveFrom: '2020-01-01',
      benchmark: null,
    });

    const withdrawn = await heping.post(`/api/items/${id}/withdraw`, {
      reason: '职权调整至交通运输部门',
      effectiveDate: '2026-01-01',
    });
    expect(withdrawn.json().item).toMatchObject({ status: 'withdrawn', withdrawnOn: '2026-01-01' });
    expect(withdrawn.json().versions[0]).toMatchObject({ status: 'withdrawn', effectiveTo: '2025-12-31' });
    expect(
      (await t.app.inject({ url: `/api/public/items?q=${encodeURIComponent('随车携带')}` })).json(),
    ).toEqual([]);
    const gone = await t.app.inject({ url: `/api/public/items/${creditCode}/JT-CF-0066` });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().detail).toBe('未找到该执法事项, 或该事项已不在目录中');

    const on = await scjg.get(
      `/api/items/on?agencyCreditCode=${creditCode}&itemCode=JT-CF-0066&date=2025-06-01`,
    );
    expect(on.json()).toMatchObject({ inCatalogue: true, version: 1 });
    const after = await scjg.get(
      `/api/items/on?agencyCreditCode=${creditCode}&itemCode=JT-CF-0066&date=2026-02-01`,
    );
    expect(after.json()).toMatchObject({
      inCatalogue: false,
      reason: '事项 JT-CF-0066 已于 2026-01-01 从目录中取消',
    });
    const history = await scjg.get(`/api/items?status=withdrawn`);
    expect(history.json().items.map((i: { code: string }) => i.code)).toContain('JT-CF-0066');
  });

  it('finds the items whose benchmark in force lists first offences not punished', async () => {
    const res = await t.app.inject({
      url: `/api/public/items?agencyCreditCode=${creditCode}&list=firstOffenceExempt`,
    });
    expect(res.json().map((i: { code: string; lists: string[] }) => [i.code, i.lists])).toEqual([
      ['JT-CF-0065', ['firstOffenceExempt']],
    ]);
  });

  it('shows the benchmark in force on the public item page', async () => {
    const res = await t.app.inject({ url: `/api/public/items/${creditCode}/JT-CF-0065` });
    expect(res.json().benchmark).toMatchObject({
      version: 2,
      effectiveFrom: '2022-05-01',
      documentNumber: '辽交发〔2022〕15号',
    });
    expect(res.json().benchmark.tiers[0].fine).toMatchObject({ mode: 'multiple', minTimes: 1, maxTimes: 5 });
  });
});

async function sheet(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('执法事项导入');
  ws.addRow([
    '执法主体统一社会信用代码',
    '事项编码',
    '事项名称',
    '事项类别',
    '执法依据',
    '依据条文',
    '责任岗位',
    '执法领域',
    '备注',
    '调整原因',
  ]);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('import and export', () => {
  it('keeps the good rows of an import and explains each bad one', async () => {
    const body = await sheet([
      [
        creditCode,
        'SJ-CF-0122',
        '对未取得食品生产经营许可从事食品生产经营活动的行政处罚',
        '处罚',
        '《中华人民共和国食品安全法》第一百二十二条第一款',
        '违反本法规定, 未取得食品生产经营许可……',
        '执法稽查科',
        '市场监管',
        '',
        '编制清单',
      ],
      [
        creditCode,
        'SJ-CF-0126',
        '对食品经营者未按规定建立进货查验记录制度的行政处罚',
        '行政处罚',
        '《中华人民共和国食品安全法》第一百二十六条第一款第三项\n《食品经营许可和备案管理办法》第五十条',
        '',
        '执法稽查科',
        '市场监管、卫生健康',
        '',
        '',
      ],
      [
        creditCode,
        'SJ-CF-0122',
        '重复的一行',
        '处罚',
        '《中华人民共和国食品安全法》第一百二十二条',
        '',
        '执法稽查科',
        '市场监管',
        '',
        '',
      ],
      [
        '91210000000000000X',
        'SJ-CF-0001',
        '不存在的主体',
        '处罚',
        '《中华人民共和国食品安全法》第一百二十四条',
        '',
        '科室',
        '市场监管',
        '',
        '',
      ],
      [
        creditCode,
        'SJ-CF-0002',
        '类别错了',
        '罚款',
        '没有书名号的依据也可以第十条',
        '',
        '科室',
        '天文',
        '',
        '',
      ],
    ]);
    const res = await scjg.send('POST', '/api/items/import', body, { 'content-type': XLSX_TYPE });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ received: 5, created: 2, updated: 0, rejected: 3 });
    expect(res.json().errors).toEqual([
      { row: 4, messages: ['与第2行的执法主体和事项编码重复'] },
      { row: 5, messages: ['未找到统一社会信用代码为 91210000000000000X 的执法主体, 或不在您的数据范围内'] },
      { row: 6, messages: ['事项类别不正确: 罚款', '执法领域不正确: 天文'] },
    ]);
    const list = await scjg.get('/api/items?q=SJ-CF&sort=code');
    expect(list.json().items.map((i: { code: string; status: string }) => [i.code, i.status])).toEqual([
      ['SJ-CF-0122', 'draft'],
      ['SJ-CF-0126', 'draft'],
    ]);
    const detail = await scjg.get(`/api/items/${list.json().items[1].id}`);
    expect(detail.json().pending.content.legalBases).toEqual([
      { law: '中华人民共和国食品安全法', article: '第一百二十六条', clause: '第一款第三项', text: null },
      { law: '食品经营许可和备案管理办法', article: '第五十条', clause: null, text: null },
    ]);
    expect(detail.json().pending.content.fields).toEqual(['market', 'health']);
  });

  it('refuses a file without the required columns', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['事项编码', '事项名称']);
    const res = await scjg.send('POST', '/api/items/import', Buffer.from(await workbook.xlsx.writeBuffer()), {
      'content-type': XLSX_TYPE,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(
      '缺少必需的列: 执法主体统一社会信用代码、事项类别、执法依据、责任岗位、执法领域。请使用下载的导入模板。',
    );
  });

  it('exports what the user may see, in the columns the import reads', async () => {
    const res = await heping.get('/api/items/export?q=JT-CF');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = workbook.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('执法主体统一社会信用代码');
    const codes = [];
    for (let r = 2; r <= ws.rowCount; r++) codes.push(ws.getRow(r).getCell(2).value);
    expect(codes).toEqual(['JT-CF-0063', 'JT-CF-0064', 'JT-CF-0065', 'JT-CF-0066', 'JT-CF-0070']);
    expect(ws.getRow(3).getCell(5).value).toBe('《中华人民共和国道路运输条例》第六十三条');
    const other = await shenhe.get('/api/items/export?q=JT-CF');
    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load(other.rawPayload as unknown as ArrayBuffer);
    expect(empty.worksheets[0]!.rowCount).toBe(1);
  });
});
