import type { Db } from '../db/tables.ts';
import { pruneRuns } from './jobs.repository.ts';
import type { JobScheduler, RecurringJob } from './scheduler.ts';

/** Job run history older than this many days is removed. */
export const JOB_RUN_RETENTION_DAYS = 90;

/** The scheduler's own housekeeping: trims old run history every night. */
export function registerJobHousekeeping(scheduler: JobScheduler, db: Db): RecurringJob[] {
  scheduler.register('jobs.prune-runs', async () => {
    const before = new Date(Date.now() - JOB_RUN_RETENTION_DAYS * 86_400_000).toISOString();
    const removed = await pruneRuns(db, before);
    return `删除${removed}条${JOB_RUN_RETENTION_DAYS}天前的任务运行记录`;
  });
  return [
    {
      key: 'jobs.prune-runs',
      handler: 'jobs.prune-runs',
      cron: '30 3 * * *',
      description: '清理过期任务运行记录',
    },
  ];
}
