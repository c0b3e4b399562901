import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { makeResidentId } from '@jiandu/contracts/codes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { creditCode } from './exchange-fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

/*
 * Handling a case in Jiandu, on the full Liaoning demo: 和平区市场监督管理局 is a confirmed agency with
 * certified officers, a legal reviewer and a published catalogue.
 */
let t: TestApp;
let scjg: SessionClient; // staff of 和平区市场监督管理局 (case.write)
let heping: SessionClient; // supervisor of 和平区司法局 (case.read only)
let agencyId: string;
let officers: string[]; // two valid enforcement certificates of the agency
let reviewer: string; // a legal reviewer of the agency
let item: { code: string; kind: string };
const db = () => t.context.database.db;

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true, demoData: 'full' } });
  await seed(t.context, SYSTEM_ACTOR);
  const org = await db()
    .selectFrom('org')
    .selectAll()
    .where('name', '=', '和平区市场监督管理局')
    .executeTakeFirstOrThrow();
  agencyId = org.id;
  const certs = await db()
    .selectFrom('certificate')
    .innerJoin('officer', 'officer.id', 'certificate.officer_id')
    .select(['certificate.number', 'officer.legal_reviewer'])
    .where('certificate.org_id', '=', org.id)
    .where('certificate.type', '=', 'enforcement')
    .where('certificate.status', '=', 'valid')
    .where('certificate.issue_date', '<=', '2026-01-01')
    .where('certificate.expiry_date', '>=', '2027-06-30')
    .orderBy('certificate.number')
    .execute();
  officers = certs
    .filter((c) => !c.legal_reviewer)
    .slice(0, 2)
    .map((c) => c.number);
  reviewer = certs.find((c) => c.legal_reviewer)!.number;
  expect(officers).toHaveLength(2);
  const items = await db()
    .selectFrom('item')
    .select(['code', 'kind'])
    .where('org_id', '=', org.id)
    .where('kind', '=', 'penalty')
    .where('status', '=', 'published')
    .where('effective_from', '<=', '2026-01-01')
    .orderBy('code')
    .execute();
  item = items[0]!;
  [scjg, heping] = (await Promise.all(
    ['heping.scjg', 'heping.jiandu'].map((u) => signIn(t.app, u, DEMO_PASSWORD)),
  )) as [SessionClient, SessionClient];
});
afterAll(() => t.close());

const company = {
  type: 'organization',
  name: '沈阳市和平区鑫达餐饮有限公司',
  creditCode: creditCode('91', '210102', 'MA0XK3T2'),
};

function opening(overrides: Record<string, unknown> = {}) {
  return {
    agencyId,
    itemCode: item.code,
    kind: 'penalty',
    procedure: 'general',
    title: '经营超过保质期食品案',
    party: company,
    violationEndedAt: '2026-10-20',
    officers,
    major: false,
    openedOn: '2026-11-02',
    ...overrides,
  };
}

async function openCase(overrides: Record<string, unknown> = {}) {
  const res = await scjg.post('/api/cases', opening(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { summary: { id: string; version: number; externalId: string } };
}

async function stage(id: string, version: number, body: Record<string, unknown>) {
  return scjg.post(`/api/cases/${id}/stages`, { expectedVersion: version, ...body });
}

const decision = (amount: number) => ({
  penalties: [{ type: 'warning' }, { type: 'fine', amount }],
  circumstance: 'general',
  facts: '当事人于2026年10月在其经营场所销售超过保质期的预包装食品, 有现场笔录、照片和进货单据为证。',
  legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款',
});

describe('opening a case in Jiandu', () => {
  it('files it with a case number of the agency, as version 1 with its filing on the timeline', async () => {
    const opened = await openCase();
    expect(opened.summary.externalId).toMatch(/立〔2026〕\d+号$/);
    const detail = (await scjg.get(`/api/cases/${opened.summary.id}`)).json();
    expect(detail.summary).toMatchObject({
      origin: 'native',
      version: 1,
      status: 'open',
      filedOn: '2026-11-02',
    });
    expect(detail.timeline).toEqual([expect.objectContaining({ type: 'filed', day: '2026-11-02' })]);
    const audit = await db()
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'case.open')
      .where('target_id', '=', opened.summary.id)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses fewer than two certified officers, naming the article', async () => {
    const res = await scjg.post('/api/cases', opening({ officers: [officers[0], 'NOT-A-CERT'] }));
    expect(res.statusCode).toBe(422);
    expect(res.json().refusals).toEqual([
      expect.objectContaining({
        rule: 'TOO_FEW_OFFICERS',
        basis: expect.stringContaining('行政处罚法第四十二条'),
      }),
    ]);
    expect(res.json().detail).toContain('NOT-A-CERT 不存在');
  });

  it('refuses an item outside the agency’s catalogue (清单之外无执法)', async () => {
    const res = await scjg.post('/api/cases', opening({ itemCode: 'NO-SUCH-ITEM' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().refusals.map((r: { rule: string }) => r.rule)).toContain('ITEM_NOT_IN_CATALOGUE');
  });

  it('is for agency staff: a supervisor who may only read is refused', async () => {
    expect((await heping.post('/api/cases', opening())).statusCode).toBe(403);
  });
});

describe('recording stages', () => {
  it('refuses a decision without prior notice, then inside the hearing period, and allows it after', async () => {
    const { summary } = await openCase();
    const early = await stage(summary.id, 1, { type: 'decided', at: '2026-11-05', decision: decision(2000) });
    expect(early.statusCode).toBe(422);
    expect(early.json().refusals.map((r: { rule: string }) => r.rule)).toEqual(['NO_PRIOR_NOTICE']);

    const notified = await stage(summary.id, 1, { type: 'notified', at: '2026-11-10' });
    expect(notified.statusCode, notified.body).toBe(200);
    expect(notified.json().summary.version).toBe(2);

    // 150,000 yuan to an organisation is 较大数额: five working days to ask for a hearing, to 11-17.
    const inside = await stage(summary.id, 2, {
      type: 'decided',
      at: '2026-11-13',
      decision: decision(150_000),
    });
    expect(inside.statusCode).toBe(422);
    expect(inside.json().refusals[0]).toMatchObject({
      rule: 'HEARING_PERIOD_CUT_SHORT',
      basis: '行政处罚法第六十四条',
    });
    expect(inside.json().refusals[0].message).toContain('2026-11-17');

    const after = await stage(summary.id, 2, {
      type: 'decided',
      at: '2026-11-18',
      decision: decision(150_000),
    });
    expect(after.statusCode, after.body).toBe(200);
    const body = after.json();
    expect(body.summary).toMatchObject({
      status: 'decided',
      decidedOn: '2026-11-18',
      fine: 150_000,
      version: 3,
    });
    expect(body.record.decision.documentNumber).toMatch(/罚决〔2026〕\d+号$/);
    expect(body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
  });

  it('refuses a major decision without an approved legal review, and a reviewer who is not one', async () => {
    const { summary } = await openCase({ major: true });
    await stage(summary.id, 1, { type: 'notified', at: '2026-11-03' });
    const decided = await stage(summary.id, 2, {
      type: 'decided',
      at: '2026-11-20',
      decision: decision(5000),
    });
    expect(decided.json().refusals.map((r: { rule: string }) => r.rule)).toContain(
      'MAJOR_WITHOUT_LEGAL_REVIEW',
    );

    const byOfficer = await stage(summary.id, 2, {
      type: 'legal_review',
      at: '2026-11-12',
      reviewer: officers[0],
      opinion: 'approved',
    });
    expect(byOfficer.statusCode).toBe(422);
    expect(byOfficer.json().refusals[0]).toMatchObject({ rule: 'REVIEWER_NOT_QUALIFIED' });

    const reviewed = await stage(summary.id, 2, {
      type: 'legal_review',
      at: '2026-11-12',
      reviewer,
      opinion: 'approved',
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    const ok = await stage(summary.id, 3, { type: 'decided', at: '2026-11-20', decision: decision(5000) });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('refuses the simple procedure above its limits', async () => {
    const person = { type: 'person', name: '李建国', idNumber: makeResidentId('21010219800101123') };
    const { summary } = await openCase({ procedure: 'simple', party: person });
    const res = await stage(summary.id, 1, { type: 'decided', at: '2026-11-02', decision: decision(500) });
    expect(res.statusCode).toBe(422);
    expect(res.json().refusals[0]).toMatchObject({
      rule: 'SIMPLE_PROCEDURE_MISUSED',
      basis: '行政处罚法第五十一条',
    });
    expect(res.json().refusals[0].message).toContain('200 元');
    const ok = await stage(summary.id, 1, { type: 'decided', at: '2026-11-02', decision: decision(200) });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('refuses a stale version, a stage before its prerequisite and a date in the future', async () => {
    const { summary } = await openCase();
    expect((await stage(summary.id, 5, { type: 'notified', at: '2026-11-10' })).statusCode).toBe(409);
    const served = await stage(summary.id, 1, { type: 'served', at: '2026-11-10' });
    expect(served.json().refusals[0]).toMatchObject({ rule: 'MISSING_STAGE' });
    const future = await stage(summary.id, 1, { type: 'notified', at: '2099-01-01' });
    expect(future.json().refusals[0]).toMatchObject({ rule: 'FUTURE_DATE' });
    const row = await db()
      .selectFrom('enforcement_case')
      .select('version')
      .where('id', '=', summary.id)
      .executeTakeFirstOrThrow();
    expect(row.version).toBe(1);
  });
});

/** One file of a ZIP archive, read from its local header (the archives here are small). */
function unzip(archive: Buffer, name: string): string {
  let offset = 0;
  while (archive.readUInt32LE(offset) === 0x04034b50) {
    const size = archive.readUInt32LE(offset + 18);
    const nameLength = archive.readUInt16LE(offset + 26);
    const extra = archive.readUInt16LE(offset + 28);
    const entry = archive.subarray(offset + 30, offset + 30 + nameLength).toString('utf8');
    const start = offset + 30 + nameLength + extra;
    if (entry === name) return inflateRawSync(archive.subarray(start, start + size)).toString('utf8');
    offset = start + size;
  }
  throw new Error(`${name} not in archive`);
}

describe('the decision document', () => {
  it('carries every element of Article 59 and is refused while one is missing', async () => {
    const { summary } = await openCase();
    await stage(summary.id, 1, { type: 'notified', at: '2026-11-10' });
    await stage(summary.id, 2, { type: 'decided', at: '2026-11-18', decision: decision(150_000) });
    const incomplete = await scjg.get(`/api/cases/${summary.id}/decision-document`);
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().refusals[0]).toMatchObject({
      rule: 'DECISION_DOCUMENT_INCOMPLETE',
      basis: '行政处罚法第五十九条',
    });
    expect(incomplete.json().detail).toContain('当事人住所');

    const withAddress = await openCase({ party: { ...company, address: '沈阳市和平区南京北街56号' } });
    const id = withAddress.summary.id;
    await stage(id, 1, { type: 'notified', at: '2026-11-10' });
    await stage(id, 2, { type: 'decided', at: '2026-11-18', decision: decision(150_000) });
    const res = await scjg.get(`/api/cases/${id}/decision-document`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toMatch(/罚决〔2026〕\d+号\.docx/);
    const xml = unzip(res.rawPayload, 'word/document.xml');
    for (const element of [
      '行政处罚决定书',
      '沈阳市和平区鑫达餐饮有限公司',
      '住所: 沈阳市和平区南京北街56号',
      '销售超过保质期的预包装食品',
      '《中华人民共和国食品安全法》第一百二十四条第一款',
      '罚款人民币150,000.00元',
      '十五日内',
      '六十日内依法申请行政复议',
      '六个月内依法向人民法院提起行政诉讼',
      '和平区市场监督管理局',
      '二〇二六年十一月十八日',
    ])
      expect(xml, element).toContain(element);
    const audit = await db()
      .selectFrom('audit_event')
      .select('action')
      .where('target_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'case.open',
      'case.stage',
      'case.stage',
      'case.decision_document',
    ]);
  });
});

describe('publicity', () => {
  const person = (birth: string, serial: string) => ({
    type: 'person',
    name: '王秀英',
    idNumber: makeResidentId(`210102${birth}${serial}`),
    address: '沈阳市和平区太原北街8号3单元502',
  });
  const personal = {
    penalties: [{ type: 'fine', amount: 180 }],
    circumstance: 'general',
    facts:
      '当事人王秀英 (身份证号 210102198503151234, 电话 13912345678) 在沈阳市和平区太原北街8号3单元502无证经营, 货款经银行账户6222021234567890123收取。',
    legalBasis: '《无证无照经营查处办法》第十三条',
  };

  async function decidedSimple(party: object) {
    const { summary } = await openCase({ procedure: 'simple', party, openedOn: '2026-11-20' });
    const res = await stage(summary.id, 1, { type: 'decided', at: '2026-11-20', decision: personal });
    expect(res.statusCode, res.body).toBe(200);
    return summary.id;
  }

  it('publishes a decision with personal data removed, finds it on the portal, and withdraws it', async () => {
    const id = await decidedSimple(person('19850315', '123'));
    const preview = (await scjg.get(`/api/cases/${id}/publication/preview`)).json();
    expect(preview.partyName).toBe('王某');
    expect(preview.facts).toContain('当事人王某');
    for (const secret of [
      '王秀英',
      '210102198503151234',
      '13912345678',
      '太原北街8号',
      '6222021234567890123',
    ])
      expect(JSON.stringify(preview)).not.toContain(secret);

    const published = await scjg.post(`/api/cases/${id}/publication`);
    expect(published.statusCode, published.body).toBe(200);
    const detail = published.json();
    // 180 yuan is 较低数额罚款: three months on the portal.
    expect(detail.publications[0]).toMatchObject({
      status: 'published',
      periodLabel: '较低数额罚款 (1万元以下)',
    });
    expect(detail.timeline.map((e: { type: string }) => e.type)).toContain('published');
    expect((await scjg.post(`/api/cases/${id}/publication`)).statusCode).toBe(409);

    const portal = await t.app.inject({ url: `/api/public/decisions?q=${encodeURIComponent('保质期')}` });
    expect(portal.statusCode).toBe(200);
    const found = portal.json().items.find((d: { id: string }) => d.id === detail.publications[0].id);
    expect(found).toMatchObject({ partyName: '王某', agencyName: '和平区市场监督管理局' });
    expect(JSON.stringify(portal.json())).not.toContain('王秀英');
    const feed = await t.app.inject({ url: '/api/public/decisions/feed.xml' });
    expect(feed.headers['content-type']).toContain('atom');
    expect(feed.body).toContain(found.documentNumber);

    const withdrawn = await scjg.post(`/api/cases/${id}/publication/withdraw`, {
      reason: '复议机关撤销原处罚决定',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().publications[0]).toMatchObject({
      status: 'withdrawn',
      withdrawReason: '复议机关撤销原处罚决定',
    });
    expect((await t.app.inject({ url: `/api/public/decisions/${found.id}` })).statusCode).toBe(404);
  });

  it('never publishes a case whose party was a minor', async () => {
    const id = await decidedSimple(person('20100301', '456'));
    const res = await scjg.post(`/api/cases/${id}/publication`);
    expect(res.statusCode).toBe(422);
    expect(res.json().refusals[0]).toMatchObject({ rule: 'MINOR_NOT_PUBLISHED' });
    expect(res.json().detail).toContain('16岁');
  });

  it('takes its periods from a table supervisors edit, audited', async () => {
    const periods = (await heping.get('/api/publication-periods')).json();
    expect(periods.map((p: { rank: number }) => p.rank)).toEqual([10, 20, 30, 40, 50]);
    expect((await scjg.send('PUT', '/api/publication-periods', periods)).statusCode).toBe(403);
    const changed = periods.map((p: { rank: number; months: number | null }) =>
      p.rank === 30 ? { ...p, months: 6 } : p,
    );
    const res = await heping.send('PUT', '/api/publication-periods', changed);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().find((p: { rank: number }) => p.rank === 30).months).toBe(6);
    const audit = await db()
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'publicity.periods')
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe('evidence files', () => {
  const bytes = Buffer.from('现场检查照片: 货架上的过期食品 (测试内容)'.repeat(200));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const sm3 = createHash('sm3').update(bytes).digest('hex');
  const query = (extra = '') =>
    `kind=photo&capturedAt=${encodeURIComponent('2026-11-02T10:15:00+08:00')}&fileName=${encodeURIComponent('货架照片.jpg')}&device=DSJ-0031${extra}`;

  it('are streamed in, hashed with SHA-256 and SM3, added to the record, downloaded and audited', async () => {
    const { summary } = await openCase();
    const up = await scjg.send(
      'POST',
      `/api/cases/${summary.id}/evidence?${query(`&officer=${officers[0]}`)}`,
      bytes,
      {
        'content-type': 'image/jpeg',
      },
    );
    expect(up.statusCode, up.body).toBe(200);
    const detail = up.json();
    expect(detail.summary.version).toBe(2);
    expect(detail.evidence).toEqual([
      expect.objectContaining({
        kind: 'photo',
        sha256,
        sm3,
        size: bytes.length,
        stored: true,
        fileName: '货架照片.jpg',
        device: 'DSJ-0031',
      }),
    ]);
    // The same file again is the same item: no new version.
    const again = await scjg.send('POST', `/api/cases/${summary.id}/evidence?${query()}`, bytes, {
      'content-type': 'image/jpeg',
    });
    expect(again.json().summary.version).toBe(2);

    // Files of any type, including ones other routes would parse (text, JSON, spreadsheets).
    for (const [type, body] of [
      ['text/plain', '询问笔录 (文本)'],
      ['application/json', '{"note":"现场记录"}'],
      ['application/octet-stream', Buffer.from([0, 1, 2, 3])],
    ] as const) {
      const res = await scjg.send('POST', `/api/cases/${summary.id}/evidence?${query()}`, body, {
        'content-type': type,
      });
      expect(res.statusCode, `${type}: ${res.body}`).toBe(200);
    }
    const down = await heping.get(`/api/cases/${summary.id}/evidence/${sha256}`);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(bytes)).toBe(true);
    expect(decodeURIComponent(String(down.headers['content-disposition']))).toContain('货架照片.jpg');
    const verified = await heping.post(`/api/cases/${summary.id}/evidence/${sha256}/verify`);
    expect(verified.json()).toMatchObject({ sha256, status: 'ok' });
    const actions = await db()
      .selectFrom('audit_event')
      .select('action')
      .where('target_id', '=', summary.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'case.open',
      'case.evidence_upload',
      'case.evidence_upload',
      'case.evidence_upload',
      'case.evidence_upload',
      'case.evidence_download',
    ]);
  });

  it('are refused from readers, and from officers who are not on the case', async () => {
    const { summary } = await openCase();
    const byReader = await heping.send('POST', `/api/cases/${summary.id}/evidence?${query()}`, bytes, {
      'content-type': 'image/jpeg',
    });
    expect(byReader.statusCode).toBe(403);
    const stranger = await scjg.send(
      'POST',
      `/api/cases/${summary.id}/evidence?${query('&officer=NOBODY-1')}`,
      bytes,
      {
        'content-type': 'image/jpeg',
      },
    );
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().detail).toContain('不是本案的执法人员');
  });

  it('come from source systems by their SHA-256', async () => {
    const { token } = await t.context.services.sources.create(
      { id: null, name: 'test' },
      '证据上传测试系统',
      [agencyId],
    );
    const put = (hash: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/exchange/v1/evidence/${hash}`,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
        payload: bytes,
      });
    const wrong = await put('0'.repeat(64));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().detail).toContain('不符');
    const first = await put(sha256);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ sha256, sm3, size: bytes.length });
    expect((await put(sha256)).json().created).toBe(false);
  });
});
