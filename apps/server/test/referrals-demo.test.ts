import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true, demoData: 'full' } });
  await seed(t.context, SYSTEM_ACTOR);
});
afterAll(() => t?.close());

describe('the Liaoning demo referrals', () => {
  it('names a subject on every referral, the case party for those referred from a case', async () => {
    const db = t.context.database.db;
    const rows = await db
      .selectFrom('referral')
      .leftJoin('enforcement_case', 'enforcement_case.id', 'referral.origin_ref')
      .select(['referral.title', 'referral.subject_name', 'referral.origin', 'enforcement_case.party_name'])
      .orderBy('referral.drafted_on')
      .orderBy('referral.id')
      .execute();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => !r.subject_name.trim()).map((r) => r.title)).toEqual([]);
    const fromCases = rows.filter((r) => r.origin === 'case');
    expect(fromCases.length).toBeGreaterThan(0);
    for (const r of fromCases) {
      expect(r.subject_name, r.title).toBe(r.party_name);
      expect(r.title.startsWith(r.subject_name), r.title).toBe(true);
    }
  });
});
