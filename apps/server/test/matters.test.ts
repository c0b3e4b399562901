import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { runNoticeReminders } from '../src/modules/matters/notice-reminders.ts';
import { DEFAULT_SUPERVISION_PERIODS } from '../src/modules/matters/supervision-periods.ts';
import { type CaseEvaluation, reconcileManyCases } from '../src/modules/warnings/warning-reconcile.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { addDays, todayInShanghai } from '../src/platform/calendar/dates.ts';
import type { Db } from '../src/platform/db/tables.ts';
import { newId } from '../src/platform/ids.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { certificateBody, officerBody } from './officers-fixtures.ts';
import { type SessionClient, signIn } from './session-client.ts';
import { findingOf, insertCase, orgNamed } from './warnings-fixtures.ts';

let t: TestApp;
let db: Db;
let heping: SessionClient; // 和平区司法局 supervisor
let shenhe: SessionClient; // 沈河区司法局 supervisor: another district
let staff: SessionClient; // 和平区市场监督管理局 staff
let agency: { id: string; regionCode: string };
const warningIds: string[] = [];
let caseIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  db = t.context.database.db;
  agency = await orgNamed(db, '和平区市场监督管理局');
  caseIds = [await insertCase(db, agency, 'MT-1'), await insertCase(db, agency, 'MT-2')];
  const batch: CaseEvaluation[] = caseIds.map((caseId, i) => ({
    caseId,
    caseVersion: 1,
    agencyOrgId: agency.id,
    regionCode: agency.regionCode,
    field: 'market',
    findings: [findingOf('PUBLICITY_OVERDUE', `MT-${i + 1} 超期未公示`)],
  }));
  const { opened } = await db.transaction().execute((trx) => reconcileManyCases(trx, batch));
  warningIds.push(...opened.map((w) => w.id));
  [heping, shenhe, staff] = (await Promise.all(
    ['heping.jiandu', 'shenhe.jiandu', 'heping.scjg'].map((u) => signIn(t.app, u, DEMO_PASSWORD)),
  )) as [SessionClient, SessionClient, SessionClient];
  // Three supervision staff of 和平区司法局 with a 监督证, and an officer of the agency with a 执法证.
  const bureau = await orgNamed(db, '和平区司法局');
  for (const [orgId, type, name] of [
    [bureau.id, 'supervision', '监督甲'],
    [bureau.id, 'supervision', '监督乙'],
    [bureau.id, 'supervision', '监督丙'],
    [agency.id, 'enforcement', '执法丁'],
  ] as const) {
    const officer = await heping.post(
      '/api/officers',
      officerBody(orgId, { name, fields: type === 'supervision' ? ['supervision'] : ['market'] }),
    );
    expect(officer.statusCode, officer.body).toBe(201);
    const certificate = await heping.post(
      '/api/certificates',
      certificateBody(officer.json().id, {
        type,
        fields: type === 'supervision' ? ['supervision'] : ['market'],
        issuingAuthority: '沈阳市人民政府',
      }),
    );
    expect(certificate.statusCode, certificate.body).toBe(201);
  }
});
afterAll(() => t.close());

const opening = (overrides: Record<string, unknown> = {}) => ({
  title: '和平区市场监管局行政处罚决定超期未公示',
  agencyId: agency.id,
  scope: 'class',
  mode: 'binding',
  origin: 'warning',
  warningIds,
  problems: ['three_systems'],
  description: '两件行政处罚决定作出后超过7个工作日未公示, 不符合三项制度要求。',
  ...overrides,
});
const historyOf = async (id: string) =>
  ((await heping.get(`/api/matters/${id}`)).json().history as { kind: string }[]).map((h) => h.kind);
const auditActions = (targetId: string) =>
  db
    .selectFrom('audit_event')
    .select('action')
    .where('target_id', '=', targetId)
    .orderBy('seq')
    .execute()
    .then((rows) => rows.map((r) => r.action));

async function supervisorsOfHeping(id: string): Promise<string[]> {
  const res = await heping.get(`/api/matters/${id}/supervisor-candidates`);
  expect(res.statusCode).toBe(200);
  return (res.json() as { officerId: string }[]).map((c) => c.officerId);
}

describe('a supervision matter from warnings to closing', () => {
  let matterId = '';
  let noticeId = '';

  it('opens from two warnings of one agency, which become a matter with a history line', async () => {
    const res = await heping.post('/api/matters', opening());
    expect(res.statusCode, res.body).toBe(201);
    const matter = res.json();
    matterId = matter.id;
    expect(matter.number).toMatch(/监督〔\d{4}〕1号$/);
    expect(matter.status).toBe('open');
    expect(matter.cases.map((c: { externalId: string }) => c.externalId).sort()).toEqual(['MT-1', 'MT-2']);
    const warning = (await heping.get(`/api/warnings/${warningIds[0]}`)).json();
    expect(warning.summary.status).toBe('matter');
    expect(warning.history.at(-1).note).toContain(matter.number);
    expect(await auditActions(matterId)).toEqual(['matter.open']);
  });

  it('refuses a single-case matter over warnings of two cases, and warnings taken already', async () => {
    const res = await heping.post('/api/matters', opening({ scope: 'single' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('不能转为监督事项');
  });

  it('is seen by the agency and its district, not by another district', async () => {
    expect((await staff.get(`/api/matters/${matterId}`)).statusCode).toBe(200);
    expect((await shenhe.get(`/api/matters/${matterId}`)).statusCode).toBe(404);
    expect(
      (await staff.post(`/api/matters/${matterId}/supervisors`, { officerIds: ['a', 'b'] })).statusCode,
    ).toBe(403);
  });

  it('needs two supervisors holding a valid 监督证', async () => {
    const candidates = await supervisorsOfHeping(matterId);
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    const one = await heping.post(`/api/matters/${matterId}/supervisors`, { officerIds: [candidates[0]] });
    expect(one.statusCode).toBe(400);
    expect(one.json().errors[0].message).toContain('两名以上');
    const enforcementOfficer = await db
      .selectFrom('certificate')
      .select('officer_id')
      .where('type', '=', 'enforcement')
      .where('org_id', '=', agency.id)
      .executeTakeFirstOrThrow();
    const stranger = await heping.post(`/api/matters/${matterId}/supervisors`, {
      officerIds: [candidates[0], enforcementOfficer.officer_id],
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().detail).toContain('监督证');
    const ok = await heping.post(`/api/matters/${matterId}/supervisors`, {
      officerIds: candidates.slice(0, 2),
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('investigating');
    expect(ok.json().supervisors).toHaveLength(2);
  });

  it('issues a notice only after an investigation record', async () => {
    const notice = {
      kind: 'opinion',
      findings: '经调阅案卷, 两件行政处罚决定作出后超过7个工作日未在门户网站公示。',
      requirements: '对两件决定立即补充公示, 并建立决定公示台账。',
      basis:
        '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》',
    };
    const early = await heping.post(`/api/matters/${matterId}/notices`, notice);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('两名以上监督人员');
    const [a, b] = await supervisorsOfHeping(matterId);
    const record = await heping.post(`/api/matters/${matterId}/records`, {
      kind: 'file_review',
      happenedOn: todayInShanghai(),
      content: '调阅 MT-1、MT-2 两件案卷, 核对门户网站公示记录, 均无公示。',
      participantIds: [a, b],
    });
    expect(record.statusCode, record.body).toBe(200);
    const issued = await heping.post(`/api/matters/${matterId}/notices`, notice);
    expect(issued.statusCode, issued.body).toBe(201);
    const body = issued.json();
    noticeId = body.id;
    expect(body.number).toMatch(/执监意〔\d{4}〕1号$/);
    expect(body.dueOn > addDays(todayInShanghai(), 29)).toBe(true);
    expect(body.objectionUntil > todayInShanghai()).toBe(true);
    expect((await heping.get(`/api/matters/${matterId}`)).json().status).toBe('rectifying');
    const note = await db
      .selectFrom('notification')
      .select(['title', 'link'])
      .where('org_id', '=', agency.id)
      .where('kind', '=', 'matter.notice')
      .executeTakeFirstOrThrow();
    expect(note.title).toBe('收到行政执法监督意见书');
  });

  it('serves the issued document as a PDF and a DOCX', async () => {
    const pdf = await staff.get(`/api/notices/${noticeId}/document.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(decodeURIComponent(String(pdf.headers['content-disposition']))).toContain('行政执法监督意见书');
    const docx = await staff.get(`/api/notices/${noticeId}/document.docx`);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(docx.rawPayload.toString('latin1')).toContain('word/document.xml');
  });

  it('takes the agency through receipt, plan and report; the supervisor returns it, then accepts', async () => {
    const received = await staff.post(`/api/notices/${noticeId}/receive`);
    expect(received.json().readAt).not.toBeNull();
    expect((await heping.post(`/api/notices/${noticeId}/receive`)).statusCode).toBe(403);
    const plan = await staff.post(`/api/notices/${noticeId}/responses`, {
      kind: 'plan',
      content: '一周内补充公示两件决定, 并由法制科每周核对公示台账。',
    });
    expect(plan.json().status).toBe('issued');
    const report = await staff.post(`/api/notices/${noticeId}/responses`, {
      kind: 'report',
      content: '两件决定已于本周在门户网站补充公示, 公示台账已建立。',
    });
    expect(report.json().status).toBe('reported');
    expect((await heping.get(`/api/matters/${matterId}`)).json().status).toBe('verifying');
    const newDue = addDays(todayInShanghai(), 10);
    const back = await heping.post(`/api/notices/${noticeId}/verdict`, {
      verdict: 'returned',
      note: '台账未附核对记录, 请补充。',
      dueOn: newDue,
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 'issued', dueOn: newDue });
    expect((await heping.get(`/api/matters/${matterId}`)).json()).toMatchObject({
      status: 'rectifying',
      dueOn: newDue,
    });
    await staff.post(`/api/notices/${noticeId}/responses`, {
      kind: 'report',
      content: '已补充每周核对记录, 附台账。',
    });
    const ok = await heping.post(`/api/notices/${noticeId}/verdict`, {
      verdict: 'accepted',
      note: '经核查, 已整改到位。',
    });
    expect(ok.json().status).toBe('accepted');
  });

  it('closes only with a conclusion, and the history and audit trail show every step', async () => {
    const closed = await heping.post(`/api/matters/${matterId}/close`, {
      conclusion: '两件决定已补充公示, 整改到位, 予以办结。',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: todayInShanghai() });
    expect(await historyOf(matterId)).toEqual([
      'opened',
      'assigned',
      'recorded',
      'notice_issued',
      'notice_read',
      'plan_submitted',
      'report_submitted',
      'report_returned',
      'report_submitted',
      'report_accepted',
      'closed',
    ]);
    expect(await auditActions(matterId)).toEqual([
      'matter.open',
      'matter.assign',
      'matter.record',
      'matter.close',
    ]);
    expect(await auditActions(noticeId)).toEqual([
      'matter.notice.issue',
      'matter.notice.download',
      'matter.notice.download',
      'matter.notice.receive',
      'matter.notice.respond',
      'matter.notice.respond',
      'matter.notice.verify',
      'matter.notice.respond',
      'matter.notice.verify',
    ]);
  });
});

/** A matter on a fresh case, investigated and with one notice issued; returns both ids. */
async function matterWithNotice(kind: string, mode = 'binding') {
  const caseId = await insertCase(db, agency, `MX-${newId().slice(-6)}`);
  const opened = await heping.post(
    '/api/matters',
    opening({ scope: 'single', origin: 'manual', warningIds: [], caseIds: [caseId], mode }),
  );
  expect(opened.statusCode, opened.body).toBe(201);
  const id = opened.json().id as string;
  const [a, b] = await supervisorsOfHeping(id);
  await heping.post(`/api/matters/${id}/supervisors`, { officerIds: [a, b] });
  await heping.post(`/api/matters/${id}/records`, {
    kind: 'investigation',
    happenedOn: todayInShanghai(),
    content: '现场核实执法情况并制作询问笔录。',
    participantIds: [a, b],
  });
  const notice = await heping.post(`/api/matters/${id}/notices`, {
    kind,
    findings: '该案未按规定期限公示行政处罚决定。',
    requirements: '立即补充公示并书面报告。',
    basis: '行政处罚法第四十八条',
  });
  return { id, notice };
}

describe('evidence and delivery', () => {
  it('stores investigation evidence, names it in a record and serves it only from there', async () => {
    const caseId = await insertCase(db, agency, `EV-${newId().slice(-6)}`);
    const opened = await heping.post(
      '/api/matters',
      opening({ scope: 'single', origin: 'manual', warningIds: [], caseIds: [caseId] }),
    );
    const id = opened.json().id as string;
    const [a, b] = await supervisorsOfHeping(id);
    await heping.post(`/api/matters/${id}/supervisors`, { officerIds: [a, b] });
    const upload = await heping.send(
      'POST',
      `/api/matters/${id}/attachments?fileName=${encodeURIComponent('询问笔录.txt')}`,
      '询问笔录: 当事人称未收到告知书。',
      {
        'content-type': 'text/plain',
      },
    );
    expect(upload.statusCode, upload.body).toBe(200);
    const attachment = upload.json();
    expect(attachment).toMatchObject({ fileName: '询问笔录.txt', contentType: 'text/plain' });
    const unnamed = await heping.get(`/api/matters/${id}/attachments/${attachment.sha256}`);
    expect(unnamed.statusCode).toBe(404);
    const record = await heping.post(`/api/matters/${id}/records`, {
      kind: 'interview',
      happenedOn: todayInShanghai(),
      content: '询问当事人, 制作询问笔录一份。',
      participantIds: [a, b],
      attachments: [attachment],
    });
    expect(record.json().records[0].attachments[0].fileName).toBe('询问笔录.txt');
    const download = await staff.get(`/api/matters/${id}/attachments/${attachment.sha256}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('询问笔录: 当事人称未收到告知书。');
    const forged = { ...attachment, sha256: 'a'.repeat(64) };
    const refused = await heping.post(`/api/matters/${id}/records`, {
      kind: 'interview',
      happenedOn: todayInShanghai(),
      content: '再次询问当事人, 未制作笔录。',
      participantIds: [a, b],
      attachments: [forged],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain('未上传成功');
  });

  it("queues the notice for the agency's source systems through the outbox", async () => {
    const sourceId = newId();
    await db
      .insertInto('source_system')
      .values({
        id: sourceId,
        name: '和平区市场监管业务系统',
        token_hash: `hash-${sourceId}`,
        token_prefix: 'jd_test',
        created_by: 'test',
        created_at: new Date().toISOString(),
        revoked_at: null,
        revoked_by: null,
        last_used_at: null,
        last_used_ip: null,
        webhook_url: null,
        webhook_secret_enc: null,
        webhook_updated_at: null,
      })
      .execute();
    await db.insertInto('source_system_org').values({ source_id: sourceId, org_id: agency.id }).execute();
    const { id, notice } = await matterWithNotice('recommendation', 'advisory');
    expect(notice.statusCode, notice.body).toBe(201);
    const message = await db
      .selectFrom('outbox_message')
      .select(['topic', 'idempotency_key', 'payload'])
      .where('target_id', '=', sourceId)
      .executeTakeFirstOrThrow();
    expect(message.topic).toBe('supervision.notice.issued');
    expect(message.idempotency_key).toBe(`notice:${notice.json().id}`);
    expect(JSON.parse(message.payload)).toMatchObject({
      number: notice.json().number,
      kindName: '行政执法监督建议书',
    });
    expect(await historyOf(id)).toContain('notice_delivered');
  });
});

describe('decisions, objections and overdue notices', () => {
  it('keeps 决定书 for binding supervision', async () => {
    const { notice } = await matterWithNotice('decision', 'advisory');
    expect(notice.statusCode).toBe(409);
    expect(notice.json().detail).toContain('柔性监督');
  });

  it('takes one objection within the period and withdraws the notice when it is upheld', async () => {
    const { id, notice } = await matterWithNotice('decision');
    const noticeId = notice.json().id;
    const filed = await staff.post(`/api/notices/${noticeId}/objections`, {
      grounds: '该决定公示系因系统故障延迟, 已有故障记录。',
    });
    expect(filed.statusCode, filed.body).toBe(200);
    const objection = filed.json().objections[0];
    expect(objection.decideBy > todayInShanghai()).toBe(true);
    const again = await staff.post(`/api/notices/${noticeId}/objections`, {
      grounds: '再次申请复查, 理由同前。',
    });
    expect(again.json().detail).toBe('每份监督文书只能申请一次复查');
    expect(
      (await heping.post(`/api/matters/${id}/close`, { conclusion: '无需整改, 事项予以办结。' })).statusCode,
    ).toBe(409);
    const decided = await heping.post(`/api/notices/${noticeId}/objection-decision`, {
      decision: 'upheld',
      reason: '经核实系系统故障所致, 异议成立。',
    });
    expect(decided.json().status).toBe('withdrawn');
    expect((await heping.get(`/api/matters/${id}`)).json().status).toBe('investigating');
  });

  it('refuses an objection after the period', async () => {
    const { notice } = await matterWithNotice('opinion');
    const noticeId = notice.json().id;
    await db
      .updateTable('supervision_notice')
      .set({ objection_until: addDays(todayInShanghai(), -1) })
      .where('id', '=', noticeId)
      .execute();
    const late = await staff.post(`/api/notices/${noticeId}/objections`, {
      grounds: '对意见书认定的事实有异议。',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('已超过申请复查的期限');
  });

  it('reminds before the due date, chases the day after, flags escalation, each once', async () => {
    const { id, notice } = await matterWithNotice('opinion');
    const due = notice.json().dueOn as string;
    const calendar = await t.context.calendar.calendar();
    const run = (today: string) =>
      runNoticeReminders(db, calendar, DEFAULT_SUPERVISION_PERIODS, {
        today: () => today,
        now: () => `${today}T02:00:00.000Z`,
      });
    const notes = () =>
      db
        .selectFrom('notification')
        .select(['org_id', 'kind'])
        .where('link', 'like', `%${id}%`)
        .orderBy('created_at')
        .execute();
    expect((await run(addDays(due, -20))).dueSoon).toBe(0);
    const soon = await run(due);
    expect(soon.dueSoon).toBeGreaterThanOrEqual(1);
    const late = await run(addDays(due, 1));
    expect(late.overdue).toBeGreaterThanOrEqual(1);
    const overdueNotes = (await notes()).filter((n) => n.kind === 'matter.overdue');
    expect(overdueNotes).toHaveLength(1); // the supervisor's; the agency's links to the notice
    expect((await run(addDays(due, 2))).overdue).toBe(0);
    const escalate = await run(addDays(due, DEFAULT_SUPERVISION_PERIODS.escalateAfterDays));
    expect(escalate.escalationDue).toBeGreaterThanOrEqual(1);
    const history = await historyOf(id);
    expect(history.filter((k) => ['due_soon', 'overdue', 'escalation_due'].includes(k))).toEqual([
      'due_soon',
      'overdue',
      'escalation_due',
    ]);
    const escalated = await heping.post(`/api/matters/${id}/escalations`, {
      kind: 'interview',
      happenedOn: todayInShanghai(),
      note: '约谈该局分管负责人, 责令限期整改。',
    });
    expect(escalated.statusCode, escalated.body).toBe(200);
    expect(escalated.json().history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'escalated', note: expect.stringContaining('约谈') }),
      ]),
    );
  });
});
