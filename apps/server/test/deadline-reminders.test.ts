import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { buildCase, creditCodeOf, postNdjson, sourceFor } from './exchange-fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
let caseId: string;
let heping: string;
let token: string;
const db = () => t.context.database.db;

async function noticesOfCase() {
  return db()
    .selectFrom('notification')
    .select(['title', 'body', 'kind'])
    .where('link', '=', `/cases/${caseId}`)
    .orderBy('title')
    .execute();
}

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  heping = await creditCodeOf(t, '和平区市场监督管理局');
  token = await sourceFor(t, '和平区市场监管执法办案系统', ['和平区市场监督管理局']);
  // Decided on 2026-09-24: publicity and service are due on 2026-10-12, across National Day.
  const response = await postNdjson(t.app, token, [buildCase(heping, { externalId: 'REMIND-1' })]);
  expect(response.json().created).toBe(1);
  await t.context.services.cases.derivePending();
  const row = await db()
    .selectFrom('enforcement_case')
    .select('id')
    .where('external_id', '=', 'REMIND-1')
    .executeTakeFirstOrThrow();
  caseId = row.id;
});
afterAll(() => t.close());

describe('deadline reminders', () => {
  it('count working days on the official calendar, holidays out and the make-up Saturday in', async () => {
    // On 10-07 (last day of the holiday) four working days are left: 10-08, 10-09, 10-10 (Sat), 10-12.
    expect(await t.context.services.cases.remindDeadlines(() => 3, '2026-10-07')).toEqual({ reminded: 0 });
    expect(await noticesOfCase()).toEqual([]);
    expect(await t.context.services.cases.remindDeadlines(() => 3, '2026-10-08')).toEqual({ reminded: 2 });
    const notices = await noticesOfCase();
    expect(notices.map((n) => n.title)).toEqual(['公示期限还剩3个工作日', '送达期限还剩3个工作日']);
    expect(notices[0]!.body).toContain('案件 REMIND-1"销售过期食品案"的公示期限将于2026-10-12届满');
    expect(notices[0]!.kind).toBe('case.deadline');
  });

  it('remind once however often the pass runs', async () => {
    expect(await t.context.services.cases.remindDeadlines(() => 3, '2026-10-09')).toEqual({ reminded: 0 });
    expect(await noticesOfCase()).toHaveLength(2);
  });

  it('follow the region lead time an administrator set', async () => {
    await db().deleteFrom('notification').where('link', '=', `/cases/${caseId}`).execute();
    expect(await t.context.services.cases.remindDeadlines(() => 1, '2026-10-09')).toEqual({ reminded: 0 });
    expect(await t.context.services.cases.remindDeadlines(() => 1, '2026-10-10')).toEqual({ reminded: 2 });
    expect((await noticesOfCase()).map((n) => n.title)).toEqual([
      '公示期限还剩1个工作日',
      '送达期限还剩1个工作日',
    ]);
  });

  it('leave out duties already met, and take up those a new stage starts', async () => {
    const served = buildCase(heping, { externalId: 'REMIND-1', version: 2 });
    (served.events as object[]).push({ type: 'served', at: '2026-09-25' });
    expect((await postNdjson(t.app, token, [served])).json().updated).toBe(1);
    await t.context.services.cases.derivePending();
    await db().deleteFrom('notification').where('link', '=', `/cases/${caseId}`).execute();
    // Served on 09-25: no service reminder; the fine is due 15 calendar days later, on 10-10.
    expect(await t.context.services.cases.remindDeadlines(() => 3, '2026-10-08')).toEqual({ reminded: 2 });
    expect((await noticesOfCase()).map((n) => n.title)).toEqual([
      '公示期限还剩3个工作日',
      '缴纳罚款期限还剩2个工作日',
    ]);
  });
});
