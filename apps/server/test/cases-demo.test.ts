import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
const lines: string[] = [];
const db = () => t.context.database.db;
const count = async (table: 'enforcement_case' | 'case_version' | 'publication' | 'case_deadline') =>
  Number(
    (await db().selectFrom(table).select(db().fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  );

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true, demoData: 'full' } });
  await seed(t.context, SYSTEM_ACTOR, (line) => lines.push(line));
}, 240_000);
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
