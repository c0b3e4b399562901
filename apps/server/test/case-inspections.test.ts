import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { buildCase, creditCode, creditCodeOf, postNdjson, sourceFor } from './exchange-fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
const shop = {
  type: 'organization',
  name: '沈阳市和平区鑫达餐饮有限公司',
  creditCode: creditCode('91', '210102', 'MA0XK3T2'),
};
const other = {
  type: 'organization',
  name: '沈阳市和平区顺安商贸有限公司',
  creditCode: creditCode('91', '210102', 'MA0YB7Q4'),
};

function inspection(agency: string, externalId: string, day: string, party = shop) {
  return buildCase(agency, {
    externalId,
    kind: 'inspection',
    procedure: undefined,
    party,
    decision: undefined,
    events: [{ type: 'investigated', at: day }],
  });
}

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  const heping = await creditCodeOf(t, '和平区市场监督管理局');
  const token = await sourceFor(t, '和平区市场监管执法办案系统', ['和平区市场监督管理局']);
  const response = await postNdjson(t.app, token, [
    inspection(heping, 'JC-3', '2026-06-01'),
    inspection(heping, 'JC-1', '2026-02-10'),
    inspection(heping, 'JC-0', '2025-12-30'),
    inspection(heping, 'JC-2', '2026-03-15T23:30:00Z'), // 2026-03-16 in Shanghai
    inspection(heping, 'JC-X', '2026-04-01', other),
  ]);
  expect(response.json().created).toBe(5);
});
afterAll(() => t.close());

describe('inspections of one party', () => {
  it('are counted per agency and calendar year, in the order of their days', async () => {
    const page = await t.context.services.cases.newestPage('', 1_000);
    const rank = Object.fromEntries(page.map((c) => [c.record.externalId, c.inspectionRank]));
    expect(rank).toMatchObject({ 'JC-0': 1, 'JC-1': 1, 'JC-2': 2, 'JC-3': 3, 'JC-X': 1 });
    const penalty = page.find((c) => c.record.kind === 'penalty');
    expect(penalty?.inspectionRank ?? null).toBeNull();
  });

  it('keep the day of the act on the case', async () => {
    const row = await t.context.database.db
      .selectFrom('enforcement_case')
      .select('acted_on')
      .where('external_id', '=', 'JC-2')
      .executeTakeFirstOrThrow();
    expect(row.acted_on).toBe('2026-03-16');
  });
});
