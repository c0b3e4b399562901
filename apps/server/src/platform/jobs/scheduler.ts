import { CronExpressionParser } from 'cron-parser';
import type { Logger } from 'pino';
import type { Db } from '../db/tables.ts';
import { newId } from '../ids.ts';
import * as repo from './jobs.repository.ts';
import type { JobTable } from './jobs.table.ts';

/** What a handler is given for one run. */
export interface JobContext {
  jobKey: string;
  runId: string;
  attempt: number;
  payload: unknown;
  /** Aborted when this node loses the lease or shuts down; long handlers should check it. */
  signal: AbortSignal;
  log: Logger;
}

/**
 * A job handler. Runs are at-least-once (a node can die after the work and before recording it),
 * so handlers must be idempotent. The returned string is kept as the run's result summary.
 */
export type JobHandler = (context: JobContext) => Promise<string | undefined>;

/** A recurring job that a part of the system needs. */
export interface RecurringJob {
  key: string;
  handler: string;
  cron: string;
  description: string;
}

/** Settings of one node's scheduler. */
export interface SchedulerOptions {
  nodeId: string;
  leaseSeconds: number;
  pollMs: number;
  concurrency?: number;
  logger: Logger;
}

const TIME_ZONE = 'Asia/Shanghai';

/** The next time a cron expression fires after `after`, in Shanghai time. */
export function nextCronTime(cron: string, after: Date): Date {
  return CronExpressionParser.parse(cron, { currentDate: after, tz: TIME_ZONE }).next().toDate();
}

/** Retry delay after a failed attempt: 30 s doubling, at most one hour. */
function backoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

/**
 * Runs named jobs with leases kept in the database, so with several nodes on one database each
 * due run happens on exactly one node, and a node that dies mid-run is replaced after its lease
 * expires.
 */
export class JobScheduler {
  readonly #handlers = new Map<string, { run: JobHandler; maxAttempts: number }>();
  readonly #running = new Map<string, { promise: Promise<void>; abort: AbortController }>();
  #timer: NodeJS.Timeout | null = null;
  #stopping = false;
  #ticking: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly options: SchedulerOptions,
  ) {}

  /** The id this node writes into leases and runs. */
  get nodeId(): string {
    return this.options.nodeId;
  }

  /** Makes a handler available under a name. */
  register(name: string, run: JobHandler, options: { maxAttempts?: number } = {}): void {
    if (this.#handlers.has(name)) throw new Error(`任务处理程序重复注册: ${name}`);
    this.#handlers.set(name, { run, maxAttempts: options.maxAttempts ?? 5 });
  }

  /** Creates the recurring jobs that are missing and updates those whose schedule changed. */
  async ensureRecurring(jobs: RecurringJob[]): Promise<void> {
    const now = new Date();
    for (const job of jobs) {
      if (!this.#handlers.has(job.handler))
        throw new Error(`周期任务 ${job.key} 的处理程序未注册: ${job.handler}`);
      const runAt = nextCronTime(job.cron, now).toISOString();
      const inserted = await repo.insertJobIfAbsent(this.db, {
        ...this.#newRow(job.key, job.handler, 'recurring', runAt, null, 1),
        cron: job.cron,
      });
      if (!inserted) {
        const existing = await repo.findJob(this.db, job.key);
        if (existing && existing.cron !== job.cron) {
          await repo.updateSchedule(this.db, job.key, job.cron, runAt, now.toISOString());
        }
      }
    }
  }

  /**
   * Queues a one-off job. With a `key`, a second enqueue of the same key is ignored, which makes
   * enqueueing idempotent. Returns the job's key.
   */
  async enqueue(
    handler: string,
    payload: unknown,
    options: { key?: string; runAt?: Date; maxAttempts?: number } = {},
  ): Promise<string> {
    const entry = this.#handlers.get(handler);
    const key = options.key ?? `${handler}:${newId()}`;
    const runAt = (options.runAt ?? new Date()).toISOString();
    const inserted = await repo.insertJobIfAbsent(
      this.db,
      this.#newRow(key, handler, 'once', runAt, payload, options.maxAttempts ?? entry?.maxAttempts ?? 5),
    );
    if (inserted && entry) this.#wakeAt(Date.parse(runAt));
    return key;
  }

  /**
   * Queues a one-off job that gathers every call made within the same `windowMs`: all of them share
   * one run, due at the end of the window, so work that arrives in bursts (ingested batches) is
   * picked up within about one window, never skipped for a run that already finished.
   */
  coalesce(handler: string, windowMs: number): Promise<string> {
    const next = (Math.floor(Date.now() / windowMs) + 1) * windowMs;
    return this.enqueue(handler, null, { key: `${handler}:${next}`, runAt: new Date(next) });
  }

  /** Polls at `at` instead of waiting for the next regular poll, when this node runs jobs. */
  #wakeAt(at: number): void {
    if (this.#timer === null || this.#stopping) return;
    const wake = setTimeout(
      () => {
        if (this.#stopping) return;
        // A timer may fire a millisecond before the wall clock reaches `at`, and a poll may be under
        // way that started before the job was due: either way, wake again rather than leave the job
        // to the next regular poll.
        if (Date.now() < at) return this.#wakeAt(at);
        if (this.#ticking) {
          void this.#ticking.then(() => this.#wakeAt(at));
          return;
        }
        this.#ticking = this.tick()
          .then(() => undefined)
          .catch((error: unknown) => this.options.logger.error({ err: error }, 'job poll failed'))
          .finally(() => {
            this.#ticking = null;
          });
      },
      Math.max(0, at - Date.now()),
    );
    wake.unref();
  }

  #newRow(
    key: string,
    handler: string,
    kind: JobTable['kind'],
    runAt: string,
    payload: unknown,
    maxAttempts: number,
  ): JobTable {
    const now = new Date().toISOString();
    return {
      key,
      handler,
      kind,
      cron: null,
      run_at: runAt,
      state: 'scheduled',
      payload: JSON.stringify(payload ?? null),
      attempts: 0,
      max_attempts: maxAttempts,
      lease_owner: null,
      lease_until: null,
      created_at: now,
      updated_at: now,
    };
  }

  /** Starts polling for due jobs. */
  start(): void {
    this.#stopping = false;
    const loop = () => {
      this.#ticking = this.tick()
        .then(() => undefined)
        .catch((error: unknown) => this.options.logger.error({ err: error }, 'job poll failed'))
        .finally(() => {
          this.#ticking = null;
          if (!this.#stopping) this.#timer = setTimeout(loop, this.options.pollMs);
        });
    };
    this.#timer = setTimeout(loop, 0);
  }

  /**
   * Stops polling and waits up to `graceMs` for running jobs; after that they are aborted and
   * their leases left to expire, so another node retries them.
   */
  async stop(graceMs: number): Promise<void> {
    this.#stopping = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#ticking;
    const running = [...this.#running.values()];
    const all = Promise.allSettled(running.map((r) => r.promise));
    const timedOut = await Promise.race([
      all.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), graceMs).unref()),
    ]);
    if (timedOut) for (const r of running) r.abort.abort(new Error('节点正在停机'));
  }

  /** One poll: claims due jobs up to the free capacity and starts them. Returns how many started. */
  async tick(): Promise<number> {
    const free = (this.options.concurrency ?? 2) - this.#running.size;
    if (free <= 0) return 0;
    const now = new Date();
    const nowIso = now.toISOString();
    const until = new Date(now.getTime() + this.options.leaseSeconds * 1000).toISOString();
    let started = 0;
    for (const key of await repo.findDue(this.db, nowIso, free * 3)) {
      if (started >= free || this.#stopping) break;
      if (this.#running.has(key)) continue;
      const job = await repo.claim(this.db, key, this.nodeId, nowIso, until);
      if (!job) continue;
      started += 1;
      const abort = new AbortController();
      const promise = this.#execute(job, abort).finally(() => this.#running.delete(key));
      this.#running.set(key, { promise, abort });
    }
    return started;
  }

  /** Waits for every job this node is running (tests and shutdown). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.#running.values()].map((r) => r.promise));
  }

  async #execute(job: JobTable, abort: AbortController): Promise<void> {
    const { logger, leaseSeconds } = this.options;
    const startedAt = new Date();
    const runId = newId();
    const log = logger.child({ job: job.key, runId });
    await repo.abandonRunning(this.db, job.key, startedAt.toISOString());
    await repo.insertRun(this.db, {
      id: runId,
      job_key: job.key,
      handler: job.handler,
      node_id: this.nodeId,
      attempt: job.attempts,
      started_at: startedAt.toISOString(),
      finished_at: null,
      duration_ms: null,
      outcome: 'running',
      result: null,
      error: null,
    });
    const heartbeat = setInterval(
      () => {
        const until = new Date(Date.now() + leaseSeconds * 1000).toISOString();
        repo
          .renewLease(this.db, job.key, this.nodeId, until)
          .then((held) => {
            if (!held) abort.abort(new Error('租约已被其他节点接管'));
          })
          .catch((error: unknown) => log.warn({ err: error }, 'lease renewal failed'));
      },
      Math.max(1000, (leaseSeconds * 1000) / 3),
    );
    let outcome: 'succeeded' | 'failed' = 'succeeded';
    let result: string | null = null;
    let errorText: string | null = null;
    try {
      const handler = this.#handlers.get(job.handler);
      if (!handler) throw new Error(`未注册的任务处理程序: ${job.handler}`);
      result =
        (await handler.run({
          jobKey: job.key,
          runId,
          attempt: job.attempts,
          payload: JSON.parse(job.payload),
          signal: abort.signal,
          log,
        })) ?? null;
      if (abort.signal.aborted) throw abort.signal.reason;
    } catch (error) {
      outcome = 'failed';
      errorText = error instanceof Error ? error.message : String(error);
      log.error({ err: error }, 'job failed');
    } finally {
      clearInterval(heartbeat);
    }
    const finishedAt = new Date();
    const next = this.#nextState(job, outcome, finishedAt);
    const held = await repo.release(this.db, job.key, this.nodeId, next, finishedAt.toISOString());
    await repo.finishRun(this.db, runId, {
      finished_at: finishedAt.toISOString(),
      duration_ms: finishedAt.getTime() - startedAt.getTime(),
      outcome: held ? outcome : 'abandoned',
      result,
      error: held ? errorText : (errorText ?? '租约已被其他节点接管'),
    });
    log.info({ outcome, durationMs: finishedAt.getTime() - startedAt.getTime() }, 'job finished');
  }

  #nextState(
    job: JobTable,
    outcome: 'succeeded' | 'failed',
    now: Date,
  ): Pick<JobTable, 'state' | 'run_at' | 'attempts'> {
    if (outcome === 'failed' && job.attempts < job.max_attempts) {
      return {
        state: 'scheduled',
        run_at: new Date(now.getTime() + backoffMs(job.attempts)).toISOString(),
        attempts: job.attempts,
      };
    }
    if (job.kind === 'recurring' && job.cron) {
      return { state: 'scheduled', run_at: nextCronTime(job.cron, now).toISOString(), attempts: 0 };
    }
    return { state: outcome === 'succeeded' ? 'done' : 'failed', run_at: job.run_at, attempts: job.attempts };
  }
}
