// Scenario: the warning engine over the cases the exchange scenario just stored (1,000,000 by
// default). First the nightly full evaluation: every case's newest version read page by page, judged
// by all per-case rules against the registers of the generated world (held in memory, as the
// platform's register index holds them) and its warnings reconciled; printed with cases per second and
// the process's memory. Then a second pass over the unchanged cases (the steady nightly cost). Then the
// incremental path one case at a time, as after an ingest: read the case, read its registers from the
// database, judge it, reconcile and notify in one transaction; printed as p50/p99 per case, and the
// commit apart (in the platform it is the derivation's own commit, shared by its batch). The
// bench database holds no register rows, so every incremental case finds its officers, item and
// agency unknown and writes several warnings: a pessimistic figure. Asserts nothing.
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

    const step = Math.max(1, Math.floor(first.cases / INCREMENTAL_SAMPLE));
    const { rows } = await sql<{ id: string }>`select id from enforcement_case order by id`.execute(db);
    const incremental = { ...deps, loadParameters: cachedParameters(deps.loadParameters) };
    const times: number[] = [];
    const commits: number[] = [];
    for (let i = step; i < rows.length && times.length < INCREMENTAL_SAMPLE; i += step) {
      const start = performance.now();
      const [one] = await services.cases.newestPage(rows[i - 1]!.id, 1);
      const evaluations = await evaluateBatch(incremental, [one!]);
      const trx = await db.startTransaction().execute();
      await noticeOpenedWarnings(trx, await reconcileManyCases(trx, evaluations));
      times.push(performance.now() - start);
      const committing = performance.now();
      await trx.commit().execute();
      commits.push(performance.now() - committing);
    }
    times.sort((a, b) => a - b);
    commits.sort((a, b) => a - b);
    console.log(
      `warnings ${label.padEnd(8)} incremental evaluation of one case (read, registers, rules, reconcile, notices; ${times.length} cases): p50 ${fmt(percentile(times, 50), 2)} ms, p99 ${fmt(percentile(times, 99), 2)} ms (target < 5 ms); its commit, shared in the platform with the derivation's: p50 ${fmt(percentile(commits, 50), 2)} ms, p99 ${fmt(percentile(commits, 99), 2)} ms`,
    );
  } finally {
    await context.database.close();
  }
}
