import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { evaluateAll } from '../src/modules/warnings/evaluation/full-evaluation.ts';
import { noticeOpenedWarnings } from '../src/modules/warnings/evaluation/warning-notices.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { newId } from '../src/platform/ids.ts';
import { seed } from '../src/seed.ts';
import { buildCase, creditCodeOf, postNdjson, sourceFor } from './exchange-fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { signIn } from './session-client.ts';

let t: TestApp;
let heping: string;
let token: string;
const db = () => t.context.database.db;

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  heping = await creditCodeOf(t, '和平区市场监督管理局');
  token = await sourceFor(t, '和平区市场监管执法办案系统', ['和平区市场监督管理局']);
});
afterAll(() => t.close());

async function send(record: Record<string, unknown>) {
  const response = await postNdjson(t.app, token, [record]);
  expect(response.statusCode).toBe(200);
  await t.context.services.cases.derivePending();
}

async function warningsOf(externalId: string) {
  return db()
    .selectFrom('warning as w')
    .innerJoin('enforcement_case as c', 'c.id', 'w.case_id')
    .select(['w.id', 'w.rule_code', 'w.status', 'w.message', 'w.case_version', 'w.facts'])
    .where('c.external_id', '=', externalId)
    .orderBy('w.rule_code')
    .orderBy('w.key')
    .execute();
}

const fullDeps = () => ({
  db: db(),
  cases: t.context.services.cases,
  services: t.context.services,
  calendar: t.context.calendar,
  loadParameters: () => t.context.services.warningRules.loadResolver(),
  onReconciled: noticeOpenedWarnings,
});

describe('the warning engine', () => {
  it('judges a case as soon as it is derived, and says why', async () => {
    await send(buildCase(heping, { externalId: 'W-1', officers: ['21010226000001'] }));
    const found = await warningsOf('W-1');
    const tooFew = found.find((w) => w.rule_code === 'TOO_FEW_OFFICERS');
    expect(tooFew).toMatchObject({ status: 'open', case_version: 1 });
    expect(tooFew!.message).toContain('1');
    expect(found.map((w) => w.rule_code)).toContain('PUBLICITY_OVERDUE');

    // The source reads them back with the case (spec "Reading back").
    const back = await t.app.inject({
      method: 'GET',
      url: '/api/exchange/v1/cases/W-1',
      headers: { authorization: `Bearer ${token}` },
    });
    const refs = back.json().warnings as { ruleCode: string; status: string; message: string }[];
    expect(refs.find((w) => w.ruleCode === 'TOO_FEW_OFFICERS')).toMatchObject({
      status: 'open',
      message: tooFew!.message,
    });

    // The console's case list finds it among the cases with warnings.
    const supervisor = await signIn(t.app, 'heping.jiandu', DEMO_PASSWORD);
    const listed = (await supervisor.get('/api/cases?hasWarnings=true')).json();
    expect(listed.items.map((c: { externalId: string }) => c.externalId)).toContain('W-1');
  });

  it('tells the agency and its supervising justice bureau', async () => {
    const notices = await db()
      .selectFrom('notification as n')
      .innerJoin('org as o', 'o.id', 'n.org_id')
      .select(['o.name', 'n.title', 'n.body'])
      .where('n.kind', '=', 'warning.opened')
      .orderBy('o.name')
      .execute();
    const names = notices.map((n) => n.name);
    expect(names).toContain('和平区市场监督管理局');
    expect(names).toContain('和平区司法局');
    expect(notices.find((n) => n.name === '和平区司法局')!.body).toContain('执法人员不足两人 1 条');
  });

  it('tells the supervising justice bureau of an agency set up after the org tree was read', async () => {
    // The notices above read the org tree; an agency added now is still found under its bureau.
    const bureau = await db()
      .selectFrom('org')
      .select(['id', 'path', 'depth', 'region_code'])
      .where('name', '=', '和平区司法局')
      .executeTakeFirstOrThrow();
    const id = newId();
    const now = new Date().toISOString();
    await db()
      .insertInto('org')
      .values({
        id,
        parent_id: bureau.id,
        path: `${bureau.path}${id}/`,
        depth: bureau.depth + 1,
        name: '和平区新设执法局',
        short_name: null,
        kind: 'agency',
        region_code: bureau.region_code,
        credit_code: null,
        status: 'active',
        sort_order: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db()
      .transaction()
      .execute((trx) =>
        noticeOpenedWarnings(trx, {
          opened: [
            {
              id: newId(),
              caseId: null,
              agencyOrgId: id,
              regionCode: bureau.region_code,
              ruleCode: 'TOO_FEW_OFFICERS',
              severity: 'high',
              message: '只有1名执法人员',
            },
          ],
          updated: 0,
          unchanged: 0,
          resolved: 0,
        }),
      );
    const notices = await db()
      .selectFrom('notification')
      .select(['org_id', 'title'])
      .where('kind', '=', 'warning.opened')
      .where('title', '=', '辖区新增监督预警 1 条')
      .where('created_at', '>=', now)
      .orderBy('id')
      .execute();
    expect(notices.map((n) => n.org_id)).toContain(bureau.id);
  });

  it('resolves a warning when a new version fixes the defect, and keeps both in its history', async () => {
    const before = (await warningsOf('W-1')).find((w) => w.rule_code === 'TOO_FEW_OFFICERS')!;
    const fixed = buildCase(heping, {
      externalId: 'W-1',
      version: 2,
      officers: ['21010226000001', '21010226000002'],
    });
    (fixed.events as object[]).push({ type: 'published', at: '2026-09-30' });
    await send(fixed);
    const after = await warningsOf('W-1');
    expect(after.find((w) => w.id === before.id)).toMatchObject({ status: 'resolved' });
    expect(after.find((w) => w.rule_code === 'PUBLICITY_OVERDUE')).toMatchObject({ status: 'resolved' });
    const history = await db()
      .selectFrom('warning_event')
      .select(['kind', 'to_status', 'case_version'])
      .where('warning_id', '=', before.id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(history).toEqual([
      { kind: 'found', to_status: 'open', case_version: 1 },
      { kind: 'resolved', to_status: 'resolved', case_version: 2 },
    ]);
  });

  it('judges every case again in the nightly pass, against the day it runs', async () => {
    // Decided on Friday 2026-11-20: to be published within 7 working days, by 2026-12-01.
    const recent = buildCase(heping, { externalId: 'W-2' });
    recent.events = [
      { type: 'filed', at: '2026-11-02' },
      { type: 'notified', at: '2026-11-10' },
      { type: 'decided', at: '2026-11-20' },
    ];
    await send(recent);
    const onTime = await evaluateAll(fullDeps(), { today: '2026-12-01' });
    expect(onTime.cases).toBeGreaterThanOrEqual(2);
    expect((await warningsOf('W-2')).map((w) => w.rule_code)).not.toContain('PUBLICITY_OVERDUE');

    const late = await evaluateAll(fullDeps(), { today: '2026-12-02' });
    expect(late.opened).toBeGreaterThanOrEqual(1);
    const overdue = (await warningsOf('W-2')).find((w) => w.rule_code === 'PUBLICITY_OVERDUE');
    expect(overdue).toMatchObject({ status: 'open' });
    expect(overdue!.message).toContain('2026-12-01');

    // A second pass on the same day changes nothing.
    const again = await evaluateAll(fullDeps(), { today: '2026-12-02' });
    expect(again).toMatchObject({ opened: 0, resolved: 0 });
  });
});
