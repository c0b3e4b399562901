import { isValidResidentId } from '@jiandu/contracts/codes';
import { COMPLAINT_CHANNELS } from '@jiandu/contracts/complaint-labels';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { addDays, todayInShanghai } from '../src/platform/calendar/dates.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

let t: TestApp;
const lines: string[] = [];
const db = () => t.context.database.db;
const count = async (table: 'enforcement_case' | 'case_version' | 'publication' | 'case_deadline') =>
  Number(
    (await db().selectFrom(table).select(db().fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  );

let province: SessionClient; // 辽宁省司法厅's supervisor: sees the whole province

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true, demoData: 'full' } });
  await seed(t.context, SYSTEM_ACTOR, (line) => lines.push(line));
  // The demo was loaded once for the files that use it; what it printed then comes with the copy.
  lines.push(...t.seedLines);
  province = await signIn(t.app, 'sheng.jiandu', DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('the cases of the Liaoning demo', () => {
  it('come from a provincial case platform with their history, deadlines and a few published decisions', async () => {
    const agencies = await db().selectFrom('enforcement_case').select('org_id').distinct().execute();
    const cases = await count('enforcement_case');
    expect(agencies.length).toBeGreaterThan(20);
    expect(cases).toBeGreaterThanOrEqual(agencies.length * 30);
    expect(await count('case_version')).toBeGreaterThan(cases);
    expect(await count('case_deadline')).toBeGreaterThan(cases);
    expect(await count('publication')).toBeGreaterThan(20);
    expect(lines.some((l) => /执法案件: \d+ 件/.test(l))).toBe(true);
  });

  it('carry the defects supervision looks for, at realistic rates', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const late = await db()
      .selectFrom('case_deadline')
      .select(db().fn.countAll<number>().as('n'))
      .where('code', '=', 'PUBLICITY_DUE')
      .where((eb) =>
        eb.or([eb('met_on', '>', eb.ref('due')), eb.and([eb('met_on', 'is', null), eb('due', '<', today)])]),
      )
      .executeTakeFirstOrThrow();
    const all = await db()
      .selectFrom('case_deadline')
      .select(db().fn.countAll<number>().as('n'))
      .where('code', '=', 'PUBLICITY_DUE')
      .executeTakeFirstOrThrow();
    const share = Number(late.n) / Number(all.n);
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.3);
  });

  it('publish no natural person by name', async () => {
    const published = await db().selectFrom('publication').select(['party_name', 'content']).execute();
    const people = published.filter((p) => JSON.parse(p.content).partyType === 'person');
    expect(people.length).toBeGreaterThan(0);
    for (const p of people) expect(p.party_name).toMatch(/^.某$/u);
  });
});

/** How many rows a list shows in total for a query, as the list's header says. */
const total = async (path: string, query: string) => {
  const res = await province.get(`${path}?pageSize=1&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().total as number;
};
const first = async (path: string, query: string) => {
  const res = await province.get(`${path}?pageSize=100&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const [row] = res.json().items as { id: string }[];
  expect(row, query).toBeDefined();
  const detail = await province.get(`${path}/${row!.id}`);
  expect(detail.statusCode, detail.body).toBe(200);
  return detail.json();
};

describe('the complaints of the Liaoning demo', () => {
  const complaints = (query = '') => total('/api/complaints', query);

  it('come in over more than a year from every channel, the 12345 hotline the largest', async () => {
    const all = await complaints();
    expect(all).toBeGreaterThanOrEqual(150);
    expect(all).toBeLessThanOrEqual(300);
    const byChannel = Object.fromEntries(
      await Promise.all(COMPLAINT_CHANNELS.map(async (c) => [c, await complaints(`channel=${c}`)] as const)),
    );
    for (const channel of COMPLAINT_CHANNELS) expect(byChannel[channel], channel).toBeGreaterThan(0);
    const largest = Math.max(...Object.values(byChannel));
    expect(byChannel.hotline_12345).toBe(largest);
    expect(await complaints(`to=${addDays(todayInShanghai(), -365)}`)).toBeGreaterThan(0);
    expect(lines.some((l) => /投诉举报: \d+ 件/.test(l))).toBe(true);
  });

  it('are mostly closed and rated, mostly satisfied; some declined with reasons, passed down, extended or reopened', async () => {
    const closed = await complaints('status=closed');
    expect(closed).toBeGreaterThan((await complaints()) / 2);
    const res = await province.get('/api/complaints/statistics');
    expect(res.statusCode, res.body).toBe(200);
    const stats = res.json();
    expect(stats.satisfaction.rated).toBeGreaterThan(closed / 2);
    const rated: Record<string, number> = Object.fromEntries(
      (stats.satisfaction.byRating as { rating: string; total: number }[]).map((r) => [r.rating, r.total]),
    );
    const [satisfied = 0, basically = 0, unsatisfied = 0] = [
      rated.satisfied,
      rated.basically,
      rated.unsatisfied,
    ];
    expect(satisfied).toBeGreaterThan(basically);
    expect(basically).toBeGreaterThan(unsatisfied);
    expect(unsatisfied).toBeGreaterThan(0);
    expect(stats.timeliness.extensionsGranted).toBeGreaterThanOrEqual(3);
    expect(stats.reopened).toBeGreaterThanOrEqual(3);
    const declined = await first('/api/complaints', 'status=declined');
    expect(declined.declineReason.length).toBeGreaterThan(20);
    expect(await complaints('status=transferred')).toBeGreaterThan(0);
    const passedDown = await db()
      .selectFrom('complaint_event')
      .select(db().fn.countAll<number>().as('n'))
      .where('kind', '=', 'transferred')
      .executeTakeFirstOrThrow();
    expect(Number(passedDown.n)).toBeGreaterThanOrEqual(10);
  });

  it('leave the newest open, a handful of them overdue', async () => {
    const overdue = await complaints('due=overdue');
    expect(overdue).toBeGreaterThanOrEqual(3);
    expect(overdue).toBeLessThanOrEqual(10);
    expect(await complaints('due=pending')).toBeGreaterThan(0);
    expect(await complaints('status=registered')).toBeGreaterThan(0);
    expect(await complaints('status=handling')).toBeGreaterThan(0);
  });

  it('show a repeated complaint with the earlier one as related, and complainants that look real', async () => {
    const repeat = await first('/api/complaints', `q=${encodeURIComponent('再次反映')}`);
    expect(repeat.related.length).toBeGreaterThan(0);
    expect(repeat.related[0].reason).toContain('同一联系电话');
    expect(repeat.complainant.phone).toMatch(/^1[3-9]\d{9}$/);
    const withId = await db()
      .selectFrom('complaint')
      .select('id')
      .where('id_number_enc', 'is not', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const named = (await province.get(`/api/complaints/${withId.id}`)).json();
    expect(isValidResidentId(named.complainant.idNumber)).toBe(true);
    const flags = await db().selectFrom('complaint').select(['anonymous', 'confidential']).execute();
    expect(flags.filter((f) => f.anonymous).length).toBeGreaterThan(0);
    expect(flags.filter((f) => f.confidential).length).toBeGreaterThan(0);
  });

  it('turned two or three into supervision matters', async () => {
    const opened = await db()
      .selectFrom('matter')
      .select(['id', 'origin_ref'])
      .where('origin', '=', 'complaint')
      .execute();
    expect(opened.length).toBeGreaterThanOrEqual(2);
    expect(opened.length).toBeLessThanOrEqual(3);
    const complaint = (await province.get(`/api/complaints/${opened[0]!.origin_ref}`)).json();
    expect(complaint.matterId).toBe(opened[0]!.id);
  });
});

describe('the referrals of the Liaoning demo', () => {
  const referrals = (query = '') => total('/api/referrals', query);

  it('go mostly to the police, some to 纪检监察 and the procuratorate, at every stage, two overdue', async () => {
    const police = await referrals('targetKind=police');
    const discipline = await referrals('targetKind=discipline');
    const procuratorate = await referrals('targetKind=procuratorate');
    expect(police + discipline + procuratorate).toBeGreaterThanOrEqual(15);
    expect(police).toBeGreaterThan(discipline + procuratorate);
    expect(discipline).toBeGreaterThanOrEqual(2);
    expect(procuratorate).toBeGreaterThanOrEqual(1);
    for (const status of ['draft', 'submitted', 'approved', 'sent', 'received', 'answered', 'closed'])
      expect(await referrals(`status=${status}`), status).toBeGreaterThan(0);
    const overdue = await referrals('due=overdue');
    expect(overdue).toBeGreaterThanOrEqual(1);
    expect(overdue).toBeLessThanOrEqual(3);
    expect(lines.some((l) => /线索移送: /.test(l))).toBe(true);
  });

  it('hold a refused approval, a police refusal and its reconsideration, and exhibits handed over', async () => {
    const refused = await first('/api/referrals', `q=${encodeURIComponent('非法经营药品')}`);
    expect(refused.approvals.map((a: { decision: string }) => a.decision)).toContain('refused');
    expect(refused.status).toBe('closed');
    const reconsidered = await first('/api/referrals', `q=${encodeURIComponent('非法倾倒危险废物')}`);
    expect(reconsidered.reviews[0]).toMatchObject({ kind: 'reconsideration', result: 'filed' });
    expect(reconsidered.handedOverOn).not.toBeNull();
    const refusal = await first('/api/referrals', `q=${encodeURIComponent('危险化学品')}`);
    expect(refusal.outcome).toBe('not_filed');
    const pdf = await province.get(`/api/referrals/${reconsidered.id}/document.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
