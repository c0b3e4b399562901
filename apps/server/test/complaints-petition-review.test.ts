import { PERMISSION_CODES, type Permission } from '@jiandu/contracts/permissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '../src/demo/demo-actor.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import type { UserActor } from '../src/platform/authz/actor.ts';
import type { Db } from '../src/platform/db/tables.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';
import { orgNamed } from './warnings-fixtures.ts';

/*
 * 信访 复查 and 复核 (信访工作条例 Arts. 35–36): the windows after each answer (the last day taken,
 * the next refused with the date), the superior organ that answers, its period, reminders and
 * overdue marking, the audit trail, and no re-acceptance of the same facts after 复核.
 */

let t: TestApp;
let db: Db;
let heping: SessionClient; // 和平区司法局: handled the petition
let district: UserActor; // the same, on a moved clock
let city: UserActor; // 沈阳市司法局: the 复查 organ
let province: UserActor; // 辽宁省司法厅: the 复核 organ
let agencyId: string;

/** A console user whose grants reach one org and everything under it. */
async function scoped(name: string, person: string): Promise<UserActor> {
  const org = await db
    .selectFrom('org')
    .select(['id', 'path'])
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  const reach = [{ kind: 'org_subtree' as const, orgPath: org.path }];
  return {
    ...demoActor(org.id, name, person, `t-${person}`),
    grants: new Map(PERMISSION_CODES.map((p) => [p as Permission, reach])),
  };
}

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  db = t.context.database.db;
  agencyId = (await orgNamed(db, '和平区市场监督管理局')).id;
  heping = await signIn(t.app, 'heping.jiandu', DEMO_PASSWORD);
  district = await scoped('和平区司法局', '王磊');
  city = await scoped('沈阳市司法局', '李娜');
  province = await scoped('辽宁省司法厅', '张伟');
});
afterAll(() => t.close());

const on = (date: string) =>
  t.context.services.complaints.withClock({ today: () => date, now: () => `${date}T02:00:00.000Z` });

/** What each petition of this file is about: its own officer and words, so none repeats another. */
const MATTERS = {
  window: ['周一', '市场监管人员查封仓库时没有制作现场笔录, 也没有让当事人签字确认查封清单。'],
  received: ['吴二', '城管队员在夜市收缴摊位桌椅, 既不开具收据也不告知领回的办法和期限。'],
  phone: ['郑三', '电话反映药店检查中执法人员索要样品且没有出具抽样凭证, 至今未退回。'],
  overdue: ['冯四', '卫生监督所对诊所作出吊销许可的决定前没有告知听证权利, 程序明显违法。'],
  concluded: ['陈五', '交通执法大队扣留货车三个月不作处理决定, 车主多次询问均被推脱, 损失严重。'],
  unrelated: ['褚六', '应急管理局对加油站一年内检查十一次, 每次内容相同, 严重影响正常经营。'],
} as const;

const petition = (phone: string, title: string, matter: keyof typeof MATTERS) =>
  ({
    channel: 'petition',
    anonymous: false,
    confidential: false,
    complainant: { name: '信访人', phone },
    regionCode: '210102',
    target: { agencyId, officerName: MATTERS[matter][0] },
    category: 'abuse_of_power',
    title,
    content: `信访部门转来: ${MATTERS[matter][1]}`,
  }) as never;

/** A petition registered, accepted and answered on the given days; returns its id. */
async function answered(
  phone: string,
  title: string,
  matter: keyof typeof MATTERS,
  days: [string, string, string],
): Promise<string> {
  const { complaint } = await on(days[0]).register(district, petition(phone, title, matter));
  await on(days[1]).accept(district, complaint.id);
  await on(days[2]).answer(district, complaint.id, { answer: '经调查核实, 执法程序合法, 现书面答复如下。' });
  return complaint.id;
}

const auditOf = (id: string) =>
  db
    .selectFrom('audit_event')
    .select(['action', 'detail'])
    .where('target_id', '=', id)
    .orderBy('seq')
    .execute();

const reason = { reason: '信访人对处理意见不服, 认为事实认定错误, 请求复查。' };
const opinion = { answer: '经复查, 原处理意见认定事实清楚, 予以维持。' };

describe('复查 and 复核 of a petition', () => {
  let id: string;

  it('takes a 复查 request on the 30th day after the answer, refuses it on the 31st with the date, and sends it one level up', async () => {
    id = await answered('13911110001', '信访复查流程测试事项', 'window', [
      '2026-05-04',
      '2026-05-06',
      '2026-05-11',
    ]);
    const before = await on('2026-05-12').detail(district, id);
    expect(before.reviewWindow).toMatchObject({ level: 'review', from: '2026-05-11', until: '2026-06-10' });
    expect(before.reviewWindow?.rule).toContain('信访工作条例第三十五条');

    await expect(on('2026-06-11').requestReview(district, id, 'review', reason)).rejects.toThrow(
      /已超过请求复查的期限.*2026-05-11.*至2026-06-10届满/,
    );
    const after = await on('2026-06-10').requestReview(district, id, 'review', reason);
    expect(after).toMatchObject({ status: 'reviewing', stage: 'review', dueOn: '2026-07-10' });
    expect(after.reviews).toHaveLength(1);
    expect(after.reviews[0]).toMatchObject({
      level: 'review',
      requestedOn: '2026-06-10',
      answerReceivedOn: '2026-05-11',
      orgName: '沈阳市司法局',
      window: { due: '2026-06-10' },
      due: { due: '2026-07-10' },
      requestedBy: '王磊(和平区司法局)',
      answer: null,
    });
    expect(after.reviews[0]!.due.rule).toContain('自收到复查请求之日起30日内');
    expect(after.history.at(-1)).toMatchObject({ kind: 'review_requested' });
    const notice = await db
      .selectFrom('notification')
      .select(['org_id', 'title'])
      .where('dedupe_key', '=', `complaint:${id}:review:requested`)
      .executeTakeFirstOrThrow();
    expect(notice.org_id).toBe(city.orgId);
    expect(notice.title).toContain('请求复查');
  });

  it('counts the window from the day the petitioner says the answer arrived, never before the answer', async () => {
    const late = await answered('13911110002', '信访收到答复日期测试', 'received', [
      '2026-05-04',
      '2026-05-06',
      '2026-05-11',
    ]);
    await expect(
      on('2026-06-12').requestReview(district, late, 'review', { ...reason, answerReceivedOn: '2026-05-09' }),
    ).rejects.toThrow('不能早于书面答复作出之日 2026-05-11');
    const taken = await on('2026-06-12').requestReview(district, late, 'review', {
      ...reason,
      answerReceivedOn: '2026-05-13',
    });
    expect(taken.reviews[0]).toMatchObject({ answerReceivedOn: '2026-05-13', window: { due: '2026-06-12' } });
    const stored = await db
      .selectFrom('complaint_review')
      .selectAll()
      .where('complaint_id', '=', late)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ level: 'review', window_until: '2026-06-12', due_on: '2026-07-13' });
  });

  it('lets only the reviewing organ answer; the 复核 window then runs from that answer to the superior of the reviewer', async () => {
    const refused = await heping.post(`/api/complaints/${id}/review/answer`, opinion);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain('复查意见应由复查机关沈阳市司法局作出');
    await expect(on('2026-07-01').answerReview(district, id, 'review', opinion)).rejects.toThrow(
      '复查机关沈阳市司法局',
    );
    const reviewed = await on('2026-07-01').answerReview(city, id, 'review', opinion);
    expect(reviewed).toMatchObject({ status: 'reviewed', stage: null, dueOn: null });
    expect(reviewed.reviews[0]).toMatchObject({ answeredOn: '2026-07-01', answeredBy: '李娜(沈阳市司法局)' });
    expect(reviewed.reviewWindow).toMatchObject({
      level: 'recheck',
      from: '2026-07-01',
      until: '2026-07-31',
    });

    await expect(
      on('2026-08-01').requestReview(district, id, 'recheck', { reason: '对复查意见仍然不服, 请求复核。' }),
    ).rejects.toThrow(/已超过请求复核的期限.*至2026-07-31届满/);
    const rechecking = await on('2026-07-31').requestReview(city, id, 'recheck', {
      reason: '对复查意见仍然不服, 请求复核。',
    });
    // 30 days from 07-31 end on Sunday 08-30, so the opinion is due the next working day.
    expect(rechecking).toMatchObject({ status: 'rechecking', stage: 'recheck', dueOn: '2026-08-31' });
    expect(rechecking.reviews[1]).toMatchObject({ level: 'recheck', orgName: '辽宁省司法厅' });
    expect(rechecking.reviews[1]!.due.rule).toContain('顺延至2026-08-31');
  });

  it('ends with the 复核 opinion: no further request, and the audit trail has each step', async () => {
    await expect(on('2026-08-03').answerReview(city, id, 'recheck', opinion)).rejects.toThrow(
      '复核机关辽宁省司法厅',
    );
    const done = await on('2026-08-03').answerReview(province, id, 'recheck', {
      answer: '经复核, 维持复查意见。信访人仍以同一事实和理由提出的, 不再受理。',
    });
    expect(done).toMatchObject({ status: 'rechecked', reviewWindow: null });
    expect(done.history.at(-1)?.note).toContain('不再受理');
    await expect(on('2026-08-04').requestReview(province, id, 'recheck', reason)).rejects.toThrow(
      '当前为「已复核」',
    );
    const actions = (await auditOf(id)).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'complaint.review.request',
        'complaint.review.answer',
        'complaint.recheck.request',
        'complaint.recheck.answer',
      ]),
    );
    const figures = await on('2026-08-04').statistics(province, {});
    expect(figures.reviews).toEqual({ review: 2, recheck: 1 });
    const request = (await auditOf(id)).find((a) => a.action === 'complaint.review.request')!;
    expect(JSON.parse(request.detail as string)).toMatchObject({
      requestedOn: '2026-06-10',
      windowUntil: '2026-06-10',
      org: city.orgId,
    });
  });

  it('refuses a review of a complaint not handled as a petition', async () => {
    const { complaint } = await on('2026-05-04').register(district, {
      ...(petition('13911110003', '普通投诉不适用复查', 'phone') as object),
      channel: 'phone',
    } as never);
    await on('2026-05-05').accept(district, complaint.id);
    await on('2026-05-06').answer(district, complaint.id, { answer: '经调查核实, 现答复如下, 请知悉。' });
    expect((await on('2026-05-07').detail(district, complaint.id)).reviewWindow).toBeNull();
    await expect(on('2026-05-07').requestReview(district, complaint.id, 'review', reason)).rejects.toThrow(
      '只有按信访程序办理的事项可以请求复查',
    );
  });
});

describe('review deadlines', () => {
  it('reminds the reviewing organ before the due date, then marks the 复查 overdue and records a late answer', async () => {
    const id = await answered('13911110004', '信访复查逾期测试事项', 'overdue', [
      '2026-05-04',
      '2026-05-06',
      '2026-05-11',
    ]);
    await on('2026-05-25').requestReview(district, id, 'review', reason);
    const notices = (kind: string) =>
      db
        .selectFrom('notification')
        .select(['org_id', 'title'])
        .where('link', '=', `/complaints/${id}`)
        .where('kind', '=', kind)
        .execute();
    await on('2026-06-19').runReminders();
    expect(await notices('complaint.due-soon')).toHaveLength(0);
    await on('2026-06-22').runReminders();
    const soon = await notices('complaint.due-soon');
    expect(soon).toHaveLength(1);
    expect(soon[0]).toMatchObject({ org_id: city.orgId });
    expect(soon[0]!.title).toContain('复查答复将于2026-06-24到期');
    await on('2026-06-24').runReminders();
    expect(await notices('complaint.overdue')).toHaveLength(0);
    await on('2026-06-25').runReminders();
    await on('2026-06-26').runReminders();
    const overdue = await notices('complaint.overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ org_id: city.orgId });
    expect(overdue[0]!.title).toContain('复查答复已逾期');
    const list = await on('2026-06-25').list(
      city,
      { due: 'overdue' },
      { page: 1, pageSize: 100, order: 'asc' },
    );
    expect(list.items.find((c) => c.id === id)).toMatchObject({
      status: 'reviewing',
      stage: 'review',
      overdue: true,
    });
    const late = await on('2026-06-26').answerReview(city, id, 'review', opinion);
    expect(late.overdue).toBe(false);
    expect(late.history.at(-1)).toMatchObject({
      kind: 'review_answered',
      note: expect.stringContaining('超过复查期限 2026-06-24'),
    });
  });
});

describe('a repeat after 复核', () => {
  it('is not accepted without new facts and reasons, and can be declined naming the concluded petition', async () => {
    const first = await answered('13911110005', '信访复核终结后重复信访', 'concluded', [
      '2026-01-05',
      '2026-01-06',
      '2026-01-12',
    ]);
    await on('2026-01-20').requestReview(district, first, 'review', reason);
    await on('2026-02-10').answerReview(city, first, 'review', opinion);
    await on('2026-02-20').requestReview(district, first, 'recheck', {
      reason: '对复查意见不服, 请求复核。',
    });
    await on('2026-03-10').answerReview(province, first, 'recheck', {
      answer: '经复核, 维持复查意见, 特此答复。',
    });

    // Registered more than 90 days later: the duplicate window has passed, the shared phone still tells.
    const { complaint } = await on('2026-07-01').register(
      district,
      petition('13911110005', '再次反映同一问题', 'concluded'),
    );
    expect(complaint.concludedRepeat).toMatchObject({ id: first, recheckedOn: '2026-03-10' });
    await expect(on('2026-07-02').accept(district, complaint.id)).rejects.toThrow(
      /已经复核的信访事项.*不再受理 \(信访工作条例第三十六条\)/,
    );
    const unrelated = await answered('13911110006', '无关的另一件信访事项', 'unrelated', [
      '2026-06-01',
      '2026-06-02',
      '2026-06-03',
    ]);
    await expect(
      on('2026-07-02').decline(district, complaint.id, {
        reason: '信访人以同一事实和理由再次提出信访请求, 不予受理。',
        repeatOf: unrelated,
      }),
    ).rejects.toThrow('不是与本件关联、已经复核的信访事项');
    const declined = await on('2026-07-02').decline(district, complaint.id, {
      reason: '信访人以同一事实和理由再次提出信访请求, 不予受理。',
      repeatOf: first,
    });
    expect(declined).toMatchObject({
      status: 'declined',
      declineReason: expect.stringContaining('同一事实和理由'),
    });
    expect(declined.history.at(-1)?.note).toContain('同一事实和理由已经复核');
    const audit = (await auditOf(complaint.id)).find((a) => a.action === 'complaint.decline')!;
    expect(JSON.parse(audit.detail as string)).toMatchObject({ repeatOf: first });
  });

  it('is accepted when the handler writes down the new facts', async () => {
    const { complaint } = await on('2026-07-03').register(
      district,
      petition('13911110005', '提出新的事实和理由', 'concluded'),
    );
    const accepted = await on('2026-07-04').accept(
      district,
      complaint.id,
      '信访人提供了复核后新发现的执法记录视频, 属于新的事实。',
    );
    expect(accepted.status).toBe('handling');
  });
});
