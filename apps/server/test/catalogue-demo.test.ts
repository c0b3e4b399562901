import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEM_TEMPLATES } from '../src/demo/catalogue-data/index.ts';
import { seedCatalogueDemo } from '../src/demo/catalogue-demo.ts';
import { type DemoOrg, LIAONING_DEMO } from '../src/demo/liaoning-orgs.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
const lines: string[] = [];
const db = () => t.context.database.db;
let shenyangJtys: string;

beforeAll(async () => {
  t = await createTestApp({ seedCalendar: false, config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  const byName = new Map(
    (await db().selectFrom('org').select(['id', 'name']).execute()).map((o) => [o.name, o.id]),
  );
  const ids = new Map<string, string>();
  const walk = (org: DemoOrg) => {
    ids.set(org.key, byName.get(org.name) as string);
    for (const child of org.children ?? []) walk(child);
  };
  walk(LIAONING_DEMO);
  await seedCatalogueDemo(t.context.services, ids, (line) => lines.push(line));
  const org = await db()
    .selectFrom('org')
    .select('credit_code')
    .where('name', '=', '沈阳市交通运输局')
    .executeTakeFirstOrThrow();
  shenyangJtys = org.credit_code as string;
});
afterAll(() => t.close());

describe('catalogue demo', () => {
  it('gives every agency of a template kind and level its items, a few hundred in all', async () => {
    const items = await db()
      .selectFrom('item')
      .select(['status', 'benchmark_status', 'pending_status'])
      .execute();
    expect(items.length).toBeGreaterThan(300);
    expect(lines[0]).toBe(
      `  执法事项目录: ${items.length} 个事项, 其中 ${items.filter((i) => i.benchmark_status !== 'none').length} 个有裁量基准`,
    );
    const statuses = new Set(items.map((i) => i.status));
    expect(statuses).toEqual(new Set(['published', 'withdrawn']));
    expect(items.some((i) => i.pending_status === 'submitted')).toBe(true);
    expect(items.some((i) => i.pending_status === 'draft')).toBe(true);
    const templates = new Set(ITEM_TEMPLATES.map((t) => t.code));
    const codes = new Set((await db().selectFrom('item').select('code').execute()).map((i) => i.code));
    expect(codes).toEqual(templates);
  });

  it('judges unlicensed goods transport by the lighter 2023 benchmark when decided after the amendment', async () => {
    const answer = await t.context.services.catalogue.evaluate({
      agencyCreditCode: shenyangJtys,
      itemCode: 'JT-CF-0063-1',
      circumstance: 'general',
      actDate: '2023-05-10',
      decisionDate: '2023-08-15',
      illegalGains: 0,
    });
    expect(answer.appliedRule).toBe('decision');
    expect(answer.applied.effectiveFrom).toBe('2023-07-20');
    expect(answer.other?.effectiveFrom).toBe('2021-06-01');
    expect((answer.applied.fine?.max ?? 0) < (answer.other?.fine?.min ?? 0)).toBe(true);
    expect(answer.basis).toContain('从旧兼从轻');
    const before = await t.context.services.catalogue.evaluate({
      agencyCreditCode: shenyangJtys,
      itemCode: 'JT-CF-0063-1',
      circumstance: 'general',
      actDate: '2023-05-10',
      decisionDate: '2023-06-15',
      illegalGains: 0,
    });
    expect(before).toMatchObject({ appliedRule: 'act', other: null });
  });

  it('keeps withdrawn items out of the public catalogue and in the history', async () => {
    const publicCodes = (
      await t.context.services.catalogue.publicList({ agencyCreditCode: shenyangJtys })
    ).map((i) => i.code);
    expect(publicCodes).toContain('JT-CF-0063-1');
    expect(publicCodes).not.toContain('JT-CF-0068');
    const on = await t.context.services.catalogue.itemOn({
      agencyCreditCode: shenyangJtys,
      itemCode: 'JT-CF-0068',
      date: '2022-06-01',
    });
    expect(on.inCatalogue).toBe(true);
  });

  it('finds food-safety items in force by a Chinese fragment', async () => {
    const found = await t.context.services.catalogue.publicList({ q: '食品' });
    expect(found.length).toBeGreaterThan(20);
    expect(found.every((i) => i.name.includes('食品') || i.code.includes('食品'))).toBe(true);
    expect(found.some((i) => i.hasBenchmark)).toBe(true);
  });
});
