import { z } from 'zod';
import { PageQuerySchema } from './paging.ts';

/** How a job run ended (`running` while it is under way). */
export const JobOutcomeSchema = z.enum(['running', 'succeeded', 'failed', 'abandoned']);

/** A background job: its schedule, its current lease, and how its last run went. */
export const JobSchema = z
  .object({
    key: z.string(),
    handler: z.string(),
    description: z.string().nullable().describe('周期任务的中文说明'),
    kind: z.enum(['recurring', 'once']),
    cron: z.string().nullable().describe('Asia/Shanghai 时区的 cron 表达式'),
    state: z.enum(['scheduled', 'done', 'failed']),
    runAt: z.string().describe('下次运行时间 (一次性任务结束后为原定时间)'),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    leaseOwner: z.string().nullable().describe('正在执行的节点'),
    leaseUntil: z.string().nullable(),
    lastRun: z
      .object({
        outcome: JobOutcomeSchema,
        startedAt: z.string(),
        durationMs: z.number().int().nullable(),
        error: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'Job' });

/** One execution of a job on one node. */
export const JobRunSchema = z
  .object({
    id: z.string(),
    jobKey: z.string(),
    handler: z.string(),
    node: z.string(),
    attempt: z.number().int(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    durationMs: z.number().int().nullable(),
    outcome: JobOutcomeSchema,
    result: z.string().nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'JobRun' });

/** Query of the run history: optionally one job, paged, newest first. */
export const JobRunsQuerySchema = PageQuerySchema.pick({ page: true, pageSize: true }).extend({
  job: z.string().trim().max(200).optional().describe('任务键'),
});

export type Job = z.infer<typeof JobSchema>;
export type JobRun = z.infer<typeof JobRunSchema>;
export type JobOutcome = z.infer<typeof JobOutcomeSchema>;
