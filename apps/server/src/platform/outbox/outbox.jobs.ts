import type { Db } from '../db/tables.ts';
import type { JobScheduler, RecurringJob } from '../jobs/scheduler.ts';
import { pruneFinished } from './outbox.repository.ts';
import { OUTBOX_JOB, type Outbox } from './outbox.ts';

/** Delivered and dead messages are kept this many days for the administrator, then removed. */
export const OUTBOX_RETENTION_DAYS = 90;

const PRUNE_JOB = 'outbox.prune';

/**
 * The delivery pass every minute (and sooner: each enqueue pulls the job forward), and a nightly
 * clean-up of old finished messages. Runs are leased like every job; messages are claimed one by
 * one on top of that, so a pass that overlaps another node's is still safe.
 */
export function registerOutboxJobs(scheduler: JobScheduler, db: Db, outbox: Outbox): RecurringJob[] {
  scheduler.register(OUTBOX_JOB, async ({ signal }) => {
    const pass = await outbox.deliverDue(signal);
    return `送达${pass.delivered}条, 待重试${pass.retrying}条, 放弃${pass.dead}条, 等待接收地址${pass.waiting}条`;
  });
  scheduler.register(PRUNE_JOB, async () => {
    const before = new Date(Date.now() - OUTBOX_RETENTION_DAYS * 86_400_000).toISOString();
    const removed = await pruneFinished(db, before);
    return `删除${removed}条${OUTBOX_RETENTION_DAYS}天前已送达或已放弃的外发消息`;
  });
  return [
    {
      key: OUTBOX_JOB,
      handler: OUTBOX_JOB,
      cron: '* * * * *',
      description: '向数据来源系统投递外发消息 (Webhook)',
    },
    {
      key: PRUNE_JOB,
      handler: PRUNE_JOB,
      cron: '50 3 * * *',
      description: '清理过期的外发消息记录',
    },
  ];
}
