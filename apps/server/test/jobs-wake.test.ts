import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { JobScheduler } from '../src/platform/jobs/scheduler.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
let node: JobScheduler;
const runs: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  // A node that would otherwise look for work only once a minute.
  node = new JobScheduler(t.context.database.db, {
    nodeId: 'slow-poll',
    leaseSeconds: 30,
    pollMs: 60_000,
    logger: pino({ level: 'silent' }),
  });
  node.register('test.burst', async ({ jobKey }) => {
    runs.push(jobKey);
    return '已处理';
  });
  node.start();
  await new Promise((resolve) => setTimeout(resolve, 200));
});
afterAll(async () => {
  await node.stop(1_000);
  await t.close();
});

describe('coalesced jobs', () => {
  it('run once for a burst, right after its window, without waiting for the next poll', async () => {
    await Promise.all([node.coalesce('test.burst', 300), node.coalesce('test.burst', 300)]);
    await vi.waitFor(() => expect(runs).toHaveLength(1), { timeout: 5_000, interval: 50 });
  });

  it('run again for work that arrives after a run finished', async () => {
    await new Promise((resolve) => setTimeout(resolve, 350));
    await node.coalesce('test.burst', 300);
    await vi.waitFor(() => expect(runs).toHaveLength(2), { timeout: 5_000, interval: 50 });
    expect(new Set(runs).size).toBe(2);
  });
});
