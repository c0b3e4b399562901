import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAgencyDemo } from '../src/demo/agencies-demo.ts';
import { type DemoOrg, LIAONING_DEMO } from '../src/demo/liaoning-orgs.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
const orgIds = new Map<string, string>();
const lines: string[] = [];
let seconds = 0;

beforeAll(async () => {
  t = await createTestApp({ seedCalendar: false, config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  const db = t.context.database.db;
  // The lead may already run this demo inside the main seed; start it again from nothing.
  await db.deleteFrom('agency_qualification_event').execute();
  await db.deleteFrom('agency_qualification').execute();
  const byName = new Map(
    (await db.selectFrom('org').select(['id', 'name']).execute()).map((o) => [o.name, o.id]),
  );
  const walk = (org: DemoOrg) => {
    orgIds.set(org.key, byName.get(org.name)!);
    for (const child of org.children ?? []) walk(child);
  };
  walk(LIAONING_DEMO);
  const started = performance.now();
  await seedAgencyDemo(t.context.services, orgIds, (line) => lines.push(line));
  seconds = (performance.now() - started) / 1000;
});
afterAll(() => t.close());

describe('agency qualification demo', () => {
  it('gives every agency of the demo tree a qualification, quickly', async () => {
    const db = t.context.database.db;
    const agencies = await db.selectFrom('org').select('id').where('kind', '=', 'agency').execute();
    const qualified = await db.selectFrom('agency_qualification').select('org_id').distinct().execute();
    expect(qualified.length).toBe(agencies.length + 1);
    expect(lines[0]).toMatch(/执法主体资格: \d+ 个执法主体/);
    expect(seconds).toBeLessThan(30);
  });

  it('has every state, with history back-dated through the workflow', async () => {
    const svc = t.context.services.agencies;
    const statuses = (
      await t.context.database.db.selectFrom('agency_qualification').select('status').execute()
    ).map((r) => r.status);
    for (const s of ['draft', 'submitted', 'confirmed', 'published', 'superseded', 'revoked'])
      expect(statuses).toContain(s);
    const shenyang = orgIds.get('shenyang.scjg')!;
    expect(await svc.qualificationOn(shenyang, '2026-11-15')).toMatchObject({ qualified: true, version: 1 });
    expect(await svc.qualificationOn(shenyang, '2026-11-16')).toMatchObject({ qualified: true, version: 2 });
    expect(await svc.qualificationOn(orgIds.get('jinzhou.jtys')!, '2024-03-31')).toMatchObject({
      qualified: false,
    });
    expect((await svc.qualificationOn(orgIds.get('jinzhou.jtys')!, '2024-03-30')).qualified).toBe(true);
    const street = await svc.qualificationOn(orgIds.get('shenyang.heping.210102001')!, '2025-06-01');
    expect(street).toMatchObject({ qualified: true, authority: 'entrusted' });
  });

  it('publishes most agencies to the portal, the entrusted street office included', async () => {
    const all = (await t.app.inject({ url: '/api/public/agencies' })).json();
    expect(all.length).toBeGreaterThan(60);
    expect(all.map((a: { name: string }) => a.name)).toContain('浑河湾街道办事处');
    expect(all.map((a: { name: string }) => a.name)).not.toContain('锦州市交通运输局');
    const audit = await t.context.database.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('action', '=', 'agency.qualification.confirm')
      .executeTakeFirstOrThrow();
    expect(Number(audit.n)).toBeGreaterThan(60);
  });
});
