// Scenario (issue 10): the portal's complaint submission driven at a constant 200 submissions a
// second for 30 seconds, open loop (each on its schedule, whether or not earlier ones have been
// answered), against a server in its own process on loopback. Each submission fetches a fresh
// challenge and answers it by reading the question, as a person does; no test seam is used.
// Clients come from a mix of addresses (sent as X-Forwarded-For; the server runs with
// TRUST_PROXY=true) and phone numbers, so the limits per address and per phone refuse some.
// Prints throughput, latency, counts by status and the share the limits refused; 5xx fail the run.
import os from 'node:os';
import path from 'node:path';
import { Random } from '@jiandu/generator/random';
import { draftComplaint } from '@jiandu/server/src/demo/complaints-demo-entry.ts';
import { todayInShanghai } from '@jiandu/server/src/platform/calendar/dates.ts';
import { loadOrCreateKeyring } from '@jiandu/server/src/platform/crypto/keyring.ts';
import { openDatabase } from '@jiandu/server/src/platform/db/database.ts';
import { createPostgresSchema, dropPostgresSchema } from '@jiandu/server/src/platform/db/dialect.ts';
import type { Database } from '@jiandu/server/src/platform/db/tables.ts';
import { cpuSeconds, spawnServer } from './spawn-server.ts';
import { type Outcome, type Submission, submit } from './submission-client.ts';
import { fmt, report } from './submission-report.ts';

const RATE = Number(process.env.BENCH_COMPLAINT_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_COMPLAINT_SECONDS ?? 30);

/**
 * The submissions to send, drawn before the clock starts. Addresses: 60% from 4,000 households
 * (about one each), 25% from 40 shared ones (offices, campuses behind one NAT: dozens each), 15%
 * from 4 scripts flooding the form. Phones: a tenth anonymous, most named callers their own
 * number, 15% of them one of 50 numbers that complain over and over.
 */
function draw(count: number): Submission[] {
  const rng = new Random('bench-complaints');
  const today = todayInShanghai();
  const address = (pool: number, base: string) => {
    const n = rng.int(0, pool - 1);
    return `${base}.${Math.floor(n / 250)}.${(n % 250) + 1}`;
  };
  return Array.from({ length: count }, (_, i) => {
    const roll = rng.next();
    const ip =
      roll < 0.6
        ? address(4000, '100.64')
        : roll < 0.85
          ? address(40, '172.20')
          : `198.51.100.${rng.int(1, 4)}`;
    const { entry } = draftComplaint(rng, today, 'web', [], []);
    const named = entry.complainant && {
      ...entry.complainant,
      phone: rng.chance(0.15)
        ? `1390000${String(rng.int(0, 49)).padStart(4, '0')}`
        : `13${rng.int(5, 9)}${String(1_000_000 + i).padStart(8, '0')}`,
    };
    return { ip, body: { ...entry, ...(named ? { complainant: named } : {}), attachments: [] } };
  });
}

/** One run against a database; returns how many submissions failed: answered 5xx, or not at all. */
async function run(dir: string, label: string, databaseUrl: string): Promise<number> {
  const keys = path.join(dir, `complaint-keys-${label}.json`);
  loadOrCreateKeyring({ env: {}, defaultFile: keys });
  const submissions = draw(Math.round(RATE * SECONDS));
  const server = await spawnServer(databaseUrl, {
    DEMO_SEED: 'true',
    DEMO_DATA: 'base',
    TRUST_PROXY: 'true',
    JIANDU_KEYS_FILE: keys,
    JIANDU_BLOB_DIR: path.join(dir, `complaint-blobs-${label}`),
  });
  const results: Outcome[] = [];
  let lagMs = 0;
  try {
    const cpuBefore = cpuSeconds(server.pid);
    const started = performance.now();
    const inFlight: Promise<void>[] = [];
    for (const [i, submission] of submissions.entries()) {
      const due = started + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      lagMs = Math.max(lagMs, performance.now() - due);
      inFlight.push(submit(server.url, submission, due).then((r) => void results.push(r)));
    }
    await Promise.all(inFlight);
    const seconds = (performance.now() - started) / 1000;
    report(label, results, {
      rate: RATE,
      seconds: SECONDS,
      lagMs,
      elapsed: seconds,
      serverCpu: cpuSeconds(server.pid) - cpuBefore,
    });
  } finally {
    await server.stop();
  }
  const database = openDatabase<Database>(databaseUrl);
  const stored = await database.db
    .selectFrom('complaint')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  await database.close();
  const created = results.filter((r) => r.status === 201).length;
  console.log(
    `  stored                 ${fmt(Number(stored.n))} complaints in the database for ${fmt(created)} answers 201`,
  );
  return results.filter((r) => r.status >= 500 || r.status === 0).length;
}

/**
 * The scenario on embedded SQLite in the run's directory and, when BENCH_PG_URL is set, on a fresh
 * schema of that PostgreSQL server (dropped afterwards). Returns how many submissions failed.
 */
export async function complaintSubmissionScenario(dir: string): Promise<number> {
  console.log(
    `complaint submissions  (machine load average ${os
      .loadavg()
      .map((l) => fmt(l, 2))
      .join(' ')} on ${os.availableParallelism()} cores)`,
  );
  let failed = await run(dir, 'SQLite', `sqlite:${path.join(dir, 'complaints.sqlite')}`);
  const pgUrl = process.env.BENCH_PG_URL;
  if (pgUrl) {
    const schema = `bench_complaints_${process.pid}`;
    await createPostgresSchema(pgUrl, schema);
    const separator = pgUrl.includes('?') ? '&' : '?';
    try {
      failed += await run(
        dir,
        'PG',
        `${pgUrl}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      );
    } finally {
      await dropPostgresSchema(pgUrl, schema);
    }
  }
  return failed;
}
