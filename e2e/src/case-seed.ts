import path from 'node:path';
import { inject } from 'vitest';
import { type AppContext, createContext } from '../../apps/server/src/context.ts';
import { SYSTEM_ACTOR } from '../../apps/server/src/platform/audit/audit.ts';
import { loadConfig } from '../../apps/server/src/platform/config.ts';
import { loadOrCreateKeyring } from '../../apps/server/src/platform/crypto/keyring.ts';
import { createLogger } from '../../apps/server/src/platform/logger.ts';

/** The date `days` from today in China (where the server dates every case), as YYYY-MM-DD. */
export function chinaDate(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The test server's own database and keys, opened from the test process: the browser tests run
 * with background jobs off, so what a job would do after an ingest (deriving deadlines) is done here.
 */
async function openServerContext(): Promise<AppContext> {
  const dir = inject('stateDir');
  const config = loadConfig({
    DATABASE_URL: `sqlite:${path.join(dir, 'e2e.sqlite')}`,
    JIANDU_BLOB_DIR: path.join(dir, 'data', 'blobs'),
    JOBS_ENABLED: 'false',
    LOG_LEVEL: 'silent',
  });
  const keyring = loadOrCreateKeyring({ env: {}, defaultFile: path.join(dir, 'data', 'keys.json') });
  return createContext(config, createLogger('silent'), { keyring });
}

/**
 * Reports case records to the running server the way an enforcement platform does (a source
 * system registered for the named agencies, NDJSON over the exchange API), then derives their
 * deadlines as the server's job would. Returns the batch's counts.
 */
export async function reportCases(
  baseUrl: string,
  sourceName: string,
  agencyNames: string[],
  records: (credit: Record<string, string>) => object[],
): Promise<{ created: number; updated: number; rejected: number }> {
  const context = await openServerContext();
  try {
    const orgs = await context.database.db
      .selectFrom('org')
      .select(['id', 'name', 'credit_code'])
      .where('name', 'in', agencyNames)
      .orderBy('id')
      .execute();
    const credit = Object.fromEntries(orgs.map((o) => [o.name, o.credit_code as string]));
    const { token } = await context.services.sources.create(
      SYSTEM_ACTOR,
      sourceName,
      orgs.map((o) => o.id),
    );
    const res = await fetch(`${baseUrl}/api/exchange/v1/cases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
      body: records(credit)
        .map((r) => JSON.stringify(r))
        .join('\n'),
    });
    if (!res.ok) throw new Error(`exchange answered ${res.status}: ${await res.text()}`);
    const batch = (await res.json()) as { created: number; updated: number; rejected: number };
    await context.services.cases.derivePending();
    return batch;
  } finally {
    await context.database.close();
  }
}
