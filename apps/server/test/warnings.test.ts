import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { type CaseEvaluation, reconcileManyCases } from '../src/modules/warnings/warning-reconcile.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import type { Db } from '../src/platform/db/tables.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';
import { findingOf, insertCase, orgNamed } from './warnings-fixtures.ts';

let t: TestApp;
let db: Db;
let heping: SessionClient; // 和平区司法局 supervisor
let shenyang: SessionClient; // 沈阳市司法局 supervisor: the whole city
let staff: SessionClient; // 和平区市场监督管理局 staff
let leader: SessionClient; // province leader: reads only
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  db = t.context.database.db;
  const scjg = await orgNamed(db, '和平区市场监督管理局');
  const cgzf = await orgNamed(db, '和平区城市管理综合行政执法局');
  const shenhe = await orgNamed(db, '沈河区市场监督管理局');
  const cases = [
    { name: 'HP-1', agency: scjg, findings: [findingOf('PUBLICITY_OVERDUE', 'HP-1 超期未公示')] },
    {
      name: 'HP-2',
      agency: scjg,
      findings: [
        findingOf('TOO_FEW_OFFICERS', 'HP-2 执法人员不足两人', { officers: 1 }),
        findingOf('NO_PRIOR_NOTICE', 'HP-2 未告知即作出决定'),
      ],
    },
    { name: 'CG-1', agency: cgzf, findings: [findingOf('AV_RECORD_MISSING', 'CG-1 缺少音像记录')] },
    { name: 'SH-1', agency: shenhe, findings: [findingOf('PUBLICITY_OVERDUE', 'SH-1 超期未公示')] },
  ];
  const batch: CaseEvaluation[] = [];
  for (const c of cases) {
    const caseId = await insertCase(db, c.agency, c.name);
    batch.push({
      caseId,
      caseVersion: 1,
      agencyOrgId: c.agency.id,
      regionCode: c.agency.regionCode,
      field: 'market',
      findings: c.findings,
    });
  }
  const { opened } = await db.transaction().execute((trx) => reconcileManyCases(trx, batch));
  for (const w of opened)
    ids[w.message.replace(/ .*/, '') + (w.ruleCode === 'NO_PRIOR_NOTICE' ? 'b' : '')] = w.id;
  [heping, shenyang, staff, leader] = (await Promise.all(
    ['heping.jiandu', 'shenyang.jiandu', 'heping.scjg', 'sheng.lingdao'].map((u) =>
      signIn(t.app, u, DEMO_PASSWORD),
    ),
  )) as [SessionClient, SessionClient, SessionClient, SessionClient];
});
afterAll(() => t.close());

const messages = (body: { items: { message: string }[] }) => body.items.map((w) => w.message).sort();
const auditOf = (id: string) =>
  db
    .selectFrom('audit_event')
    .select(['action', 'actor_name', 'detail'])
    .where('target_id', '=', id)
    .orderBy('seq')
    .execute();

describe('the warning centre', () => {
  it('shows each user the warnings of their own part of the tree', async () => {
    expect(messages((await shenyang.get('/api/warnings')).json())).toHaveLength(5);
    expect(messages((await heping.get('/api/warnings')).json())).toEqual([
      'CG-1 缺少音像记录',
      'HP-1 超期未公示',
      'HP-2 执法人员不足两人',
      'HP-2 未告知即作出决定',
    ]);
    expect(messages((await staff.get('/api/warnings')).json())).toEqual([
      'HP-1 超期未公示',
      'HP-2 执法人员不足两人',
      'HP-2 未告知即作出决定',
    ]);
  });

  it('filters by rule, severity, region, agency, case and date', async () => {
    const list = async (query: string) => messages((await shenyang.get(`/api/warnings?${query}`)).json());
    expect(await list('ruleCode=PUBLICITY_OVERDUE')).toEqual(['HP-1 超期未公示', 'SH-1 超期未公示']);
    expect(await list('severity=medium')).toEqual([
      'CG-1 缺少音像记录',
      'HP-1 超期未公示',
      'SH-1 超期未公示',
    ]);
    expect(await list('regionCode=210103')).toEqual(['SH-1 超期未公示']);
    const cgzf = await orgNamed(db, '和平区城市管理综合行政执法局');
    expect(await list(`agencyOrgId=${cgzf.id}`)).toEqual(['CG-1 缺少音像记录']);
    const hp2 = (await shenyang.get(`/api/warnings/${ids['HP-2']}`)).json().summary.case.id;
    expect(await list(`caseId=${hp2}`)).toEqual(['HP-2 执法人员不足两人', 'HP-2 未告知即作出决定']);
    expect(await list('from=2000-01-01&to=2000-12-31')).toEqual([]);
    expect(await list('from=2000-01-01')).toHaveLength(5);
    expect((await shenyang.get('/api/warnings?regionCode=21')).statusCode).toBe(400);
  });

  it('counts the filtered warnings by rule, severity and status', async () => {
    const counts = (await heping.get('/api/warnings/counts')).json();
    expect(counts.total).toBe(4);
    const of = (list: { value: string; count: number }[], value: string) =>
      list.find((c) => c.value === value)?.count;
    expect(of(counts.byRule, 'PUBLICITY_OVERDUE')).toBe(1);
    expect(of(counts.byRule, 'FINE_OUTLIER')).toBe(0);
    expect(of(counts.bySeverity, 'high')).toBe(2);
    expect(counts.bySeverity.find((c: { value: string }) => c.value === 'high').label).toBe('高');
    const byStatus = (await shenyang.get('/api/warnings/counts?ruleCode=PUBLICITY_OVERDUE')).json().byStatus;
    expect(of(byStatus, 'open')).toBe(2);
  });

  it('shows the facts, parameters, basis and history of one warning, and hides others', async () => {
    const res = await heping.get(`/api/warnings/${ids['HP-2']}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      summary: {
        ruleCode: 'TOO_FEW_OFFICERS',
        ruleName: '执法人员不足两人',
        severity: 'high',
        status: 'open',
      },
      facts: { officers: 1 },
      parameters: { minOfficers: 2 },
      basis: '《行政处罚法》第四十二条、《行政强制法》第十八条',
      history: [{ kind: 'found', toStatus: 'open', actor: '系统 (自动评估)' }],
    });
    expect((await heping.get(`/api/warnings/${ids['SH-1']}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/warnings/${ids['CG-1']}`)).statusCode).toBe(404);
  });

  it('exports the filtered list as xlsx', async () => {
    const res = await heping.get('/api/warnings/export?severity=high');
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(6).value).toBe('预警内容');
    expect(sheet.rowCount).toBe(3);
    const rows = [2, 3]
      .map((n) => [sheet.getRow(n).getCell(6).value, sheet.getRow(n).getCell(7).value])
      .sort();
    expect(rows).toEqual([
      ['HP-2 执法人员不足两人', 'HP-2'],
      ['HP-2 未告知即作出决定', 'HP-2'],
    ]);
  });
});

describe('handling a warning', () => {
  it('lets a supervisor acknowledge an open warning once, audited and in its history', async () => {
    const res = await heping.post(`/api/warnings/${ids['HP-1']}/acknowledge`, { note: '已通知执法机关整改' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      summary: { status: 'acknowledged', statusChangedBy: '王磊(和平区司法局)' },
      handlingNote: '已通知执法机关整改',
    });
    expect(res.json().history.map((e: { kind: string }) => e.kind)).toEqual(['found', 'acknowledged']);
    const again = await heping.post(`/api/warnings/${ids['HP-1']}/acknowledge`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('当前为「已确认」');
    expect((await auditOf(ids['HP-1']!)).map((a) => a.action)).toEqual(['warning.acknowledge']);
  });

  it('refuses the agency and the leader what only supervisors may do', async () => {
    expect((await staff.post(`/api/warnings/${ids['HP-2']}/acknowledge`, {})).statusCode).toBe(403);
    expect((await leader.post(`/api/warnings/${ids['HP-2']}/acknowledge`, {})).statusCode).toBe(403);
    expect((await leader.get('/api/warnings')).statusCode).toBe(200);
    expect((await heping.post(`/api/warnings/${ids['SH-1']}/acknowledge`, {})).statusCode).toBe(404);
  });

  it('dismisses with a reason and a note, and refuses a dismissal without one', async () => {
    const bare = await heping.post(`/api/warnings/${ids['HP-2b']}/dismiss`, { reason: 'false_positive' });
    expect(bare.statusCode).toBe(400);
    const res = await heping.post(`/api/warnings/${ids['HP-2b']}/dismiss`, {
      reason: 'false_positive',
      note: '告知书已送达, 报送数据漏填告知环节',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().summary).toMatchObject({ status: 'dismissed', dismissReason: 'false_positive' });
    const [entry] = await auditOf(ids['HP-2b']!);
    expect(entry).toMatchObject({ action: 'warning.dismiss', actor_name: '王磊(heping.jiandu)' });
    expect(JSON.parse(entry!.detail)).toMatchObject({
      from: 'open',
      to: 'dismissed',
      reason: 'false_positive',
    });
  });

  it('lets the agency contest its own warning, which the supervisor then reads', async () => {
    const text = '本案两名执法人员均已到场, 第二名人员的执法证号报送时遗漏';
    expect((await staff.post(`/api/warnings/${ids['HP-2']}/contest`, { text: '不对' })).statusCode).toBe(400);
    const res = await staff.post(`/api/warnings/${ids['HP-2']}/contest`, { text });
    expect(res.statusCode).toBe(200);
    const seen = (await heping.get(`/api/warnings/${ids['HP-2']}`)).json();
    expect(seen.summary).toMatchObject({ status: 'open', contested: true });
    expect(seen.contest).toMatchObject({ text, by: '孙丽(和平区市场监督管理局)' });
    expect(seen.history.at(-1)).toMatchObject({ kind: 'contested', note: text });
    expect((await auditOf(ids['HP-2']!)).map((a) => a.action)).toEqual(['warning.contest']);
    // Another agency's warning is out of the staff's sight; supervisors do not contest.
    expect((await staff.post(`/api/warnings/${ids['CG-1']}/contest`, { text })).statusCode).toBe(404);
    expect((await heping.post(`/api/warnings/${ids['CG-1']}/contest`, { text })).statusCode).toBe(403);
    // A dismissed warning is settled and cannot be contested.
    expect((await staff.post(`/api/warnings/${ids['HP-2b']}/contest`, { text })).statusCode).toBe(409);
  });

  it('acknowledges in bulk what is open and in reach, and says why the rest was skipped', async () => {
    const res = await heping.post('/api/warnings/acknowledge', {
      ids: [ids['HP-2'], ids['CG-1'], ids['HP-1'], ids['SH-1'], 'no-such-warning'],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.acknowledged).toBe(2);
    expect(body.skipped).toEqual([
      { id: ids['HP-1'], reason: expect.stringContaining('当前为「已确认」') },
      { id: ids['SH-1'], reason: '预警不存在或不在您的数据范围内' },
      { id: 'no-such-warning', reason: '预警不存在或不在您的数据范围内' },
    ]);
    const statuses = await db
      .selectFrom('warning')
      .select(['id', 'status'])
      .where('id', 'in', [ids['HP-2']!, ids['CG-1']!])
      .execute();
    expect(statuses.map((s) => s.status)).toEqual(['acknowledged', 'acknowledged']);
    const audit = await db
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'warning.acknowledge_bulk')
      .execute();
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ count: 2 });
    expect((await staff.post('/api/warnings/acknowledge', { ids: [ids['HP-1']] })).statusCode).toBe(403);
  });
});

describe('rule quality', () => {
  it('gives per rule the warnings fired and the share dismissed as false positives', async () => {
    const quality = (await shenyang.get('/api/warning-rules/quality')).json();
    const of = (code: string) => quality.find((q: { ruleCode: string }) => q.ruleCode === code);
    expect(of('NO_PRIOR_NOTICE')).toMatchObject({
      fired: 1,
      dismissed: 1,
      falsePositive: 1,
      falsePositiveShare: 1,
    });
    expect(of('PUBLICITY_OVERDUE')).toMatchObject({
      fired: 2,
      acknowledged: 1,
      open: 1,
      falsePositiveShare: 0,
    });
    expect(of('FINE_OUTLIER')).toMatchObject({ fired: 0, falsePositiveShare: null });
    // The agency's staff see the quality of their own warnings only.
    const own = (await staff.get('/api/warning-rules/quality')).json();
    expect(own.find((q: { ruleCode: string }) => q.ruleCode === 'PUBLICITY_OVERDUE').fired).toBe(1);
  });
});
