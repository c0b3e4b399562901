import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import type { Db } from '../src/platform/db/tables.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';
import { orgNamed } from './warnings-fixtures.ts';

let t: TestApp;
let db: Db;
let heping: SessionClient; // 和平区司法局 supervisor
let shenhe: SessionClient; // 沈河区司法局 supervisor
let staff: SessionClient; // 和平区市场监督管理局 staff
let bureau: { id: string; regionCode: string };
let scjg: { id: string; regionCode: string };
let cgzf: { id: string; regionCode: string };
let shenheAgency: { id: string; regionCode: string };

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  db = t.context.database.db;
  bureau = await orgNamed(db, '和平区司法局');
  scjg = await orgNamed(db, '和平区市场监督管理局');
  cgzf = await orgNamed(db, '和平区城市管理综合行政执法局');
  shenheAgency = await orgNamed(db, '沈河区市场监督管理局');
  [heping, shenhe, staff] = (await Promise.all(
    ['heping.jiandu', 'shenhe.jiandu', 'heping.scjg'].map((u) => signIn(t.app, u, DEMO_PASSWORD)),
  )) as [SessionClient, SessionClient, SessionClient];
});
afterAll(() => t.close());

const auditActions = (targetId: string) =>
  db
    .selectFrom('audit_event')
    .select('action')
    .where('target_id', '=', targetId)
    .orderBy('seq')
    .execute()
    .then((rows) => rows.map((r) => r.action));

const task = (overrides: Record<string, unknown> = {}) => ({
  title: '行政处罚决定公示情况重点监督',
  description: '对全区行政处罚决定公示情况开展重点监督。',
  track: 'focused',
  field: 'market',
  target: '和平区各行政执法机关',
  startOn: '2026-03-01',
  endOn: '2026-10-31',
  responsible: '执法监督科',
  ...overrides,
});

describe('the annual supervision plan', () => {
  let planId = '';

  it('is drawn up once per bureau and year, by the bureau itself', async () => {
    const body = {
      orgId: bureau.id,
      year: 2026,
      title: '和平区2026年度行政执法监督工作计划',
      summary: '围绕三项制度落实和涉企检查规范开展监督。',
    };
    const created = await heping.post('/api/supervision-plans', body);
    expect(created.statusCode, created.body).toBe(201);
    planId = created.json().id;
    expect(created.json()).toMatchObject({ status: 'draft', orgName: '和平区司法局' });
    expect((await heping.post('/api/supervision-plans', body)).statusCode).toBe(409);
    expect((await shenhe.post('/api/supervision-plans', { ...body, year: 2027 })).statusCode).toBe(403);
    expect((await staff.get(`/api/supervision-plans/${planId}`)).statusCode).toBe(404);
  });

  it('is issued with its tasks, checked mid-year, and summed up only after that', async () => {
    expect((await heping.post(`/api/supervision-plans/${planId}/publish`)).json().detail).toContain(
      '至少应有一项任务',
    );
    const outside = await heping.post(
      `/api/supervision-plans/${planId}/tasks`,
      task({ endOn: '2027-01-31' }),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json().detail).toContain('2026年度内');
    const added = await heping.post(`/api/supervision-plans/${planId}/tasks`, task());
    expect(added.json().tasks).toHaveLength(1);
    await heping.post(
      `/api/supervision-plans/${planId}/tasks`,
      task({ title: '涉企行政检查专项监督', track: 'campaign' }),
    );
    const published = await heping.post(`/api/supervision-plans/${planId}/publish`);
    expect(published.json()).toMatchObject({ status: 'published' });
    const early = await heping.post(`/api/supervision-plans/${planId}/conclude`, {
      conclusion: '全年监督工作按计划完成, 取得了预期成效, 具体如下。',
    });
    expect(early.statusCode).toBe(409);
    const [first, second] = published.json().tasks;
    const midyear = await heping.post(`/api/supervision-plans/${planId}/midyear`, {
      note: '上半年两项任务均已启动, 公示监督完成过半。',
      tasks: [{ taskId: first.id, status: 'in_progress', progressNote: '已完成三个局的公示核查' }],
    });
    expect(midyear.statusCode, midyear.body).toBe(200);
    expect(midyear.json()).toMatchObject({
      status: 'reviewed',
      midyearNote: '上半年两项任务均已启动, 公示监督完成过半。',
    });
    expect(midyear.json().tasks[0]).toMatchObject({
      status: 'in_progress',
      progressNote: '已完成三个局的公示核查',
    });
    const matter = await heping.post(`/api/supervision-plans/tasks/${second.id}/matters`, {
      agencyId: scjg.id,
      title: '和平区市场监管局涉企检查频次核查',
      mode: 'advisory',
      problems: ['inspection_frequency'],
      description: '按年度计划任务, 核查该局涉企检查频次是否超出规定。',
    });
    expect(matter.statusCode, matter.body).toBe(201);
    expect(matter.json()).toMatchObject({ origin: 'plan_task', originRef: second.id, track: 'campaign' });
    const plan = (await heping.get(`/api/supervision-plans/${planId}`)).json();
    expect(plan.tasks[1]).toMatchObject({ status: 'in_progress', matters: 1 });
  });

  it("sums up the year from the platform's figures, issued as a document", async () => {
    const figures = (await heping.get(`/api/supervision-plans/${planId}/figures`)).json();
    expect(figures.matters.opened).toBe(1);
    expect(figures.matters.byOrigin).toEqual({ plan_task: 1 });
    expect(figures.tasks).toEqual({ total: 2, done: 0, dropped: 0 });
    const done = await heping.post(`/api/supervision-plans/${planId}/conclude`, {
      conclusion: '全年监督工作按计划推进, 两项任务中一项已立项监督, 公示核查覆盖全区执法机关。',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'concluded', hasReport: true });
    const pdf = await heping.get(`/api/supervision-plans/${planId}/report.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(decodeURIComponent(String(pdf.headers['content-disposition']))).toContain(
      '2026年度行政执法监督工作总结',
    );
    expect(await auditActions(planId)).toEqual([
      'plan.create',
      'plan.task.add',
      'plan.task.add',
      'plan.publish',
      'plan.midyear',
      'plan.conclude',
      'plan.report.download',
    ]);
  });
});

describe('a campaign', () => {
  let id = '';
  const campaign = (overrides: Record<string, unknown> = {}) => ({
    orgId: bureau.id,
    title: '和平区涉企行政检查专项监督',
    field: 'market',
    regionCode: '210102',
    periodFrom: '2026-09-01',
    periodTo: '2026-12-31',
    description: '检查涉企行政检查是否有计划、有依据、有记录, 是否扫码入企。',
    checklist: [
      { code: 'C1', text: '检查有年度计划并备案' },
      { code: 'C2', text: '检查人员持证并不少于两人' },
    ],
    agencyIds: [scjg.id, cgzf.id],
    ...overrides,
  });

  it("covers only agencies of the bureau's own region", async () => {
    const outside = await heping.post('/api/campaigns', campaign({ agencyIds: [scjg.id, shenheAgency.id] }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().detail).toContain('1个被监督单位');
    const created = await heping.post('/api/campaigns', campaign());
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
    expect(created.json().targets.map((t: { checked: boolean }) => t.checked)).toEqual([false, false]);
  });

  it('records checks per agency against the checklist, and turns a problem into a matter', async () => {
    const check = (agencyOrgId: string, results: unknown[]) =>
      heping.post(`/api/campaigns/${id}/checks`, { agencyOrgId, results });
    expect((await check(scjg.id, [{ itemCode: 'C1', result: 'compliant' }])).statusCode).toBe(409);
    await heping.post(`/api/campaigns/${id}/start`);
    expect((await check(scjg.id, [{ itemCode: 'C9', result: 'compliant' }])).json().detail).toContain('C9');
    expect((await check(scjg.id, [{ itemCode: 'C2', result: 'problem' }])).json().detail).toContain(
      '写明具体情况',
    );
    const checked = await check(scjg.id, [
      { itemCode: 'C1', result: 'compliant' },
      { itemCode: 'C2', result: 'problem', note: '抽查3次检查, 其中1次仅1名执法人员' },
    ]);
    expect(checked.statusCode, checked.body).toBe(200);
    const finish = await heping.post(`/api/campaigns/${id}/finish`, {
      conclusion: '专项监督发现的问题已督促整改。',
    });
    expect(finish.statusCode).toBe(409);
    expect(finish.json().detail).toContain('尚有1个单位未检查');
    const problem = checked.json().findings.find((f: { result: string }) => f.result === 'problem');
    const matter = await heping.post(`/api/campaigns/findings/${problem.id}/matter`, {
      title: '和平区市场监管局检查人员不足两人问题',
      mode: 'advisory',
      problems: ['arbitrary_inspection'],
    });
    expect(matter.statusCode, matter.body).toBe(201);
    expect(matter.json()).toMatchObject({ origin: 'campaign', track: 'campaign', originRef: problem.id });
    expect(matter.json().description).toContain('检查人员持证并不少于两人');
    expect(
      (
        await heping.post(`/api/campaigns/findings/${problem.id}/matter`, {
          title: '重复立项测试',
          mode: 'advisory',
          problems: ['other'],
        })
      ).statusCode,
    ).toBe(409);
    // Checks recorded again (to correct another item) keep the problem that became a matter;
    // changing that problem itself is refused, since the matter rests on it.
    const again = await check(scjg.id, [
      { itemCode: 'C1', result: 'problem', note: '检查记录未载明检查依据' },
      { itemCode: 'C2', result: 'problem', note: '抽查3次检查, 其中1次仅1名执法人员' },
    ]);
    expect(again.statusCode, again.body).toBe(200);
    const scjgFindings = again
      .json()
      .findings.filter((f: { agencyOrgId: string }) => f.agencyOrgId === scjg.id)
      .map((f: { itemCode: string; result: string; matterNumber: string | null }) => [
        f.itemCode,
        f.result,
        f.matterNumber,
      ]);
    expect(scjgFindings).toEqual([
      ['C1', 'problem', null],
      ['C2', 'problem', matter.json().number],
    ]);
    const changed = await check(scjg.id, [{ itemCode: 'C2', result: 'compliant' }]);
    expect(changed.statusCode).toBe(409);
    expect(changed.json().detail).toBe(
      `检查项 C2 已转为监督事项 ${matter.json().number}, 不能再修改其检查结果`,
    );

    // Two supervisors turning the same problem into a matter at once: one matter, one refusal.
    const cgzfChecked = await check(cgzf.id, [
      { itemCode: 'C1', result: 'compliant' },
      { itemCode: 'C2', result: 'problem', note: '一次检查仅有1名执法人员在场' },
    ]);
    const cgzfProblem = cgzfChecked
      .json()
      .findings.find(
        (f: { agencyOrgId: string; result: string }) => f.agencyOrgId === cgzf.id && f.result === 'problem',
      );
    const both = await Promise.all(
      [1, 2].map((n) =>
        heping.post(`/api/campaigns/findings/${cgzfProblem.id}/matter`, {
          title: `城管执法局检查人员不足两人问题 ${n}`,
          mode: 'advisory',
          problems: ['arbitrary_inspection'],
        }),
      ),
    );
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const opened = await db
      .selectFrom('matter')
      .select('number')
      .where('origin_ref', '=', cgzfProblem.id)
      .execute();
    expect(opened).toHaveLength(1);
    const finished = await heping.post(`/api/campaigns/${id}/finish`, {
      conclusion: '专项监督发现的问题已转为监督事项督促整改。',
    });
    expect(finished.json()).toMatchObject({ status: 'finished' });
    const list = (await heping.get('/api/campaigns')).json();
    expect(list.find((c: { id: string }) => c.id === id)).toMatchObject({
      targetCount: 2,
      checkedCount: 2,
      problemCount: 3,
    });
    expect((await shenhe.get(`/api/campaigns/${id}`)).statusCode).toBe(404);
    expect(await auditActions(id)).toEqual([
      'campaign.create',
      'campaign.start',
      'campaign.check',
      'campaign.finding.matter',
      'campaign.check',
      'campaign.check',
      'campaign.finding.matter',
      'campaign.finish',
    ]);
  });
});
