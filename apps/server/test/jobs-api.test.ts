import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

let t: TestApp;
let sysadmin: SessionClient;
let supervisor: SessionClient;
let releaseSlow: () => void = () => {};

beforeAll(async () => {
  t = await createTestApp({
    seedCalendar: false,
    config: { demoSeed: true },
    extraHandlers: {
      'test.ok': async ({ payload }) => `处理了 ${(payload as { n: number }).n}`,
      'test.fail': async () => {
        throw new Error('模拟失败');
      },
      'test.slow': () =>
        new Promise<string>((resolve) => {
          releaseSlow = () => resolve('慢任务完成');
        }),
    },
  });
  await seed(t.context, SYSTEM_ACTOR);
  sysadmin = await signIn(t.app, 'sysadmin', DEMO_PASSWORD);
  supervisor = await signIn(t.app, 'sheng.jiandu', DEMO_PASSWORD);
  const { scheduler } = t.context;
  await scheduler.ensureRecurring(t.context.recurringJobs);
  for (const n of [1, 2, 3]) {
    await scheduler.enqueue('test.ok', { n }, { key: `ok-${n}` });
    await scheduler.tick();
    await scheduler.drain();
  }
  await scheduler.enqueue('test.fail', null, { key: 'fail-1', maxAttempts: 1 });
  await scheduler.tick();
  await scheduler.drain();
});
afterAll(() => t.close());

interface JobBody {
  key: string;
  description: string | null;
  kind: string;
  cron: string | null;
  state: string;
  runAt: string;
  leaseOwner: string | null;
  leaseUntil: string | null;
  lastRun: { outcome: string; startedAt: string; durationMs: number | null; error: string | null } | null;
}

const jobs = async (): Promise<JobBody[]> => {
  const res = await sysadmin.get('/api/jobs');
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('GET /api/jobs', () => {
  it('lists the recurring jobs with their schedule, description and next run', async () => {
    const list = await jobs();
    const coverage = list.find((j) => j.key === 'calendar.coverage');
    expect(coverage).toMatchObject({
      kind: 'recurring',
      cron: '0 8 * * *',
      state: 'scheduled',
      description: '检查节假日安排是否已导入',
      leaseOwner: null,
      lastRun: null,
    });
    expect(Date.parse(coverage!.runAt)).toBeGreaterThan(Date.now());
    expect(list.map((j) => j.key)).toEqual(expect.arrayContaining(['jobs.prune-runs', 'audit.archive']));
  });

  it('shows how the last run of each job ended', async () => {
    const list = await jobs();
    expect(list.find((j) => j.key === 'ok-3')).toMatchObject({
      kind: 'once',
      state: 'done',
      lastRun: { outcome: 'succeeded', error: null },
    });
    expect(list.find((j) => j.key === 'ok-3')!.lastRun!.durationMs).toBeGreaterThanOrEqual(0);
    expect(list.find((j) => j.key === 'fail-1')).toMatchObject({
      state: 'failed',
      lastRun: { outcome: 'failed', error: '模拟失败' },
    });
  });

  it('shows the lease of a job while a node runs it', async () => {
    await t.context.scheduler.enqueue('test.slow', null, { key: 'slow-1' });
    await t.context.scheduler.tick();
    try {
      const slow = (await jobs()).find((j) => j.key === 'slow-1');
      expect(slow).toMatchObject({
        leaseOwner: 'test-node',
        lastRun: { outcome: 'running', durationMs: null },
      });
      expect(Date.parse(slow!.leaseUntil!)).toBeGreaterThan(Date.now());
    } finally {
      releaseSlow();
      await t.context.scheduler.drain();
    }
    expect((await jobs()).find((j) => j.key === 'slow-1')).toMatchObject({
      leaseOwner: null,
      lastRun: { outcome: 'succeeded' },
    });
  });

  it('is refused to a business user without job.read', async () => {
    expect((await supervisor.get('/api/jobs')).statusCode).toBe(403);
    expect((await supervisor.get('/api/jobs/runs')).statusCode).toBe(403);
  });
});

describe('GET /api/jobs/runs', () => {
  it('pages the runs newest first', async () => {
    const first = (await sysadmin.get('/api/jobs/runs?page=1&pageSize=2')).json();
    expect(first.total).toBe(5);
    expect(first.items.map((r: { jobKey: string }) => r.jobKey)).toEqual(['slow-1', 'fail-1']);
    const last = (await sysadmin.get('/api/jobs/runs?page=3&pageSize=2')).json();
    expect(last).toMatchObject({ total: 5, page: 3, pageSize: 2 });
    expect(last.items.map((r: { jobKey: string }) => r.jobKey)).toEqual(['ok-1']);
  });

  it('shows one job’s runs with node, attempt, timing, result and error', async () => {
    const ok = (await sysadmin.get('/api/jobs/runs?job=ok-2')).json();
    expect(ok.total).toBe(1);
    expect(ok.items[0]).toMatchObject({
      jobKey: 'ok-2',
      handler: 'test.ok',
      node: 'test-node',
      attempt: 1,
      outcome: 'succeeded',
      result: '处理了 2',
      error: null,
    });
    expect(Date.parse(ok.items[0].finishedAt)).toBeGreaterThanOrEqual(Date.parse(ok.items[0].startedAt));
    const failed = (await sysadmin.get('/api/jobs/runs?job=fail-1')).json();
    expect(failed.items[0]).toMatchObject({ outcome: 'failed', error: '模拟失败', result: null });
  });

  it('refuses a page size over 100', async () => {
    expect((await sysadmin.get('/api/jobs/runs?pageSize=500')).statusCode).toBe(400);
  });
});
