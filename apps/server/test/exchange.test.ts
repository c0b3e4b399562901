import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import {
  buildCase,
  creditCode,
  creditCodeOf,
  PERSON_ID,
  postNdjson,
  sourceFor,
} from './exchange-fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
let token: string;
let heping: string; // 和平区市场监督管理局, in the token's orgs
let shenhe: string; // 沈河区市场监督管理局, registered but not in the token's orgs
const db = () => t.context.database.db;

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  heping = await creditCodeOf(t, '和平区市场监督管理局');
  shenhe = await creditCodeOf(t, '沈河区市场监督管理局');
  token = await sourceFor(t, '和平区市场监管执法办案系统', ['和平区市场监督管理局']);
});
afterAll(() => t.close());

async function counts() {
  const cases = await db()
    .selectFrom('enforcement_case')
    .select(db().fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const versions = await db()
    .selectFrom('case_version')
    .select(db().fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { cases: Number(cases.n), versions: Number(versions.n) };
}

describe('POST /api/exchange/v1/cases', () => {
  it('stores good records, rejects bad ones with their line, and a replay changes nothing', async () => {
    const lines = [
      buildCase(heping, { externalId: 'A-1' }),
      buildCase(heping, {
        externalId: 'A-2',
        party: {
          type: 'organization',
          name: '沈阳市和平区鑫达餐饮有限公司',
          creditCode: creditCode('91', '210102', 'MA0XK3T2'),
        },
      }),
      '{"externalId": "A-3", "version": 1,',
      buildCase(heping, { externalId: 'A-4', events: [{ type: 'filed', at: '2026-13-01' }] }),
    ];
    const first = await postNdjson(t.app, token, lines);
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body).toMatchObject({ received: 4, created: 2, updated: 0, unchanged: 0, stale: 0, rejected: 2 });
    expect(body.results[0]).toEqual({ line: 1, externalId: 'A-1', status: 'created' });
    expect(body.results[2]).toMatchObject({ line: 3, externalId: null, status: 'rejected' });
    expect(body.results[2].errors[0].code).toBe('INVALID_JSON');
    expect(body.results[2].errors[0].message).toContain('第 3 条不是合法的 JSON');
    expect(body.results[3]).toMatchObject({ line: 4, externalId: 'A-4', status: 'rejected' });
    expect(body.results[3].errors).toEqual([
      { path: 'events[0].at', code: 'INVALID_DATE', message: '立案日期格式错误: 2026-13-01' },
    ]);
    const before = await counts();
    expect(before).toEqual({ cases: 2, versions: 2 });

    const replay = await postNdjson(t.app, token, lines);
    expect(replay.json()).toMatchObject({ received: 4, created: 0, updated: 0, unchanged: 2, rejected: 2 });
    expect(await counts()).toEqual(before);
  });

  it('keeps every version: higher updates, equal with other content conflicts, lower is stale', async () => {
    const v1 = buildCase(heping, { externalId: 'B-1' });
    expect((await postNdjson(t.app, token, [v1])).json().created).toBe(1);
    const v2 = buildCase(heping, {
      externalId: 'B-1',
      version: 2,
      events: [...(v1.events as object[]), { type: 'served', at: '2026-09-25' }],
    });
    const conflict = buildCase(heping, { externalId: 'B-1', version: 2, title: '另一案由' });
    const stale = buildCase(heping, { externalId: 'B-1', version: 1, title: '旧版本' });
    const res = (await postNdjson(t.app, token, [v2, conflict, stale])).json();
    expect(res.results.map((r: { status: string }) => r.status)).toEqual(['updated', 'rejected', 'stale']);
    expect(res.results[1].errors[0]).toMatchObject({ path: 'version', code: 'VERSION_CONFLICT' });

    const row = await db()
      .selectFrom('enforcement_case')
      .selectAll()
      .where('external_id', '=', 'B-1')
      .executeTakeFirstOrThrow();
    expect(row.version).toBe(2);
    const versions = await db()
      .selectFrom('case_version')
      .select(['version'])
      .where('case_id', '=', row.id)
      .orderBy('version')
      .execute();
    expect(versions.map((v) => v.version)).toEqual([1, 2]);

    const read = await t.app.inject({
      url: '/api/exchange/v1/cases/B-1',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ externalId: 'B-1', version: 2, title: '销售过期食品案' });
    expect(read.json().events).toHaveLength(4);
  });

  it('creates and updates one case within one batch in order', async () => {
    const res = (
      await postNdjson(t.app, token, [
        buildCase(heping, { externalId: 'C-1' }),
        buildCase(heping, { externalId: 'C-1', version: 3, title: '第三版' }),
        buildCase(heping, { externalId: 'C-1', version: 2 }),
      ])
    ).json();
    expect(res.results.map((r: { status: string }) => r.status)).toEqual(['created', 'updated', 'stale']);
    const row = await db()
      .selectFrom('enforcement_case')
      .selectAll()
      .where('external_id', '=', 'C-1')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ version: 3, title: '第三版' });
  });

  it('rejects agencies that are unknown or outside the token, naming the code', async () => {
    const unknown = creditCode('11', '210102', 'MB123456');
    const res = (
      await postNdjson(t.app, token, [
        buildCase(shenhe, { externalId: 'D-1' }),
        buildCase(unknown, { externalId: 'D-2' }),
      ])
    ).json();
    expect(res.rejected).toBe(2);
    expect(res.results[0].errors[0]).toMatchObject({ path: 'agencyCreditCode', code: 'AGENCY_OUT_OF_SCOPE' });
    expect(res.results[1].errors[0]).toMatchObject({ path: 'agencyCreditCode', code: 'UNKNOWN_AGENCY' });
    expect(res.results[1].errors[0].message).toContain(unknown);
    const stored = await db()
      .selectFrom('enforcement_case')
      .select('id')
      .where('external_id', 'in', ['D-1', 'D-2'])
      .execute();
    expect(stored).toEqual([]);
  });

  it('gives every field error its code, path and a Chinese message', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ itemCode: undefined }, 'itemCode', 'REQUIRED'],
      [{ version: '2' }, 'version', 'INVALID_TYPE'],
      [{ version: 0 }, 'version', 'INVALID_VERSION'],
      [{ kind: 'fine' }, 'kind', 'INVALID_VALUE'],
      [{ procedure: undefined }, 'procedure', 'REQUIRED'],
      [{ title: '案'.repeat(201) }, 'title', 'TOO_LONG'],
      [{ officers: [] }, 'officers', 'TOO_SHORT'],
      [{ officers: Array.from({ length: 51 }, (_, i) => `NO-${i}`) }, 'officers', 'TOO_MANY'],
      [{ agencyCreditCode: '91210102MA0XK3T210' }, 'agencyCreditCode', 'INVALID_CREDIT_CODE'],
      [
        { party: { type: 'person', name: '王秀英', idNumber: '210102198503151230' } },
        'party.idNumber',
        'INVALID_ID_NUMBER',
      ],
      [{ party: { type: 'robot', name: 'x' } }, 'party.type', 'INVALID_VALUE'],
      [
        { decision: { penalties: [{ type: 'fine', amount: 10.005 }] } },
        'decision.penalties[0].amount',
        'INVALID_AMOUNT',
      ],
      [{ decision: { penalties: [{ type: 'fine' }] } }, 'decision.penalties[0].amount', 'REQUIRED'],
      [
        { evidence: [{ kind: 'photo', sha256: 'xyz', capturedAt: '2026-09-02' }] },
        'evidence[0].sha256',
        'INVALID_HASH',
      ],
      [{ violationEndedAt: '2026-02-30' }, 'violationEndedAt', 'INVALID_DATE'],
      [{ events: [{ type: 'legal_review', at: '2026-09-20' }] }, 'events[0].reviewer', 'REQUIRED'],
    ];
    const lines = cases.map(([override], i) => buildCase(heping, { externalId: `E-${i}`, ...override }));
    lines.push(JSON.stringify([1, 2]) as unknown as Record<string, unknown>);
    const res = (await postNdjson(t.app, token, lines)).json();
    expect(res.rejected).toBe(cases.length + 1);
    cases.forEach(([, path, code], i) => {
      const errors = res.results[i].errors as { path: string; code: string; message: string }[];
      const match = errors.find((e) => e.path === path);
      expect(match, `${code} at ${path}: ${JSON.stringify(errors)}`).toBeDefined();
      expect(match!.code).toBe(code);
      expect(match!.message).toMatch(/[\u4e00-\u9fa5]/);
    });
    expect(res.results[cases.length].errors[0].code).toBe('NOT_AN_OBJECT');
  });

  it('stores each case once when two requests send the same new cases at the same time', async () => {
    const before = await counts();
    const lines = Array.from({ length: 1_200 }, (_, i) => buildCase(heping, { externalId: `SAME-${i}` }));
    const [a, b] = await Promise.all([postNdjson(t.app, token, lines), postNdjson(t.app, token, lines)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    // Whichever came second found every case already stored.
    const created = [a.json().created, b.json().created].sort((x, y) => x - y);
    const unchanged = [a.json().unchanged, b.json().unchanged].sort((x, y) => x - y);
    expect(created).toEqual([0, 1_200]);
    expect(unchanged).toEqual([0, 1_200]);
    expect(await counts()).toEqual({ cases: before.cases + 1_200, versions: before.versions + 1_200 });
  }, 60_000);

  it('accepts a JSON array with the same results, numbering elements from 1', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/exchange/v1/cases',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: `[\n ${JSON.stringify(buildCase(heping, { externalId: 'F-1', title: '含"引号"和[括号]的案由' }))},\n {"bad": }, ${JSON.stringify(buildCase(heping, { externalId: 'F-2' }))}\n]`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().results).toMatchObject([
      { line: 1, externalId: 'F-1', status: 'created' },
      { line: 2, status: 'rejected', errors: [{ code: 'INVALID_JSON' }] },
      { line: 3, externalId: 'F-2', status: 'created' },
    ]);
  });

  it('refuses a request over the limits with 413 and says the limits', async () => {
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/exchange/v1/cases',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/x-ndjson',
        'content-length': String(51 * 1024 * 1024),
      },
      payload: '',
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().detail).toContain('10,000 条记录或 50 MB');

    const line = JSON.stringify({ externalId: 'x' });
    const many = await t.app.inject({
      method: 'POST',
      url: '/api/exchange/v1/cases',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
      payload: Array.from({ length: 10_001 }, () => line).join('\n'),
    });
    expect(many.statusCode).toBe(413);
    expect(many.json().detail).toContain('10,000 条记录');
  }, 60_000);

  it('needs a valid token', async () => {
    const none = await t.app.inject({ method: 'POST', url: '/api/exchange/v1/cases', payload: '' });
    expect(none.statusCode).toBe(401);
    const wrong = await postNdjson(t.app, 'jds_not-a-token', [buildCase(heping)]);
    expect(wrong.statusCode).toBe(401);
  });
});

describe('stored cases', () => {
  it("keep a person's identity out of the readable columns and give it back whole to the source", async () => {
    await postNdjson(t.app, token, [buildCase(heping, { externalId: 'G-1' })]);
    const row = await db()
      .selectFrom('enforcement_case')
      .selectAll()
      .where('external_id', '=', 'G-1')
      .executeTakeFirstOrThrow();
    const version = await db()
      .selectFrom('case_version')
      .selectAll()
      .where('case_id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(row.party_name).toBe('王*英');
    expect(JSON.stringify(row)).not.toContain(PERSON_ID);
    expect(version.content).not.toContain(PERSON_ID);
    expect(version.content).not.toContain('王秀英');
    expect(version.party_secret).toMatch(/^v1\./);
    const read = await t.app.inject({
      url: '/api/exchange/v1/cases/G-1',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(read.json().party).toEqual({ type: 'person', name: '王秀英', idNumber: PERSON_ID });
  });

  it('read back with the deadlines of the spec, computed on the official calendar', async () => {
    await postNdjson(t.app, token, [buildCase(heping, { externalId: 'H-1' })]);
    const read = (
      await t.app.inject({ url: '/api/exchange/v1/cases/H-1', headers: { authorization: `Bearer ${token}` } })
    ).json();
    const byCode = Object.fromEntries(read.deadlines.map((d: { code: string }) => [d.code, d]));
    // The spec's own example: decided 2026-09-24, publish by 2026-10-12 (National Day in between).
    expect(byCode.PUBLICITY_DUE).toMatchObject({
      due: '2026-10-12',
      basis: '国办发〔2018〕118号: 7个工作日',
    });
    expect(byCode.DECISION_DUE).toMatchObject({
      due: '2026-11-30',
      derivation: { start: '2026-09-01', startEvent: 'filed', amount: 90, unit: 'calendar' },
    });
    expect(byCode.SERVICE_DUE.derivation).toMatchObject({
      startEvent: 'decided',
      amount: 7,
      unit: 'working',
    });
    // Not served yet, so no payment deadline; a 3,000 yuan fine on a person is not hearing-eligible.
    expect(byCode.PAYMENT_DUE).toBeUndefined();
    expect(byCode.HEARING_REQUEST_UNTIL).toBeUndefined();
    expect(read.warnings).toEqual([]);
  });

  it("are not visible to another source's token", async () => {
    const other = await sourceFor(t, '和平区另一系统', ['和平区市场监督管理局']);
    const read = await t.app.inject({
      url: '/api/exchange/v1/cases/H-1',
      headers: { authorization: `Bearer ${other}` },
    });
    expect(read.statusCode).toBe(404);
  });
});

describe('stored deadlines', () => {
  const deadlines = async (externalId: string) => {
    const row = await db()
      .selectFrom('enforcement_case')
      .select(['id', 'derived_version'])
      .where('external_id', '=', externalId)
      .executeTakeFirstOrThrow();
    const list = await db()
      .selectFrom('case_deadline')
      .selectAll()
      .where('case_id', '=', row.id)
      .orderBy('code')
      .execute();
    return { derivedVersion: row.derived_version, byCode: Object.fromEntries(list.map((d) => [d.code, d])) };
  };

  it('follow the newest version once derived: met duties carry their day, new ones appear', async () => {
    await postNdjson(t.app, token, [buildCase(heping, { externalId: 'J-1' })]);
    expect((await deadlines('J-1')).derivedVersion).toBeNull();
    await t.context.services.cases.derivePending();
    const first = await deadlines('J-1');
    expect(first.derivedVersion).toBe(1);
    expect(first.byCode.PUBLICITY_DUE).toMatchObject({ due: '2026-10-12', met_on: null, provisional: 0 });
    expect(first.byCode.SERVICE_DUE).toMatchObject({ met_on: null });
    expect(first.byCode.PAYMENT_DUE).toBeUndefined();

    const v2 = buildCase(heping, {
      externalId: 'J-1',
      version: 2,
      events: [
        { type: 'filed', at: '2026-09-01' },
        { type: 'notified', at: '2026-09-15' },
        { type: 'decided', at: '2026-09-24' },
        { type: 'served', at: '2026-09-25' },
        { type: 'published', at: '2026-09-29' },
      ],
    });
    await postNdjson(t.app, token, [v2]);
    expect((await deadlines('J-1')).derivedVersion).toBeNull();
    await t.context.services.cases.derivePending();
    const second = await deadlines('J-1');
    expect(second.derivedVersion).toBe(2);
    expect(second.byCode.SERVICE_DUE!.met_on).toBe('2026-09-25');
    expect(second.byCode.PUBLICITY_DUE!.met_on).toBe('2026-09-29');
    // Served 2026-09-25: 15 calendar days end on 10-10, a make-up working Saturday, so no roll-forward.
    expect(second.byCode.PAYMENT_DUE).toMatchObject({ due: '2026-10-10', met_on: null });
    expect(JSON.parse(second.byCode.PAYMENT_DUE!.derivation)).toMatchObject({
      startEvent: 'served',
      amount: 15,
    });
  });

  it('reaching a year whose holidays are not loaded are provisional, and recomputed once it is', async () => {
    const late = buildCase(heping, {
      externalId: 'J-2',
      events: [
        { type: 'filed', at: '2026-12-01' },
        { type: 'notified', at: '2026-12-10' },
        { type: 'decided', at: '2026-12-28' },
      ],
    });
    await postNdjson(t.app, token, [late]);
    await t.context.services.cases.derivePending();
    const before = await deadlines('J-2');
    expect(before.byCode.PUBLICITY_DUE).toMatchObject({ due: '2027-01-06', provisional: 1 });
    expect(JSON.parse(before.byCode.PUBLICITY_DUE!.derivation).explanation).toContain('尚未导入');

    // The 2027 notice comes out: New Year's Day off on Friday 1 January.
    await t.context.calendar.loadYears(
      new Map([[2027, [{ date: '2027-01-01', kind: 'holiday' as const, name: '元旦' }]]]),
      'test',
      { id: null, name: 'test' },
    );
    t.context.calendar.invalidate();
    const result = await t.context.services.cases.derivePending();
    expect(result.requeued).toBeGreaterThanOrEqual(1);
    const after = await deadlines('J-2');
    expect(after.byCode.PUBLICITY_DUE).toMatchObject({ due: '2027-01-07', provisional: 0 });
  });
});
