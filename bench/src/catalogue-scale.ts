// Scenario: a province-scale item catalogue — every demo agency with several hundred items (about
// 50,000 in all, a fifth of them with benchmarks revised once) — then the public search, the
// console list, the date check and benchmark evaluation against it. Prints figures; asserts nothing.
import path from 'node:path';
import type { BenchmarkContent, ItemContent } from '@jiandu/contracts/catalogue';
import { createContext } from '@jiandu/server/src/context.ts';
import { demoActor } from '@jiandu/server/src/demo/demo-actor.ts';
import type { ItemHistory } from '@jiandu/server/src/modules/catalogue/use-cases/load-history.ts';
import { SYSTEM_ACTOR } from '@jiandu/server/src/platform/audit/audit.ts';
import { loadConfig } from '@jiandu/server/src/platform/config.ts';
import { createLogger } from '@jiandu/server/src/platform/logger.ts';
import { seed } from '@jiandu/server/src/seed.ts';

const PER_AGENCY = Number(process.env.BENCH_ITEMS_PER_AGENCY ?? 650);
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const SUBJECTS = [
  '食品',
  '药品',
  '特种设备',
  '道路运输',
  '危险废物',
  '建筑垃圾',
  '餐饮油烟',
  '安全生产',
  '价格',
  '广告',
];

function item(i: number): ItemContent {
  const subject = SUBJECTS[i % SUBJECTS.length];
  return {
    name: `对${subject}领域第${i}类违法行为的行政处罚`,
    kind: i % 7 === 0 ? 'inspection' : 'penalty',
    legalBases: [{ law: '中华人民共和国行政处罚法', article: `第${(i % 80) + 1}条`, text: '……' }],
    post: '执法稽查科',
    fields: ['market'],
  };
}

function benchmark(times: number): BenchmarkContent {
  return {
    document: '辽宁省行政处罚裁量权基准',
    documentNumber: null,
    tiers: [
      {
        circumstance: 'lighter',
        conditions: '从轻情形',
        penalties: ['warning'],
        fine: { mode: 'absolute', min: 1000, max: 3000 },
      },
      {
        circumstance: 'general',
        conditions: '一般情形',
        penalties: ['confiscation'],
        fine: {
          mode: 'multiple',
          of: 'illegalGains',
          minTimes: times,
          maxTimes: times * 3,
          fallback: { below: 10000, min: 5000, max: 30000 },
        },
      },
    ],
    lists: [],
  };
}

async function timed<T>(
  n: number,
  run: (i: number) => Promise<T>,
): Promise<{ p50: number; p99: number; perSecond: number }> {
  const ms: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await run(i);
    ms.push(performance.now() - s);
  }
  const total = performance.now() - t0;
  ms.sort((a, b) => a - b);
  return {
    p50: ms[Math.floor(n / 2)] ?? 0,
    p99: ms[Math.floor(n * 0.99)] ?? 0,
    perSecond: (n / total) * 1000,
  };
}

/** Loads the catalogue and measures the reads on it. */
export async function catalogueScenario(dir: string): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${path.join(dir, 'catalogue.sqlite')}`;
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'true',
    DEMO_DATA: 'base',
  });
  const context = await createContext(config, createLogger('silent'), { migrate: true });
  try {
    await seed(context, SYSTEM_ACTOR);
    const agencies = await context.database.db
      .selectFrom('org')
      .select(['id', 'credit_code'])
      .where('kind', '=', 'agency')
      .orderBy('path')
      .execute();
    const actor = demoActor('', '', '性能测试', 'bench');
    const t0 = performance.now();
    for (const [a, agency] of agencies.entries()) {
      const histories: ItemHistory[] = [];
      for (let i = 0; i < PER_AGENCY; i++) {
        const withBenchmark = item(i).kind === 'penalty' && i % 5 === 0;
        histories.push({
          code: `B-${a}-${i}`,
          versions: [{ effectiveFrom: '2021-07-15', reason: '编制清单', content: item(i) }],
          benchmarks: withBenchmark
            ? [
                { effectiveFrom: '2022-01-01', reason: '制定基准', content: benchmark(2) },
                { effectiveFrom: '2024-07-01', reason: '修订基准', content: benchmark(1) },
              ]
            : [],
        });
      }
      await context.services.catalogue.loadHistory(actor, agency.id, histories);
    }
    const loadMs = performance.now() - t0;
    const total = agencies.length * PER_AGENCY;
    console.log(
      `catalogue load         ${fmt(total)} items in ${fmt(loadMs / 1000, 1)} s (${fmt((total / loadMs) * 1000)} items/s; ${agencies.length} agencies, one transaction each; ${context.database.dialect})`,
    );
    const svc = context.services.catalogue;
    const search = await timed(40, (i) => svc.publicList({ q: SUBJECTS[i % SUBJECTS.length] }));
    const own = await timed(40, (i) =>
      svc.publicList({ agencyCreditCode: agencies[i % agencies.length]!.credit_code!, q: '食品' }),
    );
    const one = await timed(200, (i) =>
      svc
        .publicOne(
          agencies[i % agencies.length]!.credit_code!,
          `B-${i % agencies.length}-${(i * 5) % PER_AGENCY}`,
        )
        .catch(() => null),
    );
    const on = await timed(500, (i) =>
      svc.itemOn({
        agencyCreditCode: agencies[i % agencies.length]!.credit_code!,
        itemCode: `B-${i % agencies.length}-${i % PER_AGENCY}`,
        date: '2023-05-01',
      }),
    );
    const evaluate = await timed(500, (i) =>
      svc
        .evaluate({
          agencyCreditCode: agencies[i % agencies.length]!.credit_code!,
          itemCode: `B-${i % agencies.length}-${(i * 5) % PER_AGENCY}`,
          circumstance: 'general',
          actDate: '2024-03-01',
          decisionDate: '2024-09-01',
          illegalGains: 20000 + i,
        })
        .catch(() => null),
    );
    for (const [name, r] of [
      ['public search (all)', search],
      ['public search (agency)', own],
      ['public item + benchmark', one],
      ['item on a date', on],
      ['evaluate (从旧兼从轻)', evaluate],
    ] as const)
      console.log(
        `  ${name.padEnd(24)} p50 ${fmt(r.p50, 2)} ms  p99 ${fmt(r.p99, 2)} ms  ${fmt(r.perSecond)} /s (one caller)`,
      );
    console.log(
      `  ratio                    public search (all) / evaluate p50 = ${fmt(search.p50 / Math.max(evaluate.p50, 0.001), 1)}`,
    );
  } finally {
    await context.database.close();
  }
}
