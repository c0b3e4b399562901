import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { evaluateClasses } from '../src/modules/warnings/evaluation/class-evaluation.ts';
import { evaluateAll } from '../src/modules/warnings/evaluation/full-evaluation.ts';
import { noticeOpenedWarnings } from '../src/modules/warnings/evaluation/warning-notices.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { buildCase, creditCodeOf, postNdjson, sourceFor } from './exchange-fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

let t: TestApp;
const db = () => t.context.database.db;
const deps = () => ({
  db: db(),
  cases: t.context.services.cases,
  catalogue: t.context.services.catalogue,
  orgs: t.context.services.orgs,
  loadParameters: () => t.context.services.warningRules.loadResolver(),
  onReconciled: noticeOpenedWarnings,
});

async function classWarnings(rule: 'FINE_OUTLIER' | 'ZERO_ENFORCEMENT') {
  return db()
    .selectFrom('warning as w')
    .innerJoin('org as o', 'o.id', 'w.agency_org_id')
    .select(['o.name', 'w.key', 'w.status', 'w.message', 'w.facts'])
    .where('w.rule_code', '=', rule)
    .where('w.case_id', 'is', null)
    .orderBy('o.name')
    .orderBy('w.key')
    .execute();
}

let signedIn: SessionClient | undefined;
/** The provincial supervisor, signed in once (a second sign-in would need the TOTP secret again). */
async function provinceClient(): Promise<SessionClient> {
  signedIn ??= await signIn(t.app, 'sheng.jiandu', DEMO_PASSWORD);
  return signedIn;
}

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true, demoData: 'full' } });
  await seed(t.context, SYSTEM_ACTOR);
});
afterAll(() => t.close());

describe('the demo, judged as it was loaded', () => {
  it('carries warnings on a realistic share of its cases, each with its reasons', async () => {
    const cases = await db()
      .selectFrom('enforcement_case')
      .select(db().fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const flagged = await db()
      .selectFrom('warning')
      .select('case_id')
      .distinct()
      .where('status', '=', 'open')
      .where('case_id', 'is not', null)
      .execute();
    const share = flagged.length / Number(cases.n);
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.25);
    const sample = await db().selectFrom('warning').select(['message', 'basis', 'facts']).limit(20).execute();
    for (const w of sample) {
      expect(w.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(w.basis.length).toBeGreaterThan(2);
      expect(Object.keys(JSON.parse(w.facts)).length).toBeGreaterThan(0);
    }
  });
});

describe('class rules', () => {
  it('flag an agency whose average fine for an item is far from its peers, and resolve it once it is not', async () => {
    const names = [
      '和平区市场监督管理局',
      '沈河区市场监督管理局',
      '沈阳市市场监督管理局',
      '大连市市场监督管理局',
    ];
    const codes = await Promise.all(names.map((n) => creditCodeOf(t, n)));
    const token = await sourceFor(t, '市场监管罚款对比测试系统', names);
    const fines = [3000, 3100, 2900, 300000];
    const records = codes.map((code, i) =>
      buildCase(code, {
        externalId: `FO-${i}`,
        itemCode: 'ZZ-CF-9999',
        events: [
          { type: 'filed', at: '2026-06-01' },
          { type: 'notified', at: '2026-06-10' },
          { type: 'decided', at: '2026-06-20' },
        ],
        decision: { penalties: [{ type: 'fine', amount: fines[i] }], circumstance: 'general' },
      }),
    );
    expect((await postNdjson(t.app, token, records)).json().created).toBe(4);
    await evaluateClasses(deps(), { today: '2026-11-28' });
    const flagged = (await classWarnings('FINE_OUTLIER')).filter((w) => w.key === 'ZZ-CF-9999');
    expect(flagged.map((w) => w.name)).toEqual(['大连市市场监督管理局']);
    expect(flagged[0]!.message).toContain('300,000');
    expect(JSON.parse(flagged[0]!.facts)).toMatchObject({ peers: 4, itemCode: 'ZZ-CF-9999' });

    const corrected = buildCase(codes[3]!, {
      externalId: 'FO-3',
      version: 2,
      itemCode: 'ZZ-CF-9999',
      events: records[3]!.events,
      decision: { penalties: [{ type: 'fine', amount: 3050 }], circumstance: 'general' },
    });
    expect((await postNdjson(t.app, token, [corrected])).json().updated).toBe(1);
    await evaluateClasses(deps(), { today: '2026-11-28' });
    const after = (await classWarnings('FINE_OUTLIER')).filter((w) => w.key === 'ZZ-CF-9999');
    expect(after.map((w) => w.status)).toEqual(['resolved']);
  });

  it('flag an agency with catalogue items and no case in twelve months', async () => {
    await evaluateClasses(deps(), { today: '2026-11-28' });
    const zero = await classWarnings('ZERO_ENFORCEMENT');
    const open = zero.filter((w) => w.status === 'open');
    // Every flagged agency has items and no act since 2025-11-28.
    for (const w of open) {
      const facts = JSON.parse(w.facts) as { itemCount: number; lastCaseDay: string | null };
      expect(facts.itemCount).toBeGreaterThan(0);
      if (facts.lastCaseDay) expect(facts.lastCaseDay < '2025-11-28').toBe(true);
    }
    // Judged two years on, the agencies with cases only up to now are flagged too.
    await evaluateClasses(deps(), { today: '2028-12-31' });
    const later = (await classWarnings('ZERO_ENFORCEMENT')).filter((w) => w.status === 'open');
    expect(later.length).toBeGreaterThan(open.length);
  });
});

describe('backtesting a parameter before it is set', () => {
  let province: SessionClient;
  let staff: SessionClient;
  beforeAll(async () => {
    province = await provinceClient();
    staff = await signIn(t.app, 'heping.scjg', DEMO_PASSWORD);
  });

  it('counts the warnings a longer or shorter period would remove or add, with examples', async () => {
    const longer = await province.post('/api/warning-rules/PUBLICITY_OVERDUE/backtest', {
      parameters: { workingDays: 20 },
    });
    expect(longer.statusCode).toBe(200);
    const fewer = longer.json();
    expect(fewer.current).toBeGreaterThan(0);
    expect(fewer.appear).toBe(0);
    expect(fewer.disappear).toBeGreaterThan(0);
    expect(fewer.proposed).toBe(fewer.current - fewer.disappear);
    expect(fewer.examples.disappear[0]).toMatchObject({
      externalId: expect.any(String),
      agencyName: expect.any(String),
    });
    expect(fewer.examples.disappear[0].message).toContain('公示');

    const shorter = (
      await province.post('/api/warning-rules/PUBLICITY_OVERDUE/backtest', {
        parameters: { workingDays: 2 },
      })
    ).json();
    expect(shorter.appear).toBeGreaterThan(0);
    expect(shorter.disappear).toBe(0);
    expect(shorter.current).toBe(fewer.current);

    // Only one city's cases: fewer cases judged.
    const city = (
      await province.post('/api/warning-rules/PUBLICITY_OVERDUE/backtest', {
        parameters: { workingDays: 2 },
        regionCode: '210100',
      })
    ).json();
    expect(city.cases).toBeGreaterThan(0);
    expect(city.cases).toBeLessThan(shorter.cases);
  });

  it("keeps a city supervisor to the city's own cases", async () => {
    const city = await signIn(t.app, 'shenyang.jiandu', DEMO_PASSWORD);
    const body = { parameters: { workingDays: 2 } };
    const everywhere = await city.post('/api/warning-rules/PUBLICITY_OVERDUE/backtest', body);
    // Without a region: the city's own cases, not the province's.
    expect(everywhere.statusCode).toBe(200);
    expect(everywhere.json().regionCode).toBe('210100');
    const dalian = await city.post('/api/warning-rules/PUBLICITY_OVERDUE/backtest', {
      ...body,
      regionCode: '210200',
    });
    expect(dalian.statusCode).toBe(403);
    expect(dalian.json().detail).toContain('不在您的数据范围内');
    const own = await city.post('/api/warning-rules/PUBLICITY_OVERDUE/backtest', {
      ...body,
      regionCode: '210100',
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().regionCode).toBe('210100');
  });

  it('works for a class rule too', async () => {
    const result = (
      await province.post('/api/warning-rules/ZERO_ENFORCEMENT/backtest', {
        parameters: { months: 1 },
      })
    ).json();
    expect(result.appear).toBeGreaterThan(0);
    expect(result.examples.appear[0].message).toContain('个月');
  });

  it('refuses values outside the rule, rules without parameters, and people who may not configure', async () => {
    const zero = await province.post('/api/warning-rules/PUBLICITY_OVERDUE/backtest', {
      parameters: { workingDays: 0 },
    });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().detail).toMatch(/[\u4e00-\u9fa5]/);
    const unknown = await province.post('/api/warning-rules/PUBLICITY_OVERDUE/backtest', {
      parameters: { days: 3 },
    });
    expect(unknown.statusCode).toBe(400);
    const none = await province.post('/api/warning-rules/NO_PRIOR_NOTICE/backtest', { parameters: { x: 1 } });
    expect(none.json().detail).toContain('没有可调整的参数');
    expect(
      (await staff.post('/api/warning-rules/PUBLICITY_OVERDUE/backtest', { parameters: { workingDays: 9 } }))
        .statusCode,
    ).toBe(403);
  });
});

describe('parameters set for one enforcement field', () => {
  it('apply to the cases of that field only', async () => {
    const open = await db()
      .selectFrom('warning')
      .select(['id', 'field'])
      .where('rule_code', '=', 'PUBLICITY_OVERDUE')
      .where('status', '=', 'open')
      .where('field', 'is not', null)
      .orderBy('id')
      .execute();
    const field = open[0]!.field!;
    const ofField = open.filter((w) => w.field === field).map((w) => w.id);
    const others = open.filter((w) => w.field !== field).map((w) => w.id);
    expect(others.length).toBeGreaterThan(0);
    const set = await (await provinceClient()).post('/api/warning-rules/PUBLICITY_OVERDUE/parameters', {
      key: 'workingDays',
      regionCode: '210000',
      field,
      value: 60,
      effectiveFrom: '2020-01-01',
      reason: '该领域公示系统改造期间放宽公示期限 (测试)',
    });
    if (set.statusCode !== 200 && set.statusCode !== 201) throw new Error(set.body);
    await evaluateAll(
      {
        db: db(),
        cases: t.context.services.cases,
        services: t.context.services,
        calendar: t.context.calendar,
        loadParameters: () => t.context.services.warningRules.loadResolver(),
        onReconciled: noticeOpenedWarnings,
      },
      { today: '2026-11-28' },
    );
    const statuses = async (ids: string[]) =>
      (await db().selectFrom('warning').select('status').where('id', 'in', ids).execute()).map(
        (w) => w.status,
      );
    expect(new Set(await statuses(others))).toEqual(new Set(['open']));
    expect((await statuses(ofField)).filter((s) => s === 'resolved').length).toBeGreaterThan(0);
  });
});

// The full demo is loaded once for this file; its supervision matters are checked here too.
describe("the demo's supervision matters", () => {
  it('holds matters at every stage, each with its history, notices and documents', async () => {
    const matters = await db()
      .selectFrom('matter')
      .innerJoin('org', 'org.id', 'matter.org_id')
      .select(['matter.id', 'matter.status', 'matter.due_on', 'org.name'])
      // Those the demo's complaints opened are checked with the complaints (cases-demo.test.ts).
      .where('matter.origin', '!=', 'complaint')
      .orderBy('matter.opened_on')
      .execute();
    expect(matters.map((m) => m.status).sort()).toEqual(
      // Seven from the matters demo, one opened from the 2025 case-file review's 不合格 file.
      ['closed', 'investigating', 'open', 'open', 'open', 'rectifying', 'rectifying', 'verifying'].sort(),
    );
    const client = await provinceClient();
    const closed = (
      await client.get(`/api/matters/${matters.find((m) => m.status === 'closed')!.id}`)
    ).json();
    expect(closed.history.map((h: { kind: string }) => h.kind)).toEqual([
      'opened',
      'assigned',
      'recorded',
      'notice_issued',
      'notice_delivered',
      'notice_read',
      'plan_submitted',
      'report_submitted',
      'report_accepted',
      'closed',
    ]);
    expect(closed.openedOn < closed.closedOn).toBe(true);
    const pdf = await client.get(`/api/notices/${closed.notices[0].id}/document.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const desk = (await client.get('/api/matters/desk')).json();
    expect(desk.counts.overdue).toBe(1);
    expect(desk.counts.objections).toBe(1);
    const overdue = (await client.get(`/api/matters/${desk.overdue[0].id}`)).json();
    expect(overdue.history.map((h: { kind: string }) => h.kind)).toEqual(
      expect.arrayContaining(['due_soon', 'overdue', 'escalation_due', 'escalated']),
    );
  });

  it("holds the year's plans and campaigns, a campaign problem having become a matter", async () => {
    const client = await provinceClient();
    const plans = (await client.get('/api/supervision-plans?year=2026')).json();
    expect(plans.map((p: { orgName: string; status: string }) => `${p.orgName} ${p.status}`).sort()).toEqual([
      '和平区司法局 reviewed',
      '沈阳市司法局 published',
    ]);
    const campaigns = (await client.get('/api/campaigns')).json();
    expect(campaigns.map((c: { status: string }) => c.status).sort()).toEqual(['active', 'finished']);
    const finished = (
      await client.get(
        `/api/campaigns/${campaigns.find((c: { status: string }) => c.status === 'finished').id}`,
      )
    ).json();
    expect(finished.findings.filter((f: { matterId: string | null }) => f.matterId)).toHaveLength(1);
  });
});
