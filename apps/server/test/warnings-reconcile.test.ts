import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import {
  reconcileCaseWarnings,
  reconcileClassWarnings,
  reconcileManyCases,
} from '../src/modules/warnings/warning-reconcile.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import type { Db } from '../src/platform/db/tables.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';
import { findingOf, insertCase, orgNamed } from './warnings-fixtures.ts';

let t: TestApp;
let db: Db;
let heping: SessionClient;
let scjg: { id: string; regionCode: string };

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  db = t.context.database.db;
  scjg = await orgNamed(db, '和平区市场监督管理局');
  heping = await signIn(t.app, 'heping.jiandu', DEMO_PASSWORD);
});
afterAll(() => t.close());

const overdue = (days: number) =>
  findingOf('PUBLICITY_OVERDUE', `处罚决定作出后已超过${days}个工作日未公示`, {
    decidedOn: '2026-09-24',
    days,
  });
const officer = (number: string) =>
  findingOf('OFFICER_NOT_CERTIFIED', `执法人员 ${number} 无有效执法证`, { certificate: number }, number);

function evaluate(caseId: string, caseVersion: number, findings: ReturnType<typeof findingOf>[]) {
  return db.transaction().execute((trx) =>
    reconcileCaseWarnings(trx, {
      caseId,
      caseVersion,
      agencyOrgId: scjg.id,
      regionCode: scjg.regionCode,
      field: 'market',
      findings,
    }),
  );
}

const warningsOf = (caseId: string) =>
  db
    .selectFrom('warning')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('first_found_at')
    .orderBy('id')
    .execute();

describe('reconciling one case', () => {
  it('opens new findings, leaves them alone when found again, and records a changed message', async () => {
    const caseId = await insertCase(db, scjg, 'RC-1');
    const first = await evaluate(caseId, 1, [overdue(7), officer('21010226000009')]);
    expect(first.opened.map((w) => w.ruleCode).sort()).toEqual([
      'OFFICER_NOT_CERTIFIED',
      'PUBLICITY_OVERDUE',
    ]);
    const rows = await warningsOf(caseId);
    expect(rows.map((r) => r.status)).toEqual(['open', 'open']);
    expect(rows[0]).toMatchObject({
      agency_org_id: scjg.id,
      region_code: '210102',
      field: 'market',
      case_version: 1,
    });

    const again = await evaluate(caseId, 2, [overdue(7), officer('21010226000009')]);
    expect(again).toEqual({ opened: [], updated: 0, unchanged: 2, resolved: 0 });
    const after = await warningsOf(caseId);
    expect(after.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(after.every((r) => r.case_version === 2)).toBe(true);
    expect(
      await db
        .selectFrom('warning_event')
        .select('kind')
        .where(
          'warning_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute(),
    ).toHaveLength(2);

    const changed = await evaluate(caseId, 3, [overdue(9), officer('21010226000009')]);
    expect(changed).toMatchObject({ opened: [], updated: 1, unchanged: 1 });
    const publicity = (await warningsOf(caseId)).find((r) => r.rule_code === 'PUBLICITY_OVERDUE')!;
    expect(publicity.message).toBe('处罚决定作出后已超过9个工作日未公示');
    expect(JSON.parse(publicity.facts)).toEqual({ decidedOn: '2026-09-24', days: 9 });
  });

  it('resolves a warning the new version no longer meets, with both steps in its history', async () => {
    const caseId = await insertCase(db, scjg, 'RC-2');
    const [opened] = (await evaluate(caseId, 1, [overdue(7)])).opened;
    const fixed = await evaluate(caseId, 2, []);
    expect(fixed).toMatchObject({ opened: [], resolved: 1 });
    const detail = (await heping.get(`/api/warnings/${opened!.id}`)).json();
    expect(detail.summary.status).toBe('resolved');
    expect(detail.resolvedAt).not.toBeNull();
    expect(
      detail.history.map((e: { kind: string; toStatus: string; caseVersion: number }) => [
        e.kind,
        e.toStatus,
        e.caseVersion,
      ]),
    ).toEqual([
      ['found', 'open', 1],
      ['resolved', 'resolved', 2],
    ]);
    // Found again later, it is a new warning; the resolved one stays as it was.
    const back = await evaluate(caseId, 3, [overdue(7)]);
    expect(back.opened).toHaveLength(1);
    expect(back.opened[0]!.id).not.toBe(opened!.id);
    expect((await warningsOf(caseId)).map((r) => r.status)).toEqual(['resolved', 'open']);
  });

  it('keeps a dismissed warning dismissed whether or not it is found again', async () => {
    const caseId = await insertCase(db, scjg, 'RC-3');
    const [opened] = (await evaluate(caseId, 1, [overdue(7)])).opened;
    const dismissed = await heping.post(`/api/warnings/${opened!.id}/dismiss`, {
      reason: 'justified',
      note: '已在政府网站公示, 数据未同步',
    });
    expect(dismissed.statusCode).toBe(200);
    expect(await evaluate(caseId, 2, [overdue(8)])).toMatchObject({ opened: [], updated: 1 });
    expect(await evaluate(caseId, 3, [])).toMatchObject({ resolved: 0 });
    const rows = await warningsOf(caseId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'dismissed', dismiss_reason: 'justified' });
  });
});

describe('reconciling in bulk', () => {
  it('handles a batch of cases in one call, then resolves what the next pass no longer finds', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 300; i++) ids.push(await insertCase(db, scjg, `BULK-${i}`));
    const batch = (version: number, fixed: (i: number) => boolean) =>
      ids.map((caseId, i) => ({
        caseId,
        caseVersion: version,
        agencyOrgId: scjg.id,
        regionCode: scjg.regionCode,
        field: 'market' as const,
        findings: fixed(i) ? [officer('21010226000001')] : [overdue(7), officer('21010226000001')],
      }));
    const first = await db.transaction().execute((trx) =>
      reconcileManyCases(
        trx,
        batch(1, () => false),
      ),
    );
    expect(first.opened).toHaveLength(600);
    const second = await db.transaction().execute((trx) =>
      reconcileManyCases(
        trx,
        batch(2, (i) => i % 2 === 0),
      ),
    );
    expect(second).toMatchObject({ opened: [], updated: 0, unchanged: 450, resolved: 150 });
    const statuses = await db
      .selectFrom('warning')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('case_id', 'in', ids)
      .groupBy('status')
      .orderBy('status')
      .execute();
    expect(statuses.map((s) => [s.status, Number(s.n)])).toEqual([
      ['open', 450],
      ['resolved', 150],
    ]);
  });
});

describe('class warnings', () => {
  it('are kept per agency and rule, and resolved when the agency is no longer found', async () => {
    const cgzf = await orgNamed(db, '和平区城市管理综合行政执法局');
    const zero = (agency: { id: string; regionCode: string }) => ({
      agencyOrgId: agency.id,
      regionCode: agency.regionCode,
      finding: findingOf('ZERO_ENFORCEMENT', '近12个月无执法案件', { months: 12 }),
    });
    const first = await db
      .transaction()
      .execute((trx) => reconcileClassWarnings(trx, 'ZERO_ENFORCEMENT', [zero(scjg), zero(cgzf)]));
    expect(first.opened).toHaveLength(2);
    const second = await db
      .transaction()
      .execute((trx) => reconcileClassWarnings(trx, 'ZERO_ENFORCEMENT', [zero(cgzf)]));
    expect(second).toMatchObject({ opened: [], unchanged: 1, resolved: 1 });
    const list = (await heping.get('/api/warnings?ruleCode=ZERO_ENFORCEMENT&status=open')).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ case: null, agency: { name: '和平区城市管理综合行政执法局' } });
    await expect(
      db.transaction().execute((trx) => reconcileClassWarnings(trx, 'FINE_OUTLIER', [zero(cgzf)])),
    ).rejects.toThrow('混入了规则 ZERO_ENFORCEMENT');
  });
});
