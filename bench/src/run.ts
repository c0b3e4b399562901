// Benchmarks of the platform foundation. Prints figures and ratios; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundledSchedules } from '@jiandu/server/src/platform/calendar/calendar-seed.ts';
import { addDays } from '@jiandu/server/src/platform/calendar/dates.ts';
import { computeDeadline } from '@jiandu/server/src/platform/calendar/deadline.ts';
import { buildCalendar } from '@jiandu/server/src/platform/calendar/working-calendar.ts';
import { loadConfig } from '@jiandu/server/src/platform/config.ts';
import { createLogger } from '@jiandu/server/src/platform/logger.ts';
import { startServer } from '@jiandu/server/src/server.ts';
import { catalogueScenario } from './catalogue-scale.ts';
import { complaintSubmissionScenario } from './complaint-submission.ts';
import { exchangeIngestScenario } from './exchange-ingest.ts';
import { load } from './http-load.ts';
import { officerImportScenario } from './officer-import.ts';
import { spawnServer } from './spawn-server.ts';
import { warningEvaluationScenario } from './warning-evaluation.ts';
import { ruleEngineComparison } from './warning-rules-compare.ts';

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);

function deadlineEngine(): void {
  const schedules = bundledSchedules();
  const calendar = buildCalendar(schedules.keys(), [...schedules.values()].flat());
  const n = 200_000;
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const start = addDays('2010-01-01', i % 5000);
    const { due } = computeDeadline(calendar, {
      start,
      amount: 1 + (i % 90),
      unit: i % 3 === 0 ? 'calendar' : 'working',
    });
    sink += due.length;
  }
  const ms = performance.now() - t0;
  console.log(
    `deadline engine        ${fmt((n / ms) * 1000)} deadlines/s  (${fmt((ms * 1000) / n, 2)} µs each, mixed 1–90 days)`,
  );
  if (sink === 0) console.log('');
}

async function httpScenarios(dir: string): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${path.join(dir, 'http.sqlite')}`;
  const server = await spawnServer(databaseUrl);
  console.log(
    `cold start + seed      ${fmt(server.startMs)} ms (process start, migrate, calendar, regions, roles, Liaoning demo with 10 accounts, listen)`,
  );
  try {
    const health = await load(`${server.url}/healthz`, connections, seconds);
    const calc = await load(
      `${server.url}/api/calendar/working-days?from=2026-09-28&add=30`,
      connections,
      seconds,
    );
    for (const [name, r] of [
      ['GET /healthz', health],
      ['GET working-days +30', calc],
    ] as const) {
      console.log(
        `${name.padEnd(22)} ${fmt(r.perSecond)} req/s  p50 ${fmt(r.p50ms, 1)} ms  p99 ${fmt(r.p99ms, 1)} ms  errors ${r.errors}  (${connections} connections, ${fmt(r.seconds, 1)} s)`,
      );
    }
    console.log(
      `ratio                  working-days / healthz = ${fmt(calc.perSecond / health.perSecond, 2)}`,
    );
  } finally {
    await server.stop();
  }
}

async function jobScenario(dir: string): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${path.join(dir, 'jobs.sqlite')}`;
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    DEMO_SEED: 'false',
  });
  const server = await startServer({ ...config, jobsEnabled: false }, createLogger('silent'));
  try {
    const { scheduler, database } = server.context;
    scheduler.register('bench.noop', async () => undefined);
    const jobs = 2000;
    for (let i = 0; i < jobs; i++) await scheduler.enqueue('bench.noop', { i });
    const j0 = performance.now();
    let done = 0;
    while (done < jobs) {
      await scheduler.tick();
      await scheduler.drain();
      const row = await database.db
        .selectFrom('job')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('handler', '=', 'bench.noop')
        .where('state', '=', 'done')
        .executeTakeFirstOrThrow();
      done = Number(row.n);
    }
    const jobMs = performance.now() - j0;
    console.log(
      `job throughput         ${fmt((jobs / jobMs) * 1000)} jobs/s on one node, ${database.dialect} (claim, run record, release; ${jobs} no-op jobs)`,
    );
  } finally {
    await server.close();
  }
}

// `npm run bench -- complaints` runs the complaint submission scenario alone; `npm run bench --
// warnings` the exchange ingest and the warning engine (BENCH_CASES cases, a million by default).
const only = process.argv[2];
if (only && only !== 'complaints' && only !== 'warnings')
  throw new Error(`unknown scenario ${only} (known: complaints, warnings)`);
console.log(`Jiandu bench — Node ${process.version}, ${new Date().toISOString()}`);
const dir = mkdtempSync(path.join(tmpdir(), 'jiandu-bench-'));
try {
  if (only === 'warnings') await warningScenarios(dir);
  else if (only !== 'complaints') await foundation(dir);
  if (only !== 'warnings' && (await complaintSubmissionScenario(dir)) > 0) {
    console.log('complaint submissions: some answered 5xx or got no answer at all; the benchmark fails');
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function foundation(dir: string) {
  deadlineEngine();
  await httpScenarios(dir);
  await jobScenario(dir);
  await officerImportScenario(dir);
  await catalogueScenario(dir);
  await warningScenarios(dir);
}

async function warningScenarios(dir: string) {
  const sqlite = await exchangeIngestScenario('SQLite', `sqlite:${path.join(dir, 'exchange.sqlite')}`, dir);
  await warningEvaluationScenario('SQLite', sqlite.env, sqlite.world);
  if (process.env.BENCH_PG_URL) {
    const pg = await exchangeIngestScenario('PG', process.env.BENCH_PG_URL, dir);
    await warningEvaluationScenario('PG', pg.env, pg.world);
  }
  await ruleEngineComparison();
}
