import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approvalDue,
  DEFAULT_REFERRAL_PERIODS,
  feedbackDue,
  transferDue,
} from '../src/modules/referrals/referral-periods.ts';
import { addDays, todayInShanghai } from '../src/platform/calendar/dates.ts';
import type { Db } from '../src/platform/db/tables.ts';
import type { TestApp } from './harness.ts';
import {
  auditActions as actionsOf,
  HOLIDAY_2026,
  policeDraft,
  type ReferralTestbed,
  referralTestbed,
} from './referrals-fixtures.ts';
import type { SessionClient } from './session-client.ts';

let bed: ReferralTestbed;
let t: TestApp;
let db: Db;
let staff: SessionClient; // 和平区市场监督管理局 staff: referral.manage
let head: SessionClient; // the same agency's head: referral.approve
let both: SessionClient; // a user of the agency holding both roles
let heping: SessionClient; // 和平区司法局 supervisor: sees the district's referrals
let shenhe: SessionClient; // 沈河区司法局 supervisor: another district
let agency: { id: string; regionCode: string };
let handlers: string[] = [];

beforeAll(async () => {
  bed = await referralTestbed();
  ({ t, db, staff, head, both, heping, shenhe, agency, handlers } = bed);
});
afterAll(() => t.close());

const draft = (overrides: Record<string, unknown> = {}) => policeDraft(bed, overrides);
const auditActions = (targetId: string) => actionsOf(db, targetId);
const approvedPolice = async (client = staff) => {
  const created = await client.post('/api/referrals', draft());
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  expect((await client.post(`/api/referrals/${id}/submit`)).statusCode).toBe(200);
  return id;
};

describe('the periods of 行政执法机关移送涉嫌犯罪案件的规定', () => {
  const calendar = HOLIDAY_2026;

  it('counts the head’s 3 days as calendar days and moves a last day on a weekend', () => {
    // Submitted on Tuesday: Friday is the third day.
    expect(approvalDue(calendar, DEFAULT_REFERRAL_PERIODS, 'police', '2026-12-01').due).toBe('2026-12-04');
    // Submitted on Thursday: the third day is Sunday, so Monday.
    const weekend = approvalDue(calendar, DEFAULT_REFERRAL_PERIODS, 'police', '2026-12-03');
    expect(weekend.due).toBe('2026-12-07');
    expect(weekend.rule).toContain('第五条');
    expect(weekend.rule).toContain('顺延至2026-12-07');
  });

  it('moves a last day inside a holiday to the first working day after it', () => {
    const due = approvalDue(calendar, DEFAULT_REFERRAL_PERIODS, 'police', '2026-09-29');
    expect(due.due).toBe('2026-10-08');
    expect(due.rule).toContain('国庆节');
  });

  it('counts the 24 hours from the next full hour and never moves them over a weekend', () => {
    // Approved Friday 17:30 in Shanghai: due Saturday 18:00, not Monday.
    const due = transferDue(DEFAULT_REFERRAL_PERIODS, '2026-12-04T09:30:00.000Z');
    expect(due.due).toBe('2026-12-05T10:00:00.000Z');
    expect(due.rule).toContain('2026-12-05 18:00');
    expect(due.rule).toContain('不因休息日或节假日顺延');
    // On the hour: exactly 24 hours.
    expect(transferDue(DEFAULT_REFERRAL_PERIODS, '2026-12-04T02:00:00.000Z').due).toBe(
      '2026-12-05T02:00:00.000Z',
    );
  });

  it('gives the police 3 days to decide on filing, the others the configured period', () => {
    expect(feedbackDue(calendar, DEFAULT_REFERRAL_PERIODS, 'police', '2026-12-01')).toMatchObject({
      due: '2026-12-04',
      rule: expect.stringContaining('第八条'),
    });
    expect(feedbackDue(calendar, DEFAULT_REFERRAL_PERIODS, 'discipline', '2026-12-01').due).toBe(
      '2026-12-31',
    );
  });
});

describe('a criminal transfer from draft to closing', () => {
  let id = '';

  it('checks the draft: two handlers, the case it came from, the report enclosed', async () => {
    const one = await staff.post('/api/referrals', draft({ handlers: [handlers[0]] }));
    expect(one.statusCode).toBe(400);
    expect(one.json().errors[0]).toMatchObject({
      path: 'handlers',
      message: expect.stringContaining('两名以上'),
    });
    const unknown = await staff.post('/api/referrals', draft({ handlers: [handlers[0], 'NOPE-1'] }));
    expect(unknown.json().errors[0].message).toContain('NOPE-1');
    const noCase = await staff.post('/api/referrals', draft({ originRef: 'no-such-case' }));
    expect(noCase.json().errors[0]).toMatchObject({
      path: 'originRef',
      message: '所选案件不存在或不在您的数据范围内',
    });
    const noRef = await staff.post('/api/referrals', draft({ origin: 'matter', originRef: null }));
    expect(noRef.json().errors[0].path).toBe('originRef');
    const created = await staff.post(
      '/api/referrals',
      draft({ materials: [{ kind: 'items_list', title: '涉案物品清单' }] }),
    );
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
    expect(created.json()).toMatchObject({
      status: 'draft',
      originLabel: expect.stringContaining('RF-1'),
      handlers: [{ name: '执法甲' }, { name: '执法乙' }],
    });
    const early = await staff.post(`/api/referrals/${id}/submit`);
    expect(early.statusCode).toBe(400);
    expect(early.json().detail).toContain('调查报告');
  });

  it('keeps an uploaded file in the materials and serves it from there', async () => {
    const upload = await staff.send(
      'POST',
      `/api/referrals/${id}/attachments?fileName=${encodeURIComponent('调查报告.txt')}`,
      '调查报告: 货值金额二十三万元。',
      { 'content-type': 'text/plain' },
    );
    expect(upload.statusCode, upload.body).toBe(200);
    const attachment = upload.json();
    const body = draft();
    body.materials = [{ ...body.materials[0]!, attachment } as never, body.materials[1]!];
    const updated = await staff.put(`/api/referrals/${id}`, body);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().materials[0].attachment.fileName).toBe('调查报告.txt');
    const file = await heping.get(`/api/referrals/${id}/attachments/${attachment.sha256}`);
    expect(file.body).toBe('调查报告: 货值金额二十三万元。');
  });

  it('is submitted with the 3-day approval period stored with its derivation', async () => {
    const res = await staff.post(`/api/referrals/${id}/submit`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'submitted', stage: 'approval', overdue: false });
    expect(body.approvalDue.due >= addDays(todayInShanghai(), 3)).toBe(true);
    expect(body.approvalDue.due <= addDays(todayInShanghai(), 12)).toBe(true);
    expect(body.approvalDue.rule).toContain('自');
    expect((await staff.put(`/api/referrals/${id}`, draft())).statusCode).toBe(409);
    const note = await db
      .selectFrom('notification')
      .select(['org_id', 'title'])
      .where('kind', '=', 'referral.submitted')
      .where('link', '=', `/referrals/${id}`)
      .executeTakeFirstOrThrow();
    expect(note).toMatchObject({ org_id: agency.id, title: expect.stringContaining('待负责人审批') });
  });

  it('is approved only by the head, and a criminal case then has 24 hours', async () => {
    const byStaff = await staff.post(`/api/referrals/${id}/approval`, { decision: 'approved' });
    expect(byStaff.statusCode).toBe(403);
    const res = await head.post(`/api/referrals/${id}/approval`, { decision: 'approved' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'approved', stage: 'transfer' });
    const hours = (Date.parse(body.transferDue.due) - Date.parse(body.decidedAt)) / 3_600_000;
    expect(hours).toBeGreaterThan(24);
    expect(hours).toBeLessThanOrEqual(25);
    expect(body.dueAt).toBe(body.transferDue.due);
  });

  it('is sent with a numbered 移送书 as PDF and DOCX', async () => {
    const future = await staff.post(`/api/referrals/${id}/send`, { sentOn: addDays(todayInShanghai(), 1) });
    expect(future.json().errors[0].path).toBe('sentOn');
    const res = await staff.post(`/api/referrals/${id}/send`, { sentOn: todayInShanghai() });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'sent', stage: null, dueAt: null, hasDocument: true });
    expect(res.json().number).toMatch(/^和平区市场监督管理局移〔\d{4}〕1号$/);
    const pdf = await heping.get(`/api/referrals/${id}/document.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(decodeURIComponent(String(pdf.headers['content-disposition']))).toContain('涉嫌犯罪案件移送书');
    const docx = await staff.get(`/api/referrals/${id}/document.docx`);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(docx.rawPayload.toString('latin1')).toContain('word/document.xml');
  });

  it('records the receipt, the feedback (reasons needed for not filing) and closes', async () => {
    const receipt = await staff.post(`/api/referrals/${id}/receipt`, {
      receivedOn: todayInShanghai(),
      receiver: '和平分局法制大队 李某',
    });
    expect(receipt.statusCode, receipt.body).toBe(200);
    expect(receipt.json()).toMatchObject({ status: 'received', stage: 'feedback' });
    expect(receipt.json().feedbackDue.rule).toContain('第八条');
    const bare = await staff.post(`/api/referrals/${id}/feedback`, {
      outcome: 'not_filed',
      decidedOn: todayInShanghai(),
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0]).toMatchObject({
      path: 'body.reasons',
      message: expect.stringContaining('理由'),
    });
    const filed = await staff.post(`/api/referrals/${id}/feedback`, {
      outcome: 'filed',
      decidedOn: todayInShanghai(),
      documentNumber: '沈公和立字〔2026〕88号',
    });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json()).toMatchObject({ status: 'answered', outcome: 'filed', stage: 'handover' });
    expect(filed.json().handoverDue.rule).toContain('第十二条');
    const early = await staff.post(`/api/referrals/${id}/close`, { conclusion: '公安机关已立案侦查。' });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('移交涉案物品');
    const handed = await staff.post(`/api/referrals/${id}/handover`, { handedOverOn: todayInShanghai() });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json()).toMatchObject({ stage: null, dueAt: null, handedOverOn: todayInShanghai() });
    const closed = await staff.post(`/api/referrals/${id}/close`, {
      conclusion: '公安机关已立案侦查, 本机关配合移交涉案物品。',
    });
    expect(closed.json().status).toBe('closed');
    expect(closed.json().history.map((h: { kind: string }) => h.kind)).toEqual([
      'drafted',
      'updated',
      'submitted',
      'approved',
      'sent',
      'received',
      'answered',
      'handed_over',
      'closed',
    ]);
    expect(await auditActions(id)).toEqual([
      'referral.create',
      'referral.update',
      'referral.attachment.download',
      'referral.submit',
      'referral.approve',
      'referral.send',
      'referral.document.download',
      'referral.document.download',
      'referral.receive',
      'referral.feedback',
      'referral.handover',
      'referral.close',
    ]);
  });
});

describe('refusal, other targets and who may do what', () => {
  it('refuses only with reasons, and a refused referral cannot be sent', async () => {
    const id = await approvedPolice();
    const bare = await head.post(`/api/referrals/${id}/approval`, { decision: 'refused' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0].path).toBe('body.reason');
    const res = await head.post(`/api/referrals/${id}/approval`, {
      decision: 'refused',
      reason: '货值金额尚未达到立案追诉标准, 依法给予行政处罚。',
    });
    expect(res.json()).toMatchObject({
      status: 'refused',
      refusalReason: expect.stringContaining('追诉标准'),
      dueAt: null,
    });
    const send = await staff.post(`/api/referrals/${id}/send`, { sentOn: todayInShanghai() });
    expect(send.statusCode).toBe(409);
    expect(send.json().detail).toContain('不予批准');
    expect(await auditActions(id)).toEqual(['referral.create', 'referral.submit', 'referral.refuse']);
  });

  it('does not let the person who submitted approve it', async () => {
    const id = await approvedPolice(both);
    const res = await both.post(`/api/referrals/${id}/approval`, { decision: 'approved' });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toBe('提交人不能审批自己提交的移送');
  });

  it('has no 24-hour period outside a criminal transfer', async () => {
    const created = await staff.post(
      '/api/referrals',
      draft({
        targetKind: 'discipline',
        targetName: '和平区纪委监委',
        origin: 'manual',
        originRef: null,
        handlers: [handlers[0]],
        materials: [{ kind: 'case_file', title: '执法检查中发现的问题线索材料' }],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json().originLabel).toBeNull();
    await staff.post(`/api/referrals/${id}/submit`);
    const approved = await head.post(`/api/referrals/${id}/approval`, { decision: 'approved' });
    expect(approved.json()).toMatchObject({ status: 'approved', stage: null, transferDue: null });
    const sent = await staff.post(`/api/referrals/${id}/send`, { sentOn: todayInShanghai() });
    expect(sent.json().number).toMatch(/移〔\d{4}〕2号$/);
    expect(
      decodeURIComponent(
        String((await staff.get(`/api/referrals/${id}/document.pdf`)).headers['content-disposition']),
      ),
    ).toContain('问题线索移送书');
  });

  it('keeps referrals within the data scope and the permissions', async () => {
    const id = await approvedPolice();
    expect((await heping.get(`/api/referrals/${id}`)).statusCode).toBe(200);
    expect((await shenhe.get(`/api/referrals/${id}`)).statusCode).toBe(404);
    expect((await shenhe.get('/api/referrals')).json().total).toBe(0);
    const mine = await heping.get('/api/referrals?status=submitted&targetKind=police&pageSize=100');
    expect(mine.json().items.map((r: { id: string }) => r.id)).toContain(id);
    expect((await head.post('/api/referrals', draft())).statusCode).toBe(403);
    expect((await heping.post(`/api/referrals/${id}/approval`, { decision: 'approved' })).statusCode).toBe(
      403,
    );
    expect((await shenhe.post(`/api/referrals/${id}/submit`)).statusCode).toBe(404);
    const exported = await heping.get('/api/referrals/export?targetKind=police');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
  });
});

describe('reminders and overdue marking', () => {
  const at = (iso: string) =>
    t.context.services.referrals.withClock({ today: () => iso.slice(0, 10), now: () => iso });
  const notes = (id: string) =>
    db
      .selectFrom('notification')
      .select(['kind', 'dedupe_key'])
      .where('link', '=', `/referrals/${id}`)
      .where('kind', 'in', ['referral.due-soon', 'referral.overdue'])
      .orderBy('created_at')
      .execute();

  it('reminds of the approval on its last day, marks it overdue after, each once', async () => {
    const id = await approvedPolice();
    const row = await db.selectFrom('referral').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const lastDay = row.approval_due_on!;
    await at(`${addDays(lastDay, -3)}T01:00:00.000Z`).runReminders();
    expect(await notes(id)).toEqual([]);
    await at(`${lastDay}T01:00:00.000Z`).runReminders();
    await at(`${lastDay}T02:00:00.000Z`).runReminders();
    expect((await notes(id)).map((n) => n.kind)).toEqual(['referral.due-soon']);
    await at(`${addDays(lastDay, 1)}T01:00:00.000Z`).runReminders();
    await at(`${addDays(lastDay, 1)}T02:00:00.000Z`).runReminders();
    expect((await notes(id)).map((n) => n.kind)).toEqual(['referral.due-soon', 'referral.overdue']);
    const detail = (await staff.get(`/api/referrals/${id}`)).json();
    expect(detail.overdue).toBe(true);
    expect(detail.history.map((h: { kind: string }) => h.kind)).toEqual([
      'drafted',
      'submitted',
      'due_soon',
      'overdue',
    ]);
    const overdue = await heping.get('/api/referrals?due=overdue&pageSize=100');
    expect(overdue.json().items.map((r: { id: string }) => r.id)).toContain(id);
    // A late approval (here: the period moved into the past) is still taken, and says it was late.
    const yesterday = addDays(todayInShanghai(), -1);
    await db
      .updateTable('referral')
      .set({ approval_due_on: yesterday, due_at: `${yesterday}T15:59:59.999Z` })
      .where('id', '=', id)
      .execute();
    const late = await head.post(`/api/referrals/${id}/approval`, { decision: 'approved' });
    const approved = late.json().history.find((h: { kind: string }) => h.kind === 'approved');
    expect(approved.note).toContain(`超过审批期限 ${yesterday}`);
    expect(late.json().overdue).toBe(false);
  });

  it('chases the 24-hour transfer by the hour', async () => {
    const id = await approvedPolice();
    const approved = (await head.post(`/api/referrals/${id}/approval`, { decision: 'approved' })).json();
    const due = Date.parse(approved.transferDue.due);
    const hoursBefore = (h: number) => new Date(due - h * 3_600_000).toISOString();
    const pass = await at(hoursBefore(2)).runReminders();
    expect(pass.dueSoon).toBeGreaterThanOrEqual(1);
    const after = await at(hoursBefore(-1)).runReminders();
    expect(after.overdue).toBeGreaterThanOrEqual(1);
    expect((await notes(id)).map((n) => n.dedupe_key)).toEqual([
      `referral:${id}:transfer:${approved.transferDue.due}:soon`,
      `referral:${id}:transfer:${approved.transferDue.due}:overdue`,
    ]);
    const row = await db
      .selectFrom('referral')
      .select('overdue_stage')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.overdue_stage).toBe('transfer');
  });
});
