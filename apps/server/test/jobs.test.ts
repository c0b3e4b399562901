import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCalendarJobs } from '../src/platform/calendar/calendar.jobs.ts';
import * as repo from '../src/platform/jobs/jobs.repository.ts';
import { JobScheduler, nextCronTime } from '../src/platform/jobs/scheduler.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
const effects: string[] = [];
let failures = 0;

beforeAll(async () => {
  t = await createTestApp({
    extraHandlers: {
      'test.effect': async ({ payload }) => {
        effects.push((payload as { tag: string }).tag);
        return `做了 ${(payload as { tag: string }).tag}`;
      },
      'test.fail': async () => {
        failures += 1;
        throw new Error('模拟失败');
      },
    },
  });
});
afterAll(() => t.close());

const db = () => t.context.database.db;
const node = (nodeId: string) =>
  new JobScheduler(db(), { nodeId, leaseSeconds: 30, pollMs: 50, logger: pino({ level: 'silent' }) });

async function runOnce(scheduler = t.context.scheduler) {
  const started = await scheduler.tick();
  await scheduler.drain();
  return started;
}

describe('one-off jobs', () => {
  it('runs a queued job once and records the run', async () => {
    const key = await t.context.scheduler.enqueue('test.effect', { tag: 'A' });
    expect(await runOnce()).toBe(1);
    expect(await runOnce()).toBe(0);
    expect(effects.filter((e) => e === 'A')).toHaveLength(1);
    const job = await repo.findJob(db(), key);
    expect(job).toMatchObject({ state: 'done', lease_owner: null });
    const [run] = await repo.listRuns(db(), { jobKey: key, limit: 10 });
    expect(run).toMatchObject({ outcome: 'succeeded', result: '做了 A', node_id: 'test-node', error: null });
    expect(run!.duration_ms).toBeGreaterThanOrEqual(0);
  });

  it('ignores a second enqueue with the same key', async () => {
    await t.context.scheduler.enqueue('test.effect', { tag: 'B' }, { key: 'dedupe-b' });
    await t.context.scheduler.enqueue('test.effect', { tag: 'B2' }, { key: 'dedupe-b' });
    await runOnce();
    expect(effects).toContain('B');
    expect(effects).not.toContain('B2');
  });

  it('does not run a job before its time', async () => {
    const key = await t.context.scheduler.enqueue(
      'test.effect',
      { tag: 'later' },
      { runAt: new Date(Date.now() + 3_600_000) },
    );
    expect(await runOnce()).toBe(0);
    expect((await repo.findJob(db(), key))?.state).toBe('scheduled');
  });

  it('retries a failing job later, then gives up after its attempts', async () => {
    const key = await t.context.scheduler.enqueue('test.fail', null, { maxAttempts: 2 });
    await runOnce();
    let job = await repo.findJob(db(), key);
    expect(job).toMatchObject({ state: 'scheduled', attempts: 1, lease_owner: null });
    expect(Date.parse(job!.run_at)).toBeGreaterThan(Date.now() + 20_000);
    const [first] = await repo.listRuns(db(), { jobKey: key, limit: 5 });
    expect(first).toMatchObject({ outcome: 'failed', error: '模拟失败' });

    await db()
      .updateTable('job')
      .set({ run_at: new Date(Date.now() - 1000).toISOString() })
      .where('key', '=', key)
      .execute();
    await runOnce();
    job = await repo.findJob(db(), key);
    expect(job).toMatchObject({ state: 'failed', attempts: 2 });
    expect(failures).toBe(2);
  });
});

describe('leases across nodes', () => {
  it('lets only one of two nodes run a due job', async () => {
    const a = node('node-a');
    const b = node('node-b');
    a.register('test.effect', async ({ payload }) => {
      effects.push(`${(payload as { tag: string }).tag}@a`);
      return undefined;
    });
    b.register('test.effect', async ({ payload }) => {
      effects.push(`${(payload as { tag: string }).tag}@b`);
      return undefined;
    });
    await a.enqueue('test.effect', { tag: 'race' }, { key: 'race' });
    const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
    await Promise.all([a.drain(), b.drain()]);
    expect(ra + rb).toBe(1);
    expect(effects.filter((e) => e.startsWith('race@'))).toHaveLength(1);
    const runs = await repo.listRuns(db(), { jobKey: 'race', limit: 5 });
    expect(runs.map((r) => r.outcome)).toEqual(['succeeded']);
  });

  it('takes over a job whose node died, marking the dead run abandoned', async () => {
    const key = await t.context.scheduler.enqueue('test.effect', { tag: 'orphan' }, { key: 'orphan' });
    const now = new Date();
    // A node claims the job, starts a run, and dies: its lease is left to expire.
    const claimed = await repo.claim(
      db(),
      key,
      'dead-node',
      now.toISOString(),
      new Date(now.getTime() + 200).toISOString(),
    );
    expect(claimed?.lease_owner).toBe('dead-node');
    await repo.insertRun(db(), {
      id: 'dead-run',
      job_key: key,
      handler: 'test.effect',
      node_id: 'dead-node',
      attempt: 1,
      started_at: now.toISOString(),
      finished_at: null,
      duration_ms: null,
      outcome: 'running',
      result: null,
      error: null,
    });
    expect(await runOnce()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await runOnce()).toBe(1);
    const runs = await repo.listRuns(db(), { jobKey: key, limit: 5 });
    expect(runs.map((r) => [r.node_id, r.outcome]).sort()).toEqual([
      ['dead-node', 'abandoned'],
      ['test-node', 'succeeded'],
    ]);
    expect(effects.filter((e) => e === 'orphan')).toHaveLength(1);
    expect((await repo.findJob(db(), key))?.attempts).toBe(2);
  });
});

describe('recurring jobs', () => {
  it('creates recurring jobs at their next cron time and moves them on after a run', async () => {
    await t.context.scheduler.ensureRecurring(t.context.recurringJobs);
    const job = await repo.findJob(db(), 'jobs.prune-runs');
    expect(job).toMatchObject({ kind: 'recurring', cron: '30 3 * * *', state: 'scheduled' });
    // 03:30 in Shanghai is 19:30 UTC.
    expect(job!.run_at).toMatch(/T19:30:00\.000Z$/);

    await db()
      .updateTable('job')
      .set({ run_at: new Date(Date.now() - 1000).toISOString() })
      .where('key', '=', 'jobs.prune-runs')
      .execute();
    await runOnce();
    const after = await repo.findJob(db(), 'jobs.prune-runs');
    expect(after?.state).toBe('scheduled');
    expect(Date.parse(after!.run_at)).toBeGreaterThan(Date.now());
    const [run] = await repo.listRuns(db(), { jobKey: 'jobs.prune-runs', limit: 1 });
    expect(run?.result).toMatch(/^删除\d+条90天前的任务运行记录$/);
  });

  it('reschedules when the cron expression of a recurring job changes', async () => {
    await t.context.scheduler.ensureRecurring([
      { key: 'jobs.prune-runs', handler: 'jobs.prune-runs', cron: '0 4 * * *', description: '' },
    ]);
    const job = await repo.findJob(db(), 'jobs.prune-runs');
    expect(job?.cron).toBe('0 4 * * *');
    expect(job?.run_at).toBe(nextCronTime('0 4 * * *', new Date()).toISOString());
  });

  it('reports a missing schedule for next year from November', async () => {
    const scheduler = node('calendar-check');
    registerCalendarJobs(scheduler, t.context.calendar, () => '2026-11-27');
    await scheduler.enqueue('calendar.coverage', null, { key: 'coverage-check', maxAttempts: 1 });
    await runOnce(scheduler);
    const [run] = await repo.listRuns(db(), { jobKey: 'coverage-check', limit: 1 });
    expect(run?.outcome).toBe('failed');
    expect(run?.error).toContain('2027年的节假日安排尚未导入');
  });
});
