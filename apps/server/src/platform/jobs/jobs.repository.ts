import { toNumber } from '../db/dialect.ts';
import type { Db } from '../db/tables.ts';
import type { JobRunTable, JobTable } from './jobs.table.ts';

/** Keys of jobs due at `now` whose lease is free or expired, oldest first. */
export async function findDue(db: Db, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('job')
    .select('key')
    .where('state', '=', 'scheduled')
    .where('run_at', '<=', now)
    .where((eb) => eb.or([eb('lease_owner', 'is', null), eb('lease_until', '<', now)]))
    .orderBy('run_at')
    .orderBy('key')
    .limit(limit)
    .execute();
  return rows.map((r) => r.key);
}

/**
 * Takes the lease on a due job. The conditional UPDATE is the arbiter: on PostgreSQL a competing
 * node blocks on the row lock, then re-checks the condition and updates nothing.
 */
export async function claim(
  db: Db,
  key: string,
  owner: string,
  now: string,
  until: string,
): Promise<JobTable | null> {
  const result = await db
    .updateTable('job')
    .set((eb) => ({
      lease_owner: owner,
      lease_until: until,
      attempts: eb('attempts', '+', 1),
      updated_at: now,
    }))
    .where('key', '=', key)
    .where('state', '=', 'scheduled')
    .where('run_at', '<=', now)
    .where((eb) => eb.or([eb('lease_owner', 'is', null), eb('lease_until', '<', now)]))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  return (await db.selectFrom('job').selectAll().where('key', '=', key).executeTakeFirst()) ?? null;
}

/** Extends a held lease; false when another node has taken it. */
export async function renewLease(db: Db, key: string, owner: string, until: string): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({ lease_until: until })
    .where('key', '=', key)
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Releases the lease and sets what happens next; false when the lease was lost meanwhile. */
export async function release(
  db: Db,
  key: string,
  owner: string,
  next: Pick<JobTable, 'state' | 'run_at' | 'attempts'>,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({ ...next, lease_owner: null, lease_until: null, updated_at: now })
    .where('key', '=', key)
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks runs of a job left `running` by a node that lost its lease. */
export async function abandonRunning(db: Db, key: string, now: string): Promise<void> {
  await db
    .updateTable('job_run')
    .set({ outcome: 'abandoned', finished_at: now, error: '执行节点失联, 租约过期后由其他节点接管' })
    .where('job_key', '=', key)
    .where('outcome', '=', 'running')
    .execute();
}

/** Records the start of a run. */
export async function insertRun(db: Db, run: JobRunTable): Promise<void> {
  await db.insertInto('job_run').values(run).execute();
}

/** Records how a run ended. */
export async function finishRun(
  db: Db,
  id: string,
  end: Pick<JobRunTable, 'finished_at' | 'duration_ms' | 'outcome' | 'result' | 'error'>,
): Promise<void> {
  await db.updateTable('job_run').set(end).where('id', '=', id).where('outcome', '=', 'running').execute();
}

/** A job by key. */
export function findJob(db: Db, key: string): Promise<JobTable | undefined> {
  return db.selectFrom('job').selectAll().where('key', '=', key).executeTakeFirst();
}

/** Inserts a job unless one with the same key exists; true when inserted. */
export async function insertJobIfAbsent(db: Db, job: JobTable): Promise<boolean> {
  const result = await db
    .insertInto('job')
    .values(job)
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Changes a recurring job's schedule. */
export async function updateSchedule(
  db: Db,
  key: string,
  cron: string,
  runAt: string,
  now: string,
): Promise<void> {
  await db.updateTable('job').set({ cron, run_at: runAt, updated_at: now }).where('key', '=', key).execute();
}

/** Every job, for the operator's overview. */
export function listJobs(db: Db): Promise<JobTable[]> {
  return db.selectFrom('job').selectAll().orderBy('kind').orderBy('key').execute();
}

/** Recent runs, newest first, optionally of one job; `offset` pages further back. */
export function listRuns(
  db: Db,
  options: { jobKey?: string | undefined; limit: number; offset?: number },
): Promise<JobRunTable[]> {
  let query = db.selectFrom('job_run').selectAll();
  if (options.jobKey) query = query.where('job_key', '=', options.jobKey);
  query = query.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(options.limit);
  if (options.offset) query = query.offset(options.offset);
  return query.execute();
}

/** How many runs are recorded, optionally of one job (for paging). */
export async function countRuns(db: Db, options: { jobKey?: string | undefined }): Promise<number> {
  let query = db.selectFrom('job_run').select((eb) => eb.fn.countAll().as('total'));
  if (options.jobKey) query = query.where('job_key', '=', options.jobKey);
  const { total } = await query.executeTakeFirstOrThrow();
  return toNumber(total);
}

/** The latest run of each job, keyed by job, for the overview. */
export async function lastRuns(db: Db): Promise<Map<string, JobRunTable>> {
  const rows = await db
    .selectFrom('job_run as r')
    .selectAll('r')
    .where('r.id', '=', (eb) =>
      eb
        .selectFrom('job_run as l')
        .select('l.id')
        .whereRef('l.job_key', '=', 'r.job_key')
        .orderBy('l.started_at', 'desc')
        .orderBy('l.id', 'desc')
        .limit(1),
    )
    .orderBy('r.job_key')
    .execute();
  return new Map(rows.map((r) => [r.job_key, r]));
}

/** Deletes finished runs that started before `before`; returns how many. */
export async function pruneRuns(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom('job_run')
    .where('started_at', '<', before)
    .where('outcome', '!=', 'running')
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
