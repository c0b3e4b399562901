// Scenario: a province's enforcement platforms send 1,000,000 generated cases through the exchange
// API (NDJSON, 10,000 records per request, two requests in flight) to a server in its own process;
// then the same rows are inserted into an empty copy of the tables with plain batched INSERTs, the
// limit the API could reach. Prints cases per second, the server's peak memory and the ratio.
// Asserts nothing.
import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { generateCases, toNdjsonChunks } from '@jiandu/generator/cases';
import { generateWorld } from '@jiandu/generator/world';
import { createContext } from '@jiandu/server/src/context.ts';
import { SYSTEM_ACTOR } from '@jiandu/server/src/platform/audit/audit.ts';
import { loadConfig } from '@jiandu/server/src/platform/config.ts';
import { loadOrCreateKeyring } from '@jiandu/server/src/platform/crypto/keyring.ts';
import { dialectOf } from '@jiandu/server/src/platform/db/dialect.ts';
import { newId } from '@jiandu/server/src/platform/ids.ts';
import { createLogger } from '@jiandu/server/src/platform/logger.ts';
import { seed } from '@jiandu/server/src/seed.ts';
import { copyAndInsert } from './plain-insert.ts';
import { cpuSeconds, spawnServer } from './spawn-server.ts';

const PER_REQUEST = 10_000;
const IN_FLIGHT = 2;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Peak resident memory of a process in MB (VmHWM), read from /proc. */
function peakMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function prepareDatabase(databaseUrl: string, dir: string, agencies: number) {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DEMO_SEED: 'false',
    JIANDU_BLOB_DIR: path.join(dir, 'blobs'),
  };
  loadOrCreateKeyring({ env: {}, defaultFile: path.join(dir, 'keys.json') });
  process.env.JIANDU_KEYS_FILE = path.join(dir, 'keys.json');
  const config = loadConfig(env);
  const context = await createContext(config, createLogger('warn'), { migrate: true });
  await seed(context, SYSTEM_ACTOR);
  const world = generateWorld({ seed: 'bench', agencies, from: '2024-01-01' });
  const db = context.database.db;
  const now = new Date().toISOString();
  const rootId = newId();
  await db
    .insertInto('org')
    .values({
      id: rootId,
      parent_id: null,
      path: `/${rootId}/`,
      depth: 0,
      name: '辽宁省 (基准测试)',
      short_name: null,
      kind: 'supervisor',
      region_code: '210000',
      credit_code: null,
      status: 'active',
      sort_order: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const ids: string[] = [];
  for (let i = 0; i < world.agencies.length; i += 200) {
    const rows = world.agencies.slice(i, i + 200).map((a, j) => {
      const id = newId();
      ids.push(id);
      return {
        id,
        parent_id: rootId,
        path: `/${rootId}/${id}/`,
        depth: 1,
        name: a.name,
        short_name: null,
        kind: 'agency' as const,
        region_code: a.regionCode,
        credit_code: a.creditCode,
        status: 'active' as const,
        sort_order: i + j,
        created_at: now,
        updated_at: now,
      };
    });
    await db.insertInto('org').values(rows).execute();
  }
  const { token } = await context.services.sources.create(SYSTEM_ACTOR, '基准测试办案平台', ids);
  await context.database.close();
  return { world, token, env };
}

/** Writes the batches to files first, so the timed part measures the server, not the generator. */
async function writeBatches(world: ReturnType<typeof generateWorld>, count: number, dir: string) {
  const files: string[] = [];
  const cases = generateCases(world, { seed: 'bench', count, from: '2024-01-01', to: '2026-10-31' });
  let n = 0;
  for (const chunk of toNdjsonChunks(cases, PER_REQUEST)) {
    const file = path.join(dir, `batch-${String(n++).padStart(4, '0')}.ndjson`);
    const out = createWriteStream(file);
    out.end(chunk);
    await once(out, 'finish');
    files.push(file);
  }
  return files;
}

function post(url: string, token: string, file: string, agent: http.Agent) {
  return new Promise<{ status: number; created: number; rejected: number }>((resolve, reject) => {
    const request = http.request(
      `${url}/api/exchange/v1/cases`,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/x-ndjson',
          'content-length': statSync(file).size,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => {
          const parsed =
            res.statusCode === 200 ? (JSON.parse(body) as { created: number; rejected: number }) : null;
          resolve({
            status: res.statusCode ?? 0,
            created: parsed?.created ?? 0,
            rejected: parsed?.rejected ?? 0,
          });
        });
      },
    );
    request.on('error', reject);
    createReadStream(file).pipe(request);
  });
}

/** Runs the scenario on one database and prints its figures. */
export async function exchangeIngestScenario(
  label: string,
  databaseUrl: string,
  dir: string,
): Promise<{ world: ReturnType<typeof generateWorld>; env: NodeJS.ProcessEnv }> {
  const count = Number(process.env.BENCH_CASES ?? 1_000_000);
  const agencies = Number(process.env.BENCH_AGENCIES ?? 1_000);
  const { world, token, env } = await prepareDatabase(databaseUrl, dir, agencies);
  const g0 = performance.now();
  const files = await writeBatches(world, count, dir);
  const genSeconds = (performance.now() - g0) / 1000;
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  console.log(
    `exchange ${label.padEnd(8)} generated ${fmt(count)} cases of ${fmt(agencies)} agencies (${fmt(bytes / 1e6)} MB NDJSON) in ${fmt(genSeconds, 1)} s`,
  );
  const server = await spawnServer(env.DATABASE_URL!, env as Record<string, string>);
  const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  let created = 0;
  let rejected = 0;
  let failures = 0;
  const cpuBefore = cpuSeconds(server.pid);
  const t0 = performance.now();
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < files.length) {
          const file = files[next++]!;
          const result = await post(server.url, token, file, agent);
          if (result.status !== 200) failures += 1;
          created += result.created;
          rejected += result.rejected;
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - t0) / 1000;
  const peak = peakMb(server.pid);
  const serverCpu = cpuSeconds(server.pid) - cpuBefore;
  await server.stop();
  const apiRate = created / seconds;
  console.log(
    `exchange ${label.padEnd(8)} API ingest ${fmt(apiRate)} cases/s (${fmt(created)} created, ${fmt(rejected)} rejected, ${failures} failed requests, ${fmt(seconds, 1)} s; ${files.length} requests of ${fmt(PER_REQUEST)}, ${IN_FLIGHT} in flight)  server peak RSS ${fmt(peak)} MB, server CPU ${fmt(serverCpu, 1)} s (${fmt((serverCpu * 1e6) / Math.max(created, 1))} µs a case)`,
  );
  const config = loadConfig(env);
  const context = await createContext(config, createLogger('warn'));
  try {
    const plain = await copyAndInsert(context.database.db, dialectOf(context.database.db));
    console.log(
      `exchange ${label.padEnd(8)} plain batched INSERT of the same rows ${fmt(plain.casesPerSecond)} cases/s (${fmt(plain.cases)} cases + versions, ${fmt(plain.seconds, 1)} s, CPU ${fmt(plain.cpuSeconds, 1)} s)  ratio API / INSERT = ${fmt(apiRate / plain.casesPerSecond, 2)}`,
    );
  } finally {
    await context.database.close();
  }
  return { world, env };
}
