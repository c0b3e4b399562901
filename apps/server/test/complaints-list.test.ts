import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';
import { orgNamed } from './warnings-fixtures.ts';

// The console list's column sort and its "extension awaiting approval" filter (the handler's desk).
let t: TestApp;
let heping: SessionClient;
let agencyId: string;

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  agencyId = (await orgNamed(t.context.database.db, '和平区市场监督管理局')).id;
  heping = await signIn(t.app, 'heping.jiandu', DEMO_PASSWORD);
});
afterAll(() => t.close());

const register = async (title: string, receivedOn: string) => {
  const res = await heping.post('/api/complaints', {
    channel: 'letter',
    anonymous: true,
    regionCode: '210102',
    target: { agencyId },
    category: 'inaction',
    title,
    content: `来信反映${title}, 多次联系执法机关未获处理, 请求监督机关督促依法履职。`,
    receivedOn,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().complaint.id as string;
};
const titles = async (query: string) =>
  ((await heping.get(`/api/complaints?${query}`)).json().items as { title: string }[]).map((c) => c.title);

describe('complaint list', () => {
  it('sorts by registration date either way and by title when asked, and refuses an unknown sort', async () => {
    await register('乙 占道经营无人处理', '2026-01-10');
    await register('甲 噪声扰民无人处理', '2026-01-05');
    await register('丙 违建举报无人处理', '2026-01-20');
    expect(await titles('sort=registered&order=asc')).toEqual([
      '甲 噪声扰民无人处理',
      '乙 占道经营无人处理',
      '丙 违建举报无人处理',
    ]);
    expect(await titles('sort=registered&order=desc')).toEqual([
      '丙 违建举报无人处理',
      '乙 占道经营无人处理',
      '甲 噪声扰民无人处理',
    ]);
    const bad = await heping.get('/api/complaints?sort=password');
    expect(bad.statusCode).toBe(400);
  });

  it('lists only the complaints whose extension awaits approval', async () => {
    const id = await register('丁 餐饮油烟长期扰民', '2026-02-01');
    expect((await heping.post(`/api/complaints/${id}/accept`, {})).statusCode).toBe(200);
    expect(await titles('extension=requested')).toEqual([]);
    const asked = await heping.post(`/api/complaints/${id}/extension`, {
      days: 10,
      reason: '需要现场核查并调取执法记录',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(await titles('extension=requested')).toEqual(['丁 餐饮油烟长期扰民']);
    const page = (await heping.get('/api/complaints?extension=requested')).json();
    expect(page.total).toBe(1);
  });
});
