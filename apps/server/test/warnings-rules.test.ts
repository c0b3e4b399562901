import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { loadParameterResolver } from '../src/modules/warnings/rule-parameters.repository.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

let t: TestApp;
let province: SessionClient; // 辽宁省司法厅 supervisor
let heping: SessionClient; // 和平区司法局 supervisor
let staff: SessionClient; // agency staff: reads rules, sets nothing

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  [province, heping, staff] = (await Promise.all(
    ['sheng.jiandu', 'heping.jiandu', 'heping.scjg'].map((u) => signIn(t.app, u, DEMO_PASSWORD)),
  )) as [SessionClient, SessionClient, SessionClient];
});
afterAll(() => t.close());

const URL = '/api/warning-rules/DECISION_OVERDUE/parameters';
const set = (client: SessionClient, body: Record<string, unknown>) =>
  client.post(URL, { key: 'days', effectiveFrom: '2026-01-01', reason: '试点地区调整', ...body });
const days = async (query: string) => (await staff.get(`${URL}?${query}`)).json().days;

describe('the rule list', () => {
  it('lists every rule with its parameters and the spec defaults', async () => {
    const res = await staff.get('/api/warning-rules');
    expect(res.statusCode).toBe(200);
    const rules = res.json();
    expect(rules).toHaveLength(19);
    expect(rules[0]).toMatchObject({
      code: 'DECISION_OVERDUE',
      name: '超期未作出处罚决定',
      parameters: [{ key: 'days', default: 90, unitLabel: '日' }],
      overrides: [],
    });
  });
});

describe('setting parameters', () => {
  it('refuses values out of range, unknown keys and regions, in Chinese', async () => {
    const far = await set(province, { regionCode: '210000', value: 5000 });
    expect(far.statusCode).toBe(400);
    expect(far.json().detail).toBe('「立案后作出决定的期限」应在 1 至 3650日 之间, 收到 5000');
    expect((await set(province, { regionCode: '210000', value: 12.5 })).json().detail).toBe(
      '「立案后作出决定的期限」应为整数 (日)',
    );
    const key = await set(province, { key: 'weeks', regionCode: '210000', value: 10 });
    expect(key.json().detail).toContain('没有参数 weeks');
    const region = await set(province, { regionCode: '219999', value: 60 });
    expect(region.json().detail).toBe('行政区划代码 219999 不存在');
    expect((await set(province, { regionCode: '210000', value: 60, reason: '' })).statusCode).toBe(400);
  });

  it('lets a supervisor set values only within their own region', async () => {
    expect((await set(heping, { regionCode: '210103', value: 60 })).statusCode).toBe(403);
    expect((await set(heping, { regionCode: null, value: 60 })).statusCode).toBe(403);
    expect((await set(staff, { regionCode: '210102', value: 60 })).statusCode).toBe(403);
  });

  it('resolves the most specific region and field, on the day asked', async () => {
    expect((await set(province, { regionCode: '210000', value: 80 })).statusCode).toBe(201);
    const county = await set(heping, { regionCode: '210102', value: 100, effectiveFrom: '2026-03-01' });
    expect(county.statusCode).toBe(201);
    expect(county.json()).toMatchObject({
      regionCode: '210102',
      value: 100,
      createdBy: '王磊(和平区司法局)',
    });
    expect((await set(heping, { regionCode: '210102', field: 'market', value: 120 })).statusCode).toBe(201);

    expect(await days('regionCode=210102&day=2026-06-01')).toBe(100);
    expect(await days('regionCode=210102&field=market&day=2026-06-01')).toBe(120);
    expect(await days('regionCode=210102&day=2026-02-01')).toBe(80);
    expect(await days('regionCode=210103&day=2026-06-01')).toBe(80);
    expect(await days('regionCode=210102&day=2025-12-31')).toBe(90);
    expect(await days('regionCode=110101&day=2026-06-01')).toBe(90);

    const resolve = await loadParameterResolver(t.context.database.db);
    expect(
      resolve('DECISION_OVERDUE', { regionCode: '210102001', field: 'market', day: '2026-06-01' }),
    ).toEqual({
      days: 120,
    });
    expect(
      resolve('DECISION_OVERDUE', { regionCode: '210102', field: 'transport', day: '2026-06-01' }).days,
    ).toBe(100);
  });

  it('shows the values in force and those to come, and keeps every change with its audit entry', async () => {
    expect(
      (await set(province, { regionCode: '210000', value: 75, effectiveFrom: '2099-01-01' })).statusCode,
    ).toBe(201);
    const rule = (await heping.get('/api/warning-rules')).json()[0];
    expect(rule.overrides.map((o: { regionCode: string; value: number }) => [o.regionCode, o.value])).toEqual(
      expect.arrayContaining([
        ['210000', 80],
        ['210102', 100],
        ['210102', 120],
      ]),
    );
    expect(rule.overrides).toHaveLength(3);
    expect(rule.upcoming).toEqual([expect.objectContaining({ value: 75, effectiveFrom: '2099-01-01' })]);

    const history = (await heping.get('/api/warning-rules/DECISION_OVERDUE/history')).json();
    expect(history.map((h: { value: number }) => h.value)).toEqual([75, 120, 100, 80]);
    const audit = await t.context.database.db
      .selectFrom('audit_event')
      .select(['action', 'detail'])
      .where('target_id', '=', 'DECISION_OVERDUE')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(Array(4).fill('warning_rule.parameter_set'));
    expect(JSON.parse(audit[1]!.detail)).toMatchObject({
      key: 'days',
      regionCode: '210102',
      before: null,
      after: 100,
      reason: '试点地区调整',
    });
  });

  it('withdraws a setting so the broader value applies again', async () => {
    const withdrawn = await set(heping, { regionCode: '210102', value: null, effectiveFrom: '2026-05-01' });
    expect(withdrawn.statusCode).toBe(201);
    expect(await days('regionCode=210102&day=2026-04-30')).toBe(100);
    expect(await days('regionCode=210102&day=2026-05-01')).toBe(80);
    const again = await set(heping, { regionCode: '210102', value: null, effectiveFrom: '2026-06-01' });
    expect(again.statusCode).toBe(409);
    const last = await t.context.database.db
      .selectFrom('audit_event')
      .select(['action', 'detail'])
      .where('target_id', '=', 'DECISION_OVERDUE')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.action).toBe('warning_rule.parameter_withdraw');
    expect(JSON.parse(last.detail)).toMatchObject({ before: 100, after: null });
  });
});
