import { ReferralDraftSchema } from '@jiandu/contracts/referrals';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditActions,
  clockedReferrals,
  policeDraft,
  type ReferralTestbed,
  referralTestbed,
} from './referrals-fixtures.ts';

let bed: ReferralTestbed;
let clock: ReturnType<typeof clockedReferrals>;
beforeAll(async () => {
  bed = await referralTestbed();
  clock = clockedReferrals(bed);
});
afterAll(() => bed.t.close());

describe('resubmission after the head refused', () => {
  it('is revised and submitted again, a new round with its own 3 days, the refusal kept', async () => {
    const created = await bed.staff.post('/api/referrals', policeDraft(bed));
    const id = created.json().id as string;
    // Submitted on Tuesday 1 December: the first round ends Friday 4 December.
    await clock.at('2026-12-01 09:00').submit(clock.staff, id);
    const refused = await clock.at('2026-12-02 09:00').decide(clock.head, id, {
      decision: 'refused',
      reason: '调查报告未写明货值金额的计算依据, 请补充后再报。',
    });
    expect(refused.status).toBe('refused');
    const early = await bed.head.post(`/api/referrals/${id}/approval`, { decision: 'approved' });
    expect(early.statusCode).toBe(409);
    const facts = '经查, 该公司生产销售掺杂使假的食用油, 按销售单据计算货值金额二十三万元, 涉嫌构成犯罪。';
    const body = ReferralDraftSchema.parse(policeDraft(bed, { facts }));
    const revised = await clock.at('2026-12-09 09:00').update(clock.staff, id, body);
    expect(revised).toMatchObject({ status: 'refused', facts });
    // Resubmitted on Thursday 10 December: 3 days end on Sunday, so Monday 14 December.
    const again = await clock.at('2026-12-10 09:00').submit(clock.staff, id);
    expect(again).toMatchObject({
      status: 'submitted',
      stage: 'approval',
      approvalDue: { due: '2026-12-14' },
      refusalReason: null,
    });
    expect(again.approvals).toEqual([
      expect.objectContaining({
        round: 1,
        due: expect.objectContaining({ due: '2026-12-04' }),
        decision: 'refused',
        reason: '调查报告未写明货值金额的计算依据, 请补充后再报。',
      }),
      expect.objectContaining({
        round: 2,
        due: expect.objectContaining({ due: '2026-12-14' }),
        decision: null,
      }),
    ]);
    expect(again.history.find((h) => h.kind === 'resubmitted')?.note).toBe(
      '第2次提交审批, 审批期限 2026-12-14',
    );

    const own = await clock
      .at('2026-12-11 09:00')
      .decide(clock.staff, id, { decision: 'approved', reason: '' })
      .catch((e) => e);
    expect(own.message).toBe('提交人不能审批自己提交的移送');
    const approved = await clock
      .at('2026-12-11 10:00')
      .decide(clock.head, id, { decision: 'approved', reason: '' });
    expect(approved.status).toBe('approved');
    expect(approved.approvals.map((a) => a.decision)).toEqual(['refused', 'approved']);
    expect(approved.history.map((h) => h.kind)).toEqual([
      'drafted',
      'submitted',
      'refused',
      'updated',
      'resubmitted',
      'approved',
    ]);
    expect(await auditActions(bed.db, id)).toEqual([
      'referral.create',
      'referral.submit',
      'referral.refuse',
      'referral.update',
      'referral.resubmit',
      'referral.approve',
    ]);
  });

  it('closes a refused referral that will not be submitted again', async () => {
    const created = await bed.staff.post('/api/referrals', policeDraft(bed));
    const id = created.json().id as string;
    await bed.staff.post(`/api/referrals/${id}/submit`);
    await bed.head.post(`/api/referrals/${id}/approval`, {
      decision: 'refused',
      reason: '未达到刑事立案追诉标准, 依法给予行政处罚。',
    });
    const closed = await bed.staff.post(`/api/referrals/${id}/close`, {
      conclusion: '不予移送, 已依法给予行政处罚。',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', conclusion: '不予移送, 已依法给予行政处罚。' });
    expect((await bed.staff.post(`/api/referrals/${id}/submit`)).statusCode).toBe(409);
  });
});

describe('a referral from a complaint', () => {
  let trackingCode = '';

  beforeAll(async () => {
    const res = await bed.heping.post('/api/complaints', {
      channel: 'letter',
      anonymous: true,
      regionCode: '210102',
      target: { agencyId: bed.agency.id },
      category: 'abuse_of_power',
      title: '执法人员收受商户财物',
      content: '来信反映和平区市场监督管理局执法人员在检查中收受商户财物, 并对违法行为不予处罚。',
    });
    expect(res.statusCode, res.body).toBe(201);
    trackingCode = res.json().trackingCode;
  });

  const fromComplaint = (originRef: string) =>
    policeDraft(bed, {
      title: '执法人员涉嫌受贿问题线索',
      targetKind: 'discipline',
      targetName: '和平区纪委监委',
      origin: 'complaint',
      originRef,
      subjectName: '和平区市场监督管理局执法人员',
      suspectedOffence: '涉嫌受贿',
      handlers: [bed.handlers[0]],
      materials: [{ kind: 'case_file', title: '投诉举报材料及核查记录' }],
    });

  it('names a complaint the user may read, found by its tracking code', async () => {
    const res = await bed.heping.post('/api/referrals', fromComplaint(trackingCode.toLowerCase()));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().originLabel).toBe(`投诉举报 ${trackingCode} 执法人员收受商户财物`);
  });

  it('refuses a complaint that does not exist or lies outside the user’s data scope', async () => {
    for (const [client, ref] of [
      [bed.heping, 'TS-NO-SUCH-CODE'],
      // The agency's staff do not handle complaints about themselves: not in their scope.
      [bed.staff, trackingCode],
      [bed.shenhe, trackingCode],
    ] as const) {
      const res = await client.post('/api/referrals', fromComplaint(ref));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors[0]).toEqual({
        path: 'originRef',
        message: '所选投诉举报不存在或不在您的数据范围内',
      });
    }
  });
});
