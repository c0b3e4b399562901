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
let shenyang: SessionClient;
const reviewers: Record<string, { id: string; client: SessionClient }> = {};
const ids: Record<string, string> = {};
const API = '/api/case-reviews';

type Candidate = {
  name: string;
  source: string;
  sourceId: string;
  excludedAgencies: string[];
  account: unknown;
};
type File = {
  id: string;
  seq: number;
  agency: { name: string };
  case: { id: string };
  assignments: { id: string; reviewerName: string; status: string; replacedReason: string | null }[];
};

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  await reportClosedCases(t, HP_SCJG, 'HPS', 4, 0);
  await reportClosedCases(t, SH_SCJG, 'SHS', 4, 0);
  await reportClosedCases(t, HP_CGZF, 'HPC', 3, 0);
  for (const [key, name] of [
    ['sy', '沈阳市司法局'],
    ['hp', '和平区司法局'],
    ['hpScjg', HP_SCJG],
    ['shScjg', SH_SCJG],
    ['hpCgzf', HP_CGZF],
  ] as const)
    ids[key] = await orgId(t, name);
  const actor = demoActor();
  const expert = async (
    name: string,
    seq: number | null,
    fields: ('supervision' | 'urban' | 'environment')[],
  ) =>
    (
      await t.context.services.expertPool.create(actor, {
        orgId: ids.sy!,
        name,
        idNumber: seq === null ? null : personId(seq),
        employer: '沈阳师范大学法学院',
        fields,
        availability: 'available',
      })
    ).id;
  await expert('钱律', 11, ['supervision']);
  const sun = await expert('孙教授', 12, ['supervision']);
  await expert('李工', null, ['supervision', 'urban']);
  const feng = await expert('冯审', 14, ['supervision']);
  await expert('王工', 16, ['environment']);
  await expert('郑干', null, ['supervision']);
  await t.context.services.expertPool.addConflict(actor, sun, {
    orgId: ids.hpScjg!,
    reason: '担任该局常年法律顾问',
    since: '2024-01-01',
  });
  await t.context.services.expertPool.addConflict(actor, feng, {
    orgId: ids.hp!,
    reason: '近亲属在和平区司法局任职',
    since: '2024-01-01',
  });
  await t.context.services.invitedSupervisors.create(actor, {
    orgId: ids.sy!,
    name: '赵代表',
    idNumber: personId(15),
    category: 'public_representative',
    employer: '沈河区市场监督管理局',
    termNumber: 3,
    termStart: '2024-01-01',
    termEnd: '2028-12-31',
  });
  for (const [username, name, seq, org] of [
    ['pc.qian', '钱律', 11, '沈阳市司法局'],
    ['pc.sun', '孙教授', 12, '沈阳市司法局'],
    ['pc.li', '李工', null, '沈阳市司法局'],
    ['pc.feng', '冯审', 14, '沈阳市司法局'],
    ['pc.zhao', '赵代表', 15, '沈阳市司法局'],
    ['pc.zheng', '郑干', null, HP_SCJG],
  ] as const)
    reviewers[username] = await reviewerAccount(t, username, name, seq === null ? null : personId(seq), org);
  shenyang = await signIn(t.app, 'shenyang.jiandu', DEMO_PASSWORD);
  const batch = await shenyang.post(`${API}/batches`, {
    organizerId: ids.sy,
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    seed: 'conflict-test',
    targets: [
      { agencyId: ids.hpScjg, mode: 'count', value: 4 },
      { agencyId: ids.shScjg, mode: 'count', value: 4 },
      { agencyId: ids.hpCgzf, mode: 'count', value: 3 },
    ],
    name: '2025年度交叉评查 (回避测试)',
    year: 2025,
  });
  expect(batch.statusCode, batch.body).toBe(201);
  ids.batch = batch.json().id;
});
afterAll(() => t.close());

const candidates = async (batch = ids.batch): Promise<Candidate[]> =>
  (await shenyang.get(`${API}/batches/${batch}/candidates`)).json();
const files = async (batch = ids.batch): Promise<File[]> =>
  (await shenyang.get(`${API}/batches/${batch}/results`)).json().files;
const add = async (name: string, userId?: string, batch = ids.batch) => {
  const c = (await candidates(batch)).find((x) => x.name === name)!;
  return shenyang.post(`${API}/batches/${batch}/reviewers`, {
    source: c.source,
    sourceId: c.sourceId,
    userId,
  });
};
const live = (f: File) => f.assignments.filter((a) => a.status !== 'replaced').map((a) => a.reviewerName);

describe('conflict-of-interest exclusion (回避)', () => {
  it('lists for each candidate the reviewed agencies they must not review', async () => {
    const all = await candidates();
    const excluded = (name: string) => all.find((c) => c.name === name)!.excludedAgencies.sort();
    expect(excluded('钱律')).toEqual([]);
    expect(excluded('孙教授')).toEqual([HP_SCJG]);
    // A conflict with 和平区司法局 reaches every agency under it.
    expect(excluded('冯审')).toEqual([HP_CGZF, HP_SCJG].sort());
    expect(excluded('赵代表')).toEqual([SH_SCJG]);
    // Outside the agencies' fields (none qualified here: only 行政执法监督 experts review them).
    expect(excluded('王工')).toEqual([HP_CGZF, HP_SCJG, SH_SCJG].sort());
    expect(all.find((c) => c.name === '钱律')!.account).toMatchObject({ username: 'pc.qian' });
    expect(all.find((c) => c.name === '赵代表')!.account).toMatchObject({ username: 'pc.zhao' });
    expect(all.find((c) => c.name === '李工')!.account).toBeNull();
  });

  it('links an account by ID number, or one the organizer picks; refuses accounts that cannot score', async () => {
    const none = await add('李工');
    expect(none.statusCode).toBe(409);
    expect(none.json().detail).toBe('未找到与李工身份证号一致且有案卷评分权限的账号, 请选择其登录账号');
    const staffId = (
      await t.context.database.db
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'heping.scjg')
        .executeTakeFirstOrThrow()
    ).id;
    const cannot = await add('李工', staffId);
    expect(cannot.statusCode).toBe(400);
    expect(cannot.json().detail).toBe('所选账号不存在、已停用或没有案卷评分权限');
    const accounts = (await shenyang.get(`${API}/batches/${ids.batch}/accounts?q=pc.li`)).json();
    expect(accounts).toEqual([expect.objectContaining({ username: 'pc.li', displayName: '李工' })]);
    expect((await add('李工', reviewers['pc.li']!.id)).statusCode).toBe(201);
    for (const name of ['钱律', '孙教授', '冯审', '赵代表']) expect((await add(name)).statusCode).toBe(201);
    const zheng = await add('郑干', reviewers['pc.zheng']!.id);
    expect(zheng.statusCode).toBe(201);
    expect((await add('钱律')).statusCode).toBe(409);
    const pool = zheng
      .json()
      .reviewers.map((r: { name: string; linkedBy: string }) => `${r.name}:${r.linkedBy}`);
    expect(pool).toEqual([
      '李工:manual',
      '钱律:id_number',
      '孙教授:id_number',
      '冯审:id_number',
      '赵代表:id_number',
      '郑干:manual',
    ]);
  });

  it('never assigns anyone to a file of an agency they must avoid', async () => {
    const drawn = await shenyang.post(`${API}/batches/${ids.batch}/assignments`);
    expect(drawn.statusCode, drawn.body).toBe(200);
    const all = await files();
    expect(all).toHaveLength(11);
    const forbidden: Record<string, string[]> = {
      [HP_SCJG]: ['孙教授', '冯审', '郑干'],
      [SH_SCJG]: ['赵代表'],
      [HP_CGZF]: ['冯审'],
    };
    for (const f of all) {
      expect(new Set(live(f)).size).toBe(2);
      for (const name of live(f)) expect(forbidden[f.agency.name]).not.toContain(name);
    }
    expect((await shenyang.post(`${API}/batches/${ids.batch}/assignments`)).json().detail).toBe(
      '所有案卷均已分配评查人员; 如需调整请逐件更换',
    );
  });

  it('refuses to replace a reviewer with someone who must avoid the agency, and says why', async () => {
    const pool = (await shenyang.get(`${API}/batches/${ids.batch}`)).json().reviewers as {
      id: string;
      name: string;
    }[];
    const member = (name: string) => pool.find((r) => r.name === name)!.id;
    const file = (await files()).find((f) => f.agency.name === HP_SCJG)!;
    const sheet = file.assignments[0]!;
    const replace = (name: string) =>
      shenyang.put(`${API}/batches/${ids.batch}/files/${file.id}/assignments/${sheet.id}`, {
        reviewerId: member(name),
        reason: '原评查人员临时出差',
      });
    const sun = await replace('孙教授');
    expect(sun.statusCode).toBe(409);
    expect(sun.json().detail).toBe(
      '不能更换为孙教授: 已登记对和平区市场监督管理局回避 (担任该局常年法律顾问), 应当回避',
    );
    expect((await replace('冯审')).json().detail).toContain(
      '已登记对和平区司法局回避 (近亲属在和平区司法局任职), 与和平区市场监督管理局属同一系统上下级',
    );
    expect((await replace('郑干')).json().detail).toContain('系和平区市场监督管理局(或其下属单位)的人员');
    const free = ['钱律', '李工', '赵代表'].find((n) => !live(file).includes(n))!;
    const ok = await replace(free);
    expect(ok.statusCode, ok.body).toBe(200);
    const after = (await files()).find((f) => f.id === file.id)!;
    expect(live(after)).toContain(free);
    expect(after.assignments.find((a) => a.id === sheet.id)).toMatchObject({
      status: 'replaced',
      replacedReason: '原评查人员临时出差',
    });
    expect((await auditOf(t, file.id)).map((a) => a.action)).toContain('case_review.assignment.replace');
  });

  it('applies a conflict registered after the draw to later replacements', async () => {
    const qian = (await candidates()).find((c) => c.name === '钱律')!;
    await t.context.services.expertPool.addConflict(demoActor(), qian.sourceId, {
      orgId: ids.shScjg!,
      reason: '受聘为该局法律顾问',
      since: '2025-01-01',
    });
    const pool = (await shenyang.get(`${API}/batches/${ids.batch}`)).json().reviewers as {
      id: string;
      name: string;
    }[];
    const file = (await files()).find((f) => f.agency.name === SH_SCJG && !live(f).includes('钱律'))!;
    const res = await shenyang.put(
      `${API}/batches/${ids.batch}/files/${file.id}/assignments/${file.assignments[0]!.id}`,
      {
        reviewerId: pool.find((r) => r.name === '钱律')!.id,
        reason: '调整评查任务',
      },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('已登记对沈河区市场监督管理局回避 (受聘为该局法律顾问)');
  });

  it('draws the same reviewers for the same seed, files and pool; refuses files nobody may review', async () => {
    const same = await shenyang.post(`${API}/batches`, {
      organizerId: ids.sy,
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      seed: 'conflict-test',
      targets: [{ agencyId: ids.hpCgzf, mode: 'count', value: 3 }],
      name: '2025年度交叉评查 (复现测试)',
      year: 2025,
    });
    const twin = same.json().id;
    const other = await shenyang.post(`${API}/batches`, {
      organizerId: ids.sy,
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      seed: 'conflict-test',
      targets: [{ agencyId: ids.hpCgzf, mode: 'count', value: 3 }],
      name: '2025年度交叉评查 (复现测试二)',
      year: 2025,
    });
    for (const batch of [twin, other.json().id])
      for (const name of ['赵代表', '钱律', '孙教授'])
        expect((await add(name, undefined, batch)).statusCode).toBe(201);
    for (const batch of [twin, other.json().id]) await shenyang.post(`${API}/batches/${batch}/assignments`);
    const names = async (batch: string) =>
      (await files(batch)).map((f) => `${f.case.id}:${live(f).sort().join(',')}`);
    expect(await names(other.json().id)).toEqual(await names(twin));

    const tight = await shenyang.post(`${API}/batches`, {
      organizerId: ids.sy,
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      targets: [{ agencyId: ids.hpScjg, mode: 'count', value: 2 }],
      name: '2025年度交叉评查 (人员不足)',
      year: 2025,
    });
    for (const name of ['孙教授', '冯审', '赵代表']) await add(name, undefined, tight.json().id);
    const refused = await shenyang.post(`${API}/batches/${tight.json().id}/assignments`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(
      /^2 件案卷可参加评查的人员不足 2 人: HPS-2025-00\d \(和平区市场监督管理局, 可回避后评查 1 人\)/,
    );
  });
});

describe('a reviewer’s sheet', () => {
  const taskOf = async (username: string) => {
    const client = reviewers[username]!.client;
    return { client, task: (await client.get(`${API}/my-assignments`)).json()[0] };
  };

  it('reads the case file through the assignment only, personal data masked', async () => {
    const { client, task } = await taskOf('pc.li');
    expect((await client.get(`/api/cases/${task.case.id}`)).statusCode).toBe(403);
    const detail = await client.get(`${API}/assignments/${task.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().caseFile.summary.externalId).toBe(task.case.externalId);
    expect(detail.json().caseFile.record.party.name).toBe('王*英');
    expect(detail.json().rubric.content.vetoItems).toHaveLength(9);
    const other = (await reviewers['pc.zhao']!.client.get(`${API}/my-assignments`)).json()[0];
    expect((await client.get(`${API}/assignments/${other.id}`)).statusCode).toBe(404);
  });

  it('checks points against the rubric, saves drafts, and is read-only once submitted', async () => {
    const { client, task } = await taskOf('pc.li');
    const over = await client.put(`${API}/assignments/${task.id}`, { vetoes: [], scores: { F01: 6 } });
    expect(over.statusCode).toBe(400);
    expect(over.json().detail).toBe('「文书格式规范, 内容填写完整、字迹清楚」得分 6 分超过该项满分 5 分');
    const half = await client.put(`${API}/assignments/${task.id}`, { vetoes: [], scores: { F01: 4.3 } });
    expect(half.statusCode).toBe(400);
    expect(half.body).toContain('得分以0.5分为单位');
    const shortNote = await client.put(`${API}/assignments/${task.id}`, {
      vetoes: [{ code: 'V09', note: '少' }],
      scores: {},
    });
    expect(shortNote.body).toContain('请写明认定否决项的理由');
    const draft = await client.put(`${API}/assignments/${task.id}`, {
      vetoes: [],
      scores: { F01: 4.5 },
      comment: '先评卷面',
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({ status: 'draft', total: 4.5, editable: true, comment: '先评卷面' });
    const incomplete = await client.post(`${API}/assignments/${task.id}/submit`, {
      vetoes: [],
      scores: { F01: 4.5 },
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors.map((e: { message: string }) => e.message)).toContain(
      '请为「签名、盖章、日期齐全」评分',
    );
    const rubric = draft.json().rubric.content;
    const submitted = await client.post(`${API}/assignments/${task.id}/submit`, {
      vetoes: [],
      scores: fullScores(rubric, { C03: 3.5 }),
    });
    expect(submitted.json()).toMatchObject({ status: 'submitted', total: 96.5, editable: false });
    const again = await client.put(`${API}/assignments/${task.id}`, { vetoes: [], scores: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('评分已提交, 不能再修改');
    const file = (await files()).find((f) => f.assignments.some((a) => a.id === task.id))!;
    const replace = await shenyang.put(
      `${API}/batches/${ids.batch}/files/${file.id}/assignments/${task.id}`,
      {
        reviewerId: (await shenyang.get(`${API}/batches/${ids.batch}`)).json().reviewers[1].id,
        reason: '评查人员调整',
      },
    );
    expect(replace.statusCode).toBe(409);
    expect(replace.json().detail).toBe('李工已提交评分, 不能更换');
    expect((await auditOf(t, task.id)).map((a) => a.action)).toEqual([
      'case_review.sheet.save',
      'case_review.sheet.submit',
    ]);
  });

  it('keeps the pool and publication consistent', async () => {
    const detail = (await shenyang.get(`${API}/batches/${ids.batch}`)).json();
    const busy = detail.reviewers.find((r: { assignments: number }) => r.assignments > 0);
    const remove = await shenyang.send('DELETE', `${API}/batches/${ids.batch}/reviewers/${busy.id}`);
    expect(remove.statusCode).toBe(409);
    expect(remove.json().detail).toContain('已分配过案卷, 不能移出');
    const publish = await shenyang.post(`${API}/batches/${ids.batch}/publish`);
    expect(publish.statusCode).toBe(409);
    expect(publish.json().detail).toMatch(/^还有 \d+ 件案卷未完成评分/);
  });
});
