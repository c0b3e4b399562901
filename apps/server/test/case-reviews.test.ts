import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '../src/demo/demo-actor.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import {
  auditOf,
  fullScores,
  HP_CGZF,
  HP_SCJG,
  orgId,
  personId,
  reportClosedCases,
  reviewerAccount,
  SH_SCJG,
} from './case-reviews-fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

let t: TestApp;
let shenyang: SessionClient; // 沈阳市司法局 supervisor: organizes
let heping: SessionClient; // 和平区司法局 supervisor: another organizer, smaller scope
let leader: SessionClient; // province leader: reads only
let staff: SessionClient; // 和平区市场监督管理局 staff: the agency's view
let r1: SessionClient;
let r2: SessionClient;
const ids: Record<string, string> = {};
const API = '/api/case-reviews';

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  await reportClosedCases(t, HP_SCJG, 'HPS', 8, 4);
  await reportClosedCases(t, SH_SCJG, 'SHS', 6, 2);
  await reportClosedCases(t, HP_CGZF, 'HPC', 5, 0);
  for (const [key, name] of [
    ['sy', '沈阳市司法局'],
    ['hpScjg', HP_SCJG],
    ['shScjg', SH_SCJG],
    ['hpCgzf', HP_CGZF],
    ['hp', '和平区司法局'],
  ] as const)
    ids[key] = await orgId(t, name);
  for (const [n, name] of [
    [1, '周律'],
    [2, '吴敏'],
  ] as const)
    await t.context.services.expertPool.create(demoActor(), {
      orgId: ids.sy!,
      name,
      idNumber: personId(n),
      employer: '辽宁大学法学院',
      fields: ['supervision'],
      availability: 'available',
    });
  r1 = (await reviewerAccount(t, 'pc.zhou', '周律', personId(1))).client;
  r2 = (await reviewerAccount(t, 'pc.wu', '吴敏', personId(2))).client;
  [shenyang, heping, leader, staff] = (await Promise.all(
    ['shenyang.jiandu', 'heping.jiandu', 'sheng.lingdao', 'heping.scjg'].map((u) =>
      signIn(t.app, u, DEMO_PASSWORD),
    ),
  )) as [SessionClient, SessionClient, SessionClient, SessionClient];
});
afterAll(() => t.close());

const draw = () => ({
  organizerId: ids.sy,
  periodFrom: '2025-01-01',
  periodTo: '2025-12-31',
  targets: [
    { agencyId: ids.hpScjg, mode: 'count', value: 6 },
    { agencyId: ids.shScjg, mode: 'share', value: 50 },
  ],
});
const caseIds = (sample: { cases: { caseId: string }[] }) => sample.cases.map((c) => c.caseId);

describe('drawing a sample', () => {
  it('draws per agency by count or share, stratified by kind, and the same seed gives the same sample', async () => {
    const first = await shenyang.post(`${API}/batches/preview`, { ...draw(), seed: 'ln-2025-test' });
    expect(first.statusCode, first.body).toBe(200);
    const sample = first.json();
    expect(sample.seed).toBe('ln-2025-test');
    expect(
      sample.agencies.map((a: { candidates: number; sampled: number }) => [a.candidates, a.sampled]),
    ).toEqual([
      [12, 6],
      [8, 4],
    ]);
    // 8 penalties and 4 inspections → 4 + 2; 6 and 2 at 50% → 3 + 1.
    expect(sample.agencies[0].strata).toEqual([
      { kind: 'penalty', candidates: 8, sampled: 4 },
      { kind: 'inspection', candidates: 4, sampled: 2 },
    ]);
    expect(sample.agencies[1].strata).toEqual([
      { kind: 'penalty', candidates: 6, sampled: 3 },
      { kind: 'inspection', candidates: 2, sampled: 1 },
    ]);
    expect(sample.cases.map((c: { seq: number }) => c.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const again = (await shenyang.post(`${API}/batches/preview`, { ...draw(), seed: 'ln-2025-test' })).json();
    expect(caseIds(again)).toEqual(caseIds(sample));
    const other = (
      await shenyang.post(`${API}/batches/preview`, { ...draw(), seed: 'ln-2025-other' })
    ).json();
    expect(caseIds(other)).not.toEqual(caseIds(sample));
    const generated = (await shenyang.post(`${API}/batches/preview`, draw())).json();
    expect(generated.seed).toMatch(/^[0-9a-f]{16}$/);
  });

  it('creates a batch with the seed: its files are the preview, the seed is stored and audited', async () => {
    const preview = (
      await shenyang.post(`${API}/batches/preview`, { ...draw(), seed: 'ln-2025-test' })
    ).json();
    const res = await shenyang.post(`${API}/batches`, {
      ...draw(),
      seed: 'ln-2025-test',
      name: '2025年度沈阳市行政执法案卷评查',
      year: 2025,
    });
    expect(res.statusCode, res.body).toBe(201);
    const batch = res.json();
    ids.batch = batch.id;
    expect(batch).toMatchObject({
      seed: 'ln-2025-test',
      status: 'open',
      files: 10,
      agencies: 2,
      reviewersPerFile: 2,
    });
    expect(batch.rubric.name).toBe('行政执法案卷评查标准');
    const results = (await shenyang.get(`${API}/batches/${batch.id}/results`)).json();
    expect(results.files.map((f: { case: { id: string } }) => f.case.id)).toEqual(caseIds(preview));
    const audit = await auditOf(t, batch.id);
    expect(audit[0]!.action).toBe('case_review.batch.create');
    expect(JSON.parse(audit[0]!.detail).seed).toBe('ln-2025-test');
  });

  it('re-runs the draw with the stored seed and finds it identical (复核抽样)', async () => {
    const res = await shenyang.post(`${API}/batches/${ids.batch}/verify-sample`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      identical: true,
      seed: 'ln-2025-test',
      stored: 10,
      recomputed: 10,
      missing: [],
    });
    expect(res.json().explanation).toContain('完全一致');
    expect((await auditOf(t, ids.batch!)).map((a) => a.action)).toContain('case_review.sample.verify');
  });

  it('refuses bad input with Chinese reasons', async () => {
    const reversed = await shenyang.post(`${API}/batches/preview`, {
      ...draw(),
      periodFrom: '2025-12-31',
      periodTo: '2025-01-01',
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.body).toContain('结案日期止不能早于起');
    const tooMuch = await shenyang.post(`${API}/batches/preview`, {
      ...draw(),
      targets: [{ agencyId: ids.hpScjg, mode: 'share', value: 120 }],
    });
    expect(tooMuch.body).toContain('按比例抽取为1%至100%');
    const outside = await heping.post(`${API}/batches/preview`, {
      ...draw(),
      organizerId: ids.hp,
      targets: [{ agencyId: ids.shScjg, mode: 'count', value: 2 }],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().detail).toBe('被评查单位应为和平区司法局辖区内的行政执法主体');
    const notMine = await heping.post(`${API}/batches/preview`, draw());
    expect(notMine.json().detail).toBe('组织单位不存在或不在您的管理范围内');
    const empty = await shenyang.post(`${API}/batches`, {
      ...draw(),
      periodFrom: '2020-01-01',
      periodTo: '2020-12-31',
      name: '空的评查批次',
      year: 2020,
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toBe('所选单位在该期间内没有已结案的案件, 无法抽取案卷');
  });
});

describe('rubrics', () => {
  it('gives every organizer the default rubric (9 veto items, 20 + 80), frozen once a batch uses it', async () => {
    const list = (await shenyang.get(`${API}/rubrics?orgId=${ids.sy}`)).json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ isDefault: true, total: 100, batches: 1, version: 1 });
    expect(list[0].content.vetoItems).toHaveLength(9);
    const edit = await shenyang.put(`${API}/rubrics/${list[0].id}`, {
      name: '改名',
      content: list[0].content,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toContain('已被 1 个评查批次使用, 不能修改');
    const version = await shenyang.post(`${API}/rubrics/${list[0].id}/versions`, {
      name: '行政执法案卷评查标准',
      content: { ...list[0].content, grades: { excellent: 92, good: 82, pass: 60 } },
    });
    expect(version.statusCode, version.body).toBe(201);
    expect(version.json()).toMatchObject({ version: 2, basedOnId: list[0].id, isDefault: false, batches: 0 });
  });

  it('checks section totals and thresholds, and lets an unused rubric be edited', async () => {
    const content = (await shenyang.get(`${API}/rubrics/default`)).json();
    const bad = structuredClone(content);
    bad.sections.content.items[0].maxPoints = 10;
    const refused = await shenyang.post(`${API}/rubrics`, {
      orgId: ids.sy,
      name: '专项评查标准',
      content: bad,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('内容标准各评分项满分合计 82 分, 与该部分总分 80 分不一致');
    const created = await shenyang.post(`${API}/rubrics`, { orgId: ids.sy, name: '专项评查标准', content });
    expect(created.statusCode, created.body).toBe(201);
    const edited = await shenyang.put(`${API}/rubrics/${created.json().id}`, {
      name: '专项评查标准 (食品)',
      content: { ...content, vetoItems: content.vetoItems.slice(0, 8) },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().content.vetoItems).toHaveLength(8);
    const agencyOrg = await shenyang.post(`${API}/rubrics`, {
      orgId: ids.hpScjg,
      name: '执法机关自定标准',
      content,
    });
    expect(agencyOrg.json().detail).toBe('评查标准应由司法行政机关制定');
  });
});

describe('who sees what', () => {
  it('shows a batch within the organizer’s scope only; reading is not managing', async () => {
    expect((await heping.get(`${API}/batches`)).json().total).toBe(0);
    expect((await heping.get(`${API}/batches/${ids.batch}`)).statusCode).toBe(404);
    expect((await shenyang.get(`${API}/batches?year=2025`)).json().items[0].seed).toBe('ln-2025-test');
    expect((await leader.get(`${API}/batches/${ids.batch}`)).statusCode).toBe(200);
    expect((await leader.post(`${API}/batches/${ids.batch}/verify-sample`)).statusCode).toBe(403);
    expect((await staff.get(`${API}/batches`)).statusCode).toBe(403);
    expect((await r1.get(`${API}/batches`)).statusCode).toBe(403);
    expect((await staff.get(`${API}/agency-files`)).json()).toEqual([]);
  });
});

type Mine = { id: string; seq: number; case: { externalId: string } }[];

async function scoreAll(
  client: SessionClient,
  sheet: (
    task: Mine[number],
    rubric: never,
  ) => { vetoes?: { code: string; note: string }[]; less?: Record<string, number> },
) {
  const mine: Mine = (await client.get(`${API}/my-assignments`)).json();
  for (const task of mine) {
    const detail = (await client.get(`${API}/assignments/${task.id}`)).json();
    const { vetoes = [], less = {} } = sheet(task, detail.rubric.content as never);
    const res = await client.post(`${API}/assignments/${task.id}/submit`, {
      vetoes,
      scores: fullScores(detail.rubric.content, less),
      comment: '卷宗材料齐全, 文书规范',
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  return mine;
}

describe('cross review to published results', () => {
  it('links reviewers by ID number, draws two per file, and each reviewer sees their files', async () => {
    const candidates = (await shenyang.get(`${API}/batches/${ids.batch}/candidates`)).json();
    const zhou = candidates.find((c: { name: string }) => c.name === '周律');
    expect(zhou.account.username).toBe('pc.zhou');
    for (const name of ['周律', '吴敏']) {
      const c = candidates.find((x: { name: string }) => x.name === name);
      const res = await shenyang.post(`${API}/batches/${ids.batch}/reviewers`, {
        source: c.source,
        sourceId: c.sourceId,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const drawn = await shenyang.post(`${API}/batches/${ids.batch}/assignments`);
    expect(drawn.statusCode, drawn.body).toBe(200);
    expect(drawn.json().progress).toMatchObject({ files: 10, assigned: 10, sheets: 20, submitted: 0 });
    expect(
      drawn
        .json()
        .reviewers.map((r: { assignments: number; linkedBy: string }) => [r.assignments, r.linkedBy]),
    ).toEqual([
      [10, 'id_number'],
      [10, 'id_number'],
    ]);
    expect((await r1.get(`${API}/my-assignments`)).json()).toHaveLength(10);
  });

  it('combines two reviewers: mean and grade, veto → 不合格, gap → 需合议, override and deliberation', async () => {
    await scoreAll(r1, (task) => ({
      vetoes: task.seq === 1 ? [{ code: 'V09', note: '现场检查笔录只有一名执法人员签名' }] : [],
      less: (task.seq === 2 ? { C02: 2 } : task.seq === 3 ? { C02: 4, F01: 2 } : { C02: 8 }) as Record<
        string,
        number
      >,
    }));
    await scoreAll(r2, (task) => ({
      vetoes: task.seq === 4 ? [{ code: 'V08', note: '未告知陈述申辩权利' }] : [],
      less: task.seq === 2 ? { C02: 20 } : task.seq === 3 ? { C02: 6 } : { C02: 12 },
    }));
    const files = (await shenyang.get(`${API}/batches/${ids.batch}/results`)).json().files;
    const bySeq = (seq: number) => files.find((f: { seq: number }) => f.seq === seq);
    expect(bySeq(1)).toMatchObject({ state: 'scored', score: 0, grade: 'fail', vetoed: true });
    expect(bySeq(1).assignments[0].vetoes[0]).toMatchObject({ label: '执法人员少于2人' });
    // 98 and 80: 18 apart, more than the 15 allowed.
    expect(bySeq(2)).toMatchObject({ state: 'needs_consensus', score: 89 });
    expect(bySeq(3)).toMatchObject({ state: 'scored', score: 94, grade: 'excellent' });
    expect(bySeq(5)).toMatchObject({ state: 'scored', score: 90, grade: 'excellent' });

    const publishEarly = await shenyang.post(`${API}/batches/${ids.batch}/publish`);
    expect(publishEarly.statusCode).toBe(409);
    expect(publishEarly.json().detail).toContain('须记录合议结果后才能发布');

    const agreed = await shenyang.post(`${API}/batches/${ids.batch}/files/${bySeq(2).id}/consensus`, {
      score: 85,
      reason: '经合议, 证据部分扣分意见以第二位评查人员为准, 酌情扣减',
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    const overridden = await shenyang.post(`${API}/batches/${ids.batch}/files/${bySeq(4).id}/veto-override`, {
      reason: '卷内补充了陈述申辩告知书送达回证, 不构成程序违法',
    });
    expect(overridden.statusCode, overridden.body).toBe(200);
    const after = overridden.json().files;
    expect(after.find((f: { seq: number }) => f.seq === 2)).toMatchObject({
      state: 'scored',
      score: 85,
      grade: 'good',
    });
    expect(after.find((f: { seq: number }) => f.seq === 4)).toMatchObject({
      vetoed: false,
      score: 90,
      grade: 'excellent',
    });
    expect((await auditOf(t, bySeq(4).id)).map((a) => a.action)).toContain('case_review.file.veto_override');
  });

  it('sums up per agency and exports', async () => {
    const results = (await shenyang.get(`${API}/batches/${ids.batch}/results`)).json();
    expect(results.overall).toMatchObject({ files: 10, scored: 10, grades: { fail: 1 } });
    const hp = results.agencies.find((a: { agencyId: string }) => a.agencyId === ids.hpScjg);
    expect(hp).toMatchObject({ files: 6, scored: 6, passRate: 83.3 });
    const xlsx = await shenyang.get(`${API}/batches/${ids.batch}/results/export`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getRow(1).getCell(14).value).toBe('等次');
    expect(book.worksheets[0]!.rowCount).toBe(11);
  });

  it('publishes; the agency sees its own results without reviewer names and responds once', async () => {
    const published = await shenyang.post(`${API}/batches/${ids.batch}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().status).toBe('published');
    expect(published.json().responseDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(published.json().responseDueBasis).toContain('工作日');
    // The agency is told in its console, with the day its response is due.
    const notices = (await staff.get('/api/notifications?pageSize=100')).json().items;
    const told = notices.filter((n: { kind: string }) => n.kind === 'case_review.published');
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain('被评查案卷6件, 其中不合格1件');
    expect(told[0].body).toContain(`请于${published.json().responseDue}前`);
    expect(told[0].link).toBe('/review-results');
    const mine = (await staff.get(`${API}/agency-files`)).json();
    expect(mine).toHaveLength(6);
    expect(new Set(mine.map((f: { agency: { name: string } }) => f.agency.name))).toEqual(new Set([HP_SCJG]));
    const failed = mine.find((f: { grade: string }) => f.grade === 'fail');
    expect(failed.reviews.map((r: { reviewer: string }) => r.reviewer)).toEqual(['评查人员一', '评查人员二']);
    expect(JSON.stringify(failed)).not.toContain('周律');
    const answer = await staff.post(`${API}/agency-files/${failed.id}/response`, {
      text: '已组织执法人员学习, 今后现场检查严格落实两人以上执法',
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({
      canRespond: false,
      response: { text: expect.stringContaining('两人以上') },
    });
    expect(
      (await staff.post(`${API}/agency-files/${failed.id}/response`, { text: '再次反馈的内容' })).statusCode,
    ).toBe(409);
    const shFile = (await shenyang.get(`${API}/batches/${ids.batch}/results`))
      .json()
      .files.find((f: { agency: { id: string } }) => f.agency.id === ids.shScjg);
    expect(
      (await staff.post(`${API}/agency-files/${shFile.id}/response`, { text: '不是本机关的案卷' }))
        .statusCode,
    ).toBe(404);
    const scoring = await r1.post(
      `${API}/assignments/${(await r1.get(`${API}/my-assignments`)).json()[0].id}/submit`,
      {
        vetoes: [],
        scores: {},
      },
    );
    expect(scoring.statusCode).toBe(409);
  });

  it('gives assessment the year’s figures per agency', async () => {
    const res = await leader.get(`${API}/agency-results?year=2025`);
    expect(res.statusCode, res.body).toBe(200);
    const hp = res.json().find((a: { agencyName: string }) => a.agencyName === HP_SCJG);
    expect(hp).toMatchObject({ batches: 1, files: 6, scored: 6, grades: { fail: 1 }, passRate: 83.3 });
    expect((await leader.get(`${API}/agency-results?year=2024`)).json()).toEqual([]);
    expect((await leader.get(`${API}/agency-results/export?year=2025`)).statusCode).toBe(200);
    expect(
      (await heping.get(`${API}/agency-results?year=2025`))
        .json()
        .map((a: { agencyName: string }) => a.agencyName),
    ).toEqual([HP_SCJG]);
  });

  it('records the supervision matter opened from a file (转为监督事项)', async () => {
    const failed = (await shenyang.get(`${API}/batches/${ids.batch}/results`))
      .json()
      .files.find((f: { grade: string }) => f.grade === 'fail');
    const opened = await shenyang.post('/api/matters', {
      title: `案卷评查不合格: ${failed.case.externalId}`,
      agencyId: failed.agency.id,
      scope: 'single',
      mode: 'advisory',
      track: 'routine',
      origin: 'case_review',
      originRef: failed.id,
      caseIds: [failed.case.id],
      problems: ['case_quality'],
      description: '案卷评查认定执法人员少于2人, 评为不合格案卷',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const linked = await shenyang.put(`${API}/batches/${ids.batch}/files/${failed.id}/matter`, {
      matterId: opened.json().id,
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().files.find((f: { id: string }) => f.id === failed.id).matter).toEqual({
      id: opened.json().id,
      number: opened.json().number,
    });
    const other = linked.json().files.find((f: { id: string }) => f.id !== failed.id);
    const wrong = await shenyang.put(`${API}/batches/${ids.batch}/files/${other.id}/matter`, {
      matterId: opened.json().id,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().detail).toBe('该监督事项不是由此评查案卷立项的');
  });
});
