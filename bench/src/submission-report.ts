import type { Outcome } from './submission-client.ts';

/** A number as the benchmarks print them. */
export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;

/** How a run went, as the run measured it. */
interface Run {
  rate: number;
  seconds: number;
  lagMs: number;
  /** From the first scheduled submission to the last answer. */
  elapsed: number;
  serverCpu: number;
}

/** Prints throughput, latency, answers by status and the share the limits refused. */
export function report(label: string, results: Outcome[], run: Run) {
  const by = (test: (status: number) => boolean) => results.filter((r) => test(r.status)).length;
  const limited = results.filter((r) => r.status === 429);
  const post = results.flatMap((r) => (r.postMs === null ? [] : [r.postMs])).sort((a, b) => a - b);
  const whole = results.map((r) => r.totalMs).sort((a, b) => a - b);
  const { elapsed } = run;
  console.log(
    `  ${label.padEnd(22)} ${fmt(by((s) => s > 0) / elapsed, 1)} /s answered, ${fmt(by((s) => s === 201) / elapsed, 1)} /s accepted, of ${run.rate} /s offered (${fmt(results.length)} sent over ${run.seconds} s open loop, last answer after ${fmt(elapsed, 1)} s; scheduler lag at most ${fmt(run.lagMs, 1)} ms; server CPU ${fmt(run.serverCpu, 1)} s = ${fmt(run.serverCpu / elapsed, 2)} cores)`,
  );
  console.log(
    `  POST latency           p50 ${fmt(quantile(post, 0.5), 1)} ms  p99 ${fmt(quantile(post, 0.99), 1)} ms; challenge + POST from its scheduled time: p50 ${fmt(quantile(whole, 0.5), 1)} ms  p99 ${fmt(quantile(whole, 0.99), 1)} ms`,
  );
  console.log(
    `  answers                201 ${fmt(by((s) => s === 201))}, 429 ${fmt(limited.length)} (${fmt(limited.filter((r) => r.postMs === null).length)} at the challenge), other 4xx ${fmt(by((s) => s >= 400 && s < 500 && s !== 429))}, 5xx ${fmt(by((s) => s >= 500))}, no answer ${fmt(by((s) => s === 0))}`,
  );
  const failures = new Map<string, number>();
  for (const r of results) if (r.status === 0) failures.set(r.detail!, (failures.get(r.detail!) ?? 0) + 1);
  if (failures.size)
    console.log(
      `  without an answer      ${[...failures].map(([why, n]) => `${why}: ${fmt(n)}`).join(', ')}`,
    );
  const reasons = new Map<string, number>();
  for (const r of limited) {
    const reason = /电话/.test(r.detail ?? '')
      ? 'per phone'
      : /提交/.test(r.detail ?? '')
        ? 'per address (submissions)'
        : 'per address (public API)';
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  console.log(
    `  refused by the limits  ${fmt((100 * limited.length) / results.length, 1)}% of submissions${reasons.size ? ` (${[...reasons].map(([k, n]) => `${k} ${fmt(n)}`).join(', ')})` : ''}`,
  );
  console.log(
    '  (limits: 120 public requests a minute and 10 submissions an hour per address, 3 a day per phone; addresses sent as X-Forwarded-For to a server with TRUST_PROXY=true; each challenge answered from its question text, no test seam)',
  );
}
