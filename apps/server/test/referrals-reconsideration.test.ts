import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_REFERRAL_PERIODS,
  type ReviewPeriod,
  reviewDue,
} from '../src/modules/referrals/referral-periods.ts';
import {
  auditActions,
  clockedReferrals,
  failure,
  HOLIDAY_2026,
  policeDraft,
  type ReferralTestbed,
  referralTestbed,
} from './referrals-fixtures.ts';

/**
 * 行政执法机关移送涉嫌犯罪案件的规定第九条: after the police refuse to file, the org may ask them to
 * reconsider within 3 days of receiving the notice, the police decide within 3 days of receiving the
 * request, and the org may then suggest filing supervision to the procuratorate within 3 days of
 * receiving that decision. The regulation says 日: calendar days, start day not counted, a last day
 * on a rest day moved to the next working day.
 */

let bed: ReferralTestbed;
let clock: ReturnType<typeof clockedReferrals>;
beforeAll(async () => {
  bed = await referralTestbed();
  clock = clockedReferrals(bed);
});
afterAll(() => bed.t.close());

/** A criminal transfer drafted, approved, sent and received by the police on Tuesday 1 December 2026. */
async function receivedByPolice(): Promise<string> {
  const created = await bed.staff.post('/api/referrals', policeDraft(bed));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const { at, staff, head } = clock;
  await at('2026-12-01 09:00').submit(staff, id);
  await at('2026-12-01 10:00').decide(head, id, { decision: 'approved', reason: '' });
  await at('2026-12-01 15:00').send(staff, id, { sentOn: '2026-12-01', note: '' });
  await at('2026-12-01 16:00').receive(staff, id, {
    receivedOn: '2026-12-01',
    receiver: '和平分局法制大队 李某',
    attachments: [],
  });
  return id;
}

/** Then refused to file on Wednesday 2 December, the notice received on Thursday. */
async function refusedToFile(): Promise<string> {
  const id = await receivedByPolice();
  const { at, staff } = clock;
  const refusal = {
    outcome: 'not_filed' as const,
    decidedOn: '2026-12-02',
    documentNumber: '沈公和不立字〔2026〕12号',
    reasons: '认为没有犯罪事实, 不予立案。',
    attachments: [],
  };
  const bare = await failure(at('2026-12-03 10:00').feedback(staff, id, { ...refusal, notifiedOn: null }));
  expect(bare.extras).toMatchObject({
    errors: [{ path: 'notifiedOn', message: expect.stringContaining('不予立案通知书') }],
  });
  const answered = await at('2026-12-03 10:00').feedback(staff, id, { ...refusal, notifiedOn: '2026-12-03' });
  expect(answered).toMatchObject({
    status: 'answered',
    outcome: 'not_filed',
    stage: 'reconsideration_request',
  });
  // Thursday + 3 calendar days is Sunday, so Monday; 3 working days would be Tuesday.
  expect(answered.reviewWindow).toMatchObject({ due: '2026-12-07', rule: expect.stringContaining('第九条') });
  expect(answered.reviewWindowKinds).toEqual(['reconsideration', 'supervision']);
  return id;
}

const request = (requestedOn: string, bodyName = '沈阳市公安局和平分局') => ({
  requestedOn,
  bodyName,
  documentNumber: '和市监复〔2026〕1号',
  reasons: '货值金额已达立案追诉标准, 应当立案。',
  attachments: [],
});

describe('the periods of 第九条', () => {
  // [period, start, due, what the rule says]: calendar days, start day not counted, a last day on a
  // rest day moved to the next working day.
  const cases: [ReviewPeriod, string, string, string[]][] = [
    // Thursday + 3 days is Sunday, so Monday.
    [
      'reconsiderationRequest',
      '2026-12-03',
      '2026-12-07',
      ['接到不予立案通知书之日起3日内', '顺延至2026-12-07'],
    ],
    // Friday + 3 days is Monday 7 December; 3 working days would end on Wednesday.
    ['reconsiderationDecision', '2026-12-04', '2026-12-07', ['收到提请复议的文件之日起3日内']],
    // The third day falls in the National Day holiday: the first working day after it.
    ['supervisionRequest', '2026-09-29', '2026-10-08', ['复议决定通知书之日起3日内', '国庆节']],
    // No national period for the procuratorate: the platform's setting, 30 days.
    ['supervisionFeedback', '2026-12-01', '2026-12-31', ['可配置']],
  ];
  it.each(cases)('counts %s from %s to %s', (period, start, due, says) => {
    const result = reviewDue(HOLIDAY_2026, DEFAULT_REFERRAL_PERIODS, period, start);
    expect(result.due).toBe(due);
    for (const text of says) expect(result.rule).toContain(text);
    if (period !== 'supervisionFeedback') expect(result.rule).toContain('第九条');
  });
});

describe('reconsideration, then filing supervision', () => {
  it('runs refusal → reconsideration upheld → supervision → filed → handover → closed', async () => {
    const id = await refusedToFile();
    const { at, staff } = clock;
    const asked = await at('2026-12-04 09:00').requestReview(
      staff,
      id,
      'reconsideration',
      request('2026-12-04'),
    );
    expect(asked).toMatchObject({ status: 'reconsideration', stage: 'reconsideration_decision' });
    expect(asked.reviews).toEqual([
      expect.objectContaining({
        kind: 'reconsideration',
        requestedOn: '2026-12-04',
        window: expect.objectContaining({ due: '2026-12-07' }),
        decisionDue: { due: '2026-12-07', rule: expect.stringContaining('第九条') },
        result: null,
      }),
    ]);
    const twice = await failure(
      at('2026-12-04 10:00').requestReview(staff, id, 'reconsideration', request('2026-12-04')),
    );
    expect(twice.status).toBe(409);

    // The police let their 3 days pass: marked overdue once.
    const pass = await at('2026-12-08 09:00').runReminders();
    expect(pass.overdue).toBeGreaterThanOrEqual(1);
    expect((await bed.heping.get(`/api/referrals/${id}`)).json()).toMatchObject({ overdue: true });

    const upheld = await at('2026-12-08 11:00').decideReview(staff, id, 'reconsideration', {
      result: 'upheld',
      decidedOn: '2026-12-08',
      notifiedOn: '2026-12-08',
      documentNumber: '沈公和复决字〔2026〕3号',
      reasons: '经复议, 维持不予立案决定。',
      attachments: [],
    });
    expect(upheld).toMatchObject({ status: 'answered', stage: 'supervision_request', overdue: false });
    // Tuesday + 3 days: Friday 11 December.
    expect(upheld.reviewWindow).toMatchObject({
      due: '2026-12-11',
      rule: expect.stringContaining('复议决定通知书'),
    });
    expect(upheld.reviewWindowKinds).toEqual(['supervision']);
    expect(upheld.history.find((h) => h.kind === 'reconsideration_decided')?.note).toContain(
      '超过复议决定期限 2026-12-07',
    );
    const again = await failure(
      at('2026-12-09 09:00').requestReview(staff, id, 'reconsideration', request('2026-12-09')),
    );
    expect(again.message).toContain('不能重复提出');

    const supervised = await at('2026-12-10 09:00').requestReview(
      staff,
      id,
      'supervision',
      request('2026-12-10', '沈阳市和平区人民检察院'),
    );
    expect(supervised).toMatchObject({ status: 'supervision', stage: 'supervision_feedback' });
    expect(supervised.reviews[1]?.decisionDue?.rule).toContain('可配置');

    const filed = await at('2026-12-21 09:00').decideReview(staff, id, 'supervision', {
      result: 'filed',
      decidedOn: '2026-12-20',
      notifiedOn: '2026-12-21',
      documentNumber: '沈公和立字〔2026〕99号',
      reasons: '',
      attachments: [],
    });
    expect(filed).toMatchObject({
      status: 'answered',
      outcome: 'filed',
      feedbackOutcome: 'not_filed',
      stage: 'handover',
      handoverDue: { due: '2026-12-23', rule: expect.stringContaining('第十二条') },
    });
    const early = await failure(
      at('2026-12-21 10:00').handover(staff, id, { handedOverOn: '2026-12-19', note: '' }),
    );
    expect(early.message).toContain('立案日期 (2026-12-20)');
    await at('2026-12-22 10:00').handover(staff, id, { handedOverOn: '2026-12-22', note: '' });
    const closed = await at('2026-12-22 11:00').close(staff, id, {
      conclusion: '经检察院立案监督, 公安机关已立案侦查。',
    });
    expect(closed.status).toBe('closed');
    expect(closed.history.map((h) => h.kind)).toEqual([
      'drafted',
      'submitted',
      'approved',
      'sent',
      'received',
      'answered',
      'reconsideration_requested',
      'overdue',
      'reconsideration_decided',
      'supervision_requested',
      'supervision_decided',
      'handed_over',
      'closed',
    ]);
    expect(await auditActions(bed.db, id)).toEqual([
      'referral.create',
      'referral.submit',
      'referral.approve',
      'referral.send',
      'referral.receive',
      'referral.feedback',
      'referral.reconsideration.request',
      'referral.reconsideration.decide',
      'referral.supervision.request',
      'referral.supervision.decide',
      'referral.handover',
      'referral.close',
    ]);
    const stored = await bed.db
      .selectFrom('referral_review')
      .select(['kind', 'result', 'decided_on'])
      .where('referral_id', '=', id)
      .orderBy('created_at')
      .execute();
    expect(stored).toEqual([
      { kind: 'reconsideration', result: 'upheld', decided_on: '2026-12-08' },
      { kind: 'supervision', result: 'filed', decided_on: '2026-12-20' },
    ]);
  });

  it('keeps the request papers and serves them from the referral', async () => {
    const id = await refusedToFile();
    const upload = await bed.staff.send(
      'POST',
      `/api/referrals/${id}/attachments?fileName=${encodeURIComponent('提请复议书.txt')}`,
      '提请复议书: 请求复议不予立案决定。',
      { 'content-type': 'text/plain' },
    );
    expect(upload.statusCode, upload.body).toBe(200);
    const asked = await clock.at('2026-12-04 09:00').requestReview(clock.staff, id, 'reconsideration', {
      ...request('2026-12-04'),
      attachments: [upload.json()],
    });
    expect(asked.reviews[0]?.attachments[0]?.fileName).toBe('提请复议书.txt');
    const file = await bed.heping.get(`/api/referrals/${id}/attachments/${upload.json().sha256}`);
    expect(file.body).toBe('提请复议书: 请求复议不予立案决定。');
  });

  it('lets the org go to the procuratorate directly, within the same window', async () => {
    const id = await refusedToFile();
    const res = await clock
      .at('2026-12-05 09:00')
      .requestReview(clock.staff, id, 'supervision', request('2026-12-05', '沈阳市和平区人民检察院'));
    expect(res).toMatchObject({ status: 'supervision', reviewWindowKinds: [] });
    const upheld = await clock.at('2026-12-20 09:00').decideReview(clock.staff, id, 'supervision', {
      result: 'upheld',
      decidedOn: '2026-12-18',
      notifiedOn: '2026-12-19',
      documentNumber: null,
      reasons: '检察院审查认为公安机关不立案理由成立。',
      attachments: [],
    });
    expect(upheld).toMatchObject({ status: 'answered', stage: null, dueAt: null, reviewWindowKinds: [] });
    const late = await failure(
      clock.at('2026-12-20 10:00').requestReview(clock.staff, id, 'reconsideration', request('2026-12-20')),
    );
    expect(late.status).toBe(409);
  });
});

describe('the end of the 3-day window', () => {
  it('reminds on the last day, then closes the window without marking anything overdue', async () => {
    const id = await refusedToFile();
    const { at, staff } = clock;
    expect((await at('2026-12-05 09:00').runReminders()).dueSoon).toBe(0);
    await at('2026-12-07 09:00').runReminders();
    const closing = await at('2026-12-08 09:00').runReminders();
    expect(closing.closed).toBeGreaterThanOrEqual(1);
    const notes = await bed.db
      .selectFrom('notification')
      .select('kind')
      .where('link', '=', `/referrals/${id}`)
      .where('kind', 'like', 'referral.%')
      .where('kind', '!=', 'referral.submitted')
      .where('kind', '!=', 'referral.approved')
      .orderBy('created_at')
      .execute();
    expect(notes.map((n) => n.kind)).toEqual(['referral.due-soon', 'referral.window-closed']);
    const detail = await at('2026-12-08 09:30').detail(staff, id);
    expect(detail).toMatchObject({ stage: null, dueAt: null, overdue: false, reviewWindowKinds: [] });
    expect(detail.history.at(-1)).toMatchObject({
      kind: 'window_closed',
      note: expect.stringContaining('2026-12-07'),
    });
    const row = await bed.db
      .selectFrom('referral')
      .select('overdue_stage')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.overdue_stage).toBeNull();
  });

  it('refuses a request made after the window, saying when it ended and why', async () => {
    const id = await refusedToFile();
    const { at, staff } = clock;
    const late = await failure(
      at('2026-12-08 09:00').requestReview(staff, id, 'reconsideration', request('2026-12-08')),
    );
    expect(late.status).toBe(409);
    expect(late.message).toBe(
      '已超过提请公安机关复议的期限: 应当自收到不予立案通知书之日 (2026-12-03) 起3日内提出, 期限已于2026-12-07届满 (行政执法机关移送涉嫌犯罪案件的规定第九条)',
    );
    const supervision = await failure(
      at('2026-12-08 09:00').requestReview(
        staff,
        id,
        'supervision',
        request('2026-12-08', '和平区人民检察院'),
      ),
    );
    expect(supervision.message).toContain('已超过建议人民检察院立案监督的期限');
    // Delivered to the police on the last day and recorded the next morning: within the window.
    const onTime = await at('2026-12-08 09:30').requestReview(
      staff,
      id,
      'reconsideration',
      request('2026-12-07'),
    );
    expect(onTime.status).toBe('reconsideration');
  });

  it('offers no reconsideration where the police did not refuse to file', async () => {
    const id = await receivedByPolice();
    const { at, staff } = clock;
    const filed = await at('2026-12-02 10:00').feedback(staff, id, {
      outcome: 'filed',
      decidedOn: '2026-12-02',
      notifiedOn: null,
      documentNumber: null,
      reasons: '',
      attachments: [],
    });
    expect(filed).toMatchObject({ stage: 'handover', reviewWindow: null, reviewWindowKinds: [] });
    const res = await bed.staff.post(`/api/referrals/${id}/reconsideration`, request('2026-12-02'));
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('只有公安机关不予立案后');
  });
});
