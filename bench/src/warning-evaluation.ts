// Scenario: the warning engine over the cases the exchange scenario just stored (1,000,000 by
// default). First the incremental path one case at a time, as after an ingest, in a process that has
// not yet walked all the cases: read the case's registers from the database, judge it, reconcile and
// notify in one transaction; printed as p50/p99 per case (after a short warm-up), with the read of
// the case and the commit apart (in the platform both belong to the derivation, which hands the
// engine the case it read and commits the batch once). The bench database holds no register rows,
// so every incremental case finds its officers, item and agency unknown and writes several
// warnings: a pessimistic figure. Then, on an empty warning store, the nightly full evaluation: every
// case's newest version read page by page, judged by all per-case rules against the registers of the
// generated world (held in memory, as the platform's register index holds them) and its warnings
// reconciled; printed with cases per second and the process's memory. Then a second pass over the
// unchanged cases (the steady nightly cost). Asserts nothing.
import type { World } from '@jiandu/generator/world';
import { createContext } from '@jiandu/server/src/context.ts';
import { evaluateAll } from '@jiandu/server/src/modules/warnings/evaluation/full-evaluation.ts';
import { evaluateBatch } from '@jiandu/server/src/modules/warnings/evaluation/incremental.ts';
import { cachedParameters } from '@jiandu/server/src/modules/warnings/evaluation/parameter-cache.ts';
import { noticeOpenedWarnings } from '@jiandu/server/src/modules/warnings/evaluation/warning-notices.ts';
import { reconcileManyCases } from '@jiandu/server/src/modules/warnings/warning-reconcile.ts';
import { loadConfig } from '@jiandu/server/src/platform/config.ts';
import { createLogger } from '@jiandu/server/src/platform/logger.ts';
import { sql } from 'kysely';
import { WorldReference } from './world-reference.ts';

const INCREMENTAL_SAMPLE = 1_000;
const WARM_UP = 20;
const BATCH_SIZE = 100;
const BATCHES = 50;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Samples this process's resident memory while a pass runs; returns the peak in MB. */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss) / 1e6;
  };
}

/**
 * The incremental path, one case at a time and in batches; in a function of its own so that what it
 * reads (a million ids) is garbage before the full pass starts.
 */
async function measureIncremental(
  label: string,
  context: Awaited<ReturnType<typeof createContext>>,
  deps: Parameters<typeof evaluateAll>[0],
): Promise<void> {
  const db = context.database.db;
  const { services } = context;
  // Measured first, in a process that has not just walked a million cases (whose garbage the
  // collector would otherwise be sweeping during the sample, as no server node would be).
  const { rows } = await sql<{ id: string }>`select id from enforcement_case order by id`.execute(db);
  const step = Math.max(1, Math.floor(rows.length / INCREMENTAL_SAMPLE));
  const incremental = { ...deps, loadParameters: cachedParameters(deps.loadParameters) };
  const times: number[] = [];
  const commits: number[] = [];
  const reads: number[] = [];
  for (let i = step; i < rows.length && times.length < INCREMENTAL_SAMPLE + WARM_UP; i += step) {
    // The derivation hands the engine the case it has just read for its deadlines, so reading
    // it is the derivation's cost, timed apart.
    const reading = performance.now();
    const [one] = await services.cases.newestPage(rows[i - 1]!.id, 1);
    const start = performance.now();
    reads.push(start - reading);
    const evaluations = await evaluateBatch(incremental, [one!]);
    const trx = await db.startTransaction().execute();
    await noticeOpenedWarnings(trx, await reconcileManyCases(trx, evaluations));
    times.push(performance.now() - start);
    const committing = performance.now();
    await trx.commit().execute();
    commits.push(performance.now() - committing);
  }
  // The first cases warm the statement cache and the JIT; they are not counted.
  for (const list of [times, commits, reads]) {
    list.splice(0, WARM_UP);
    list.sort((a, b) => a - b);
  }
  const p = (list: number[]) =>
    `p50 ${fmt(percentile(list, 50), 2)} ms, p99 ${fmt(percentile(list, 99), 2)} ms`;
  console.log(
    `warnings ${label.padEnd(8)} incremental evaluation of one case (registers, rules, reconcile, notices; ${times.length} cases): ${p(times)} (target p99 < 5 ms); apart, in the platform the derivation's: reading the case ${p(reads)}, the commit ${p(commits)}`,
  );
  // As the platform runs it after an ingest: the derivation's batch of cases judged together.
  const perCase: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const batch = await services.cases.newestPage(rows[(b + 1) * step * 7]!.id, BATCH_SIZE);
    const start = performance.now();
    const evaluations = await evaluateBatch(incremental, batch);
    const trx = await db.startTransaction().execute();
    await noticeOpenedWarnings(trx, await reconcileManyCases(trx, evaluations));
    await trx.commit().execute();
    perCase.push((performance.now() - start) / batch.length);
  }
  perCase.sort((a, b) => a - b);
  console.log(
    `warnings ${label.padEnd(8)} incremental evaluation in batches of ${BATCH_SIZE} (as after an ingest, commit included; ${BATCHES} batches): per case ${p(perCase)}`,
  );
}

/** Runs the scenario on the database the exchange scenario filled; `env` is that scenario's. */
export async function warningEvaluationScenario(
  label: string,
  env: NodeJS.ProcessEnv,
  world: World,
): Promise<void> {
  const context = await createContext(loadConfig(env), createLogger('warn'));
  const db = context.database.db;
  const { services, calendar } = context;
  try {
    // The deadline derivation is not measured here: mark every stored version derived.
    await sql`update enforcement_case set derived_version = version`.execute(db);
    await sql`delete from warning_event`.execute(db);
    await sql`delete from warning`.execute(db);
    const deps = {
      db,
      cases: services.cases,
      services,
      calendar,
      loadParameters: () => services.warningRules.loadResolver(),
      onReconciled: noticeOpenedWarnings,
    };
    await measureIncremental(label, context, deps);
    await sql`delete from warning_event`.execute(db);
    await sql`delete from warning`.execute(db);
    const lookup = new WorldReference(world);
    const before = process.memoryUsage().rss / 1e6;
    let peak = rssSampler();
    let t0 = performance.now();
    const first = await evaluateAll(deps, { lookup, today: '2026-11-28' });
    let seconds = (performance.now() - t0) / 1000;
    console.log(
      `warnings ${label.padEnd(8)} full evaluation ${fmt(first.cases)} cases in ${fmt(seconds, 1)} s (${fmt(first.cases / seconds)} cases/s; target < 60 s on SQLite): ${fmt(first.opened)} warnings opened; RSS ${fmt(before)} → peak ${fmt(peak())} MB`,
    );
    peak = rssSampler();
    t0 = performance.now();
    const second = await evaluateAll(deps, { lookup, today: '2026-11-28' });
    seconds = (performance.now() - t0) / 1000;
    console.log(
      `warnings ${label.padEnd(8)} second pass, nothing changed: ${fmt(second.cases)} cases in ${fmt(seconds, 1)} s (${fmt(second.cases / seconds)} cases/s; ${second.opened} opened, ${second.resolved} resolved); peak RSS ${fmt(peak())} MB`,
    );
  } finally {
    await context.database.close();
  }
}
