import { isValidResidentId } from '@jiandu/contracts/codes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoOrg, LIAONING_DEMO } from '../src/demo/liaoning-orgs.ts';
import { seedOfficerDemo } from '../src/demo/officers-demo.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { addDays, todayInShanghai } from '../src/platform/calendar/dates.ts';
import { decryptField } from '../src/platform/crypto/field-cipher.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
const db = () => t.context.database.db;
const today = todayInShanghai();

beforeAll(async () => {
  t = await createTestApp({ seedCalendar: false, config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  // Until the demo seed calls it, load the officer demo here the way it will.
  if (!(await db().selectFrom('officer').select('id').limit(1).executeTakeFirst())) {
    const ids = new Map<string, string>();
    const walk = async (org: DemoOrg) => {
      const row = await db()
        .selectFrom('org')
        .select('id')
        .where('name', '=', org.name)
        .executeTakeFirstOrThrow();
      ids.set(org.key, row.id);
      for (const child of org.children ?? []) await walk(child);
    };
    await walk(LIAONING_DEMO);
    await seedOfficerDemo(t.context.services, ids, () => {});
  }
});
afterAll(() => t.close());

describe('officer demo', () => {
  it('staffs every agency with 6–25 officers and at least two legal reviewers', async () => {
    const rows = await db()
      .selectFrom('org')
      .leftJoin('officer', 'officer.org_id', 'org.id')
      .select(['org.name', 'org.kind', 'officer.legal_reviewer', 'officer.id'])
      .where('org.kind', 'in', ['agency', 'township_government', 'supervisor'])
      .execute();
    const byOrg = new Map<string, { kind: string; officers: number; reviewers: number }>();
    for (const r of rows) {
      const entry = byOrg.get(r.name) ?? { kind: r.kind, officers: 0, reviewers: 0 };
      if (r.id) entry.officers += 1;
      if (r.legal_reviewer === 1) entry.reviewers += 1;
      byOrg.set(r.name, entry);
    }
    const demoNames = new Set<string>();
    const walk = (org: DemoOrg) => {
      demoNames.add(org.name);
      for (const c of org.children ?? []) walk(c);
    };
    walk(LIAONING_DEMO);
    for (const [name, e] of byOrg) {
      if (!demoNames.has(name)) continue;
      if (e.kind === 'supervisor') expect(e.officers, name).toBeGreaterThanOrEqual(2);
      else {
        expect(e.officers, name).toBeGreaterThanOrEqual(6);
        expect(e.officers, name).toBeLessThanOrEqual(25);
        expect(e.reviewers, name).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('uses valid Liaoning ID numbers of people aged 25 to 58, and varied surnames', async () => {
    const officers = await db()
      .selectFrom('officer')
      .select(['id_number_enc', 'name', 'birth_date'])
      .execute();
    const surnames = new Set(officers.map((o) => o.name.slice(0, 1)));
    expect(surnames.size).toBeGreaterThan(40);
    for (const o of officers) {
      const id = decryptField(t.context.keyring, o.id_number_enc);
      expect(isValidResidentId(id)).toBe(true);
      expect(id.startsWith('21')).toBe(true);
      expect(o.birth_date >= `${Number(today.slice(0, 4)) - 59}`).toBe(true);
      expect(o.birth_date <= addDays(today, -25 * 365)).toBe(true);
    }
  });

  it('has certificates in every status, supervision certificates at justice bureaus, and notices', async () => {
    const certs = await db()
      .selectFrom('certificate')
      .innerJoin('org', 'org.id', 'certificate.org_id')
      .select([
        'certificate.status',
        'certificate.type',
        'certificate.expiry_date',
        'certificate.number',
        'org.kind',
      ])
      .execute();
    const statuses = new Set(certs.map((c) => c.status));
    expect([...statuses].sort()).toEqual(['cancelled', 'expired', 'revoked', 'suspended', 'valid']);
    const soon = (days: number) =>
      certs.filter(
        (c) => c.status === 'valid' && c.expiry_date >= today && c.expiry_date <= addDays(today, days),
      ).length;
    expect(soon(7)).toBeGreaterThan(0);
    expect(soon(30)).toBeGreaterThan(soon(7));
    expect(soon(60)).toBeGreaterThan(soon(30));
    expect(certs.every((c) => (c.type === 'supervision') === (c.kind === 'supervisor'))).toBe(true);
    expect(certs.every((c) => /^21\d{4}(19|2[0-5])\d{6}$/.test(c.number))).toBe(true);
    const notices = await db()
      .selectFrom('notification')
      .select('id')
      .where('kind', '=', 'certificate.expiring')
      .execute();
    expect(notices.length).toBe(soon(60));
    const reasons = await db().selectFrom('certificate_event').select('reason').distinct().execute();
    expect(reasons.map((r) => r.reason)).toEqual(
      expect.arrayContaining([
        '发证',
        '涉嫌违法违纪, 立案调查期间暂扣',
        '受到开除处分',
        '调离执法岗位',
        '有效期届满',
      ]),
    );
  });

  it('keeps transfers, training and exam history', async () => {
    const moved = await db()
      .selectFrom('officer_post')
      .select('officer_id')
      .groupBy('officer_id')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    expect(moved.length).toBeGreaterThanOrEqual(2);
    const year = Number(today.slice(0, 4));
    const hours = await db()
      .selectFrom('training_record')
      .select(['officer_id', 'year', (eb) => eb.fn.sum<number>('hours').as('hours')])
      .groupBy(['officer_id', 'year'])
      .execute();
    expect(hours.some((h) => h.year === year - 1)).toBe(true);
    const thisYear = hours.filter((h) => h.year === year);
    expect(thisYear.some((h) => Number(h.hours) < 60)).toBe(true);
    expect(thisYear.some((h) => Number(h.hours) >= 60)).toBe(true);
    const exams = await db().selectFrom('exam_result').select('subject').distinct().execute();
    expect(exams.map((e) => e.subject).sort()).toEqual(['professional_law', 'public_law']);
  });
});
