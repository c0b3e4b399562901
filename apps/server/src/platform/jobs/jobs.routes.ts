import type { Job, JobRun } from '@jiandu/contracts/jobs';
import { JobRunSchema, JobRunsQuerySchema, JobSchema } from '@jiandu/contracts/jobs';
import { pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/tables.ts';
import { countRuns, lastRuns, listJobs, listRuns } from './jobs.repository.ts';
import type { JobRunTable, JobTable } from './jobs.table.ts';
import type { RecurringJob } from './scheduler.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

function presentJob(job: JobTable, last: JobRunTable | undefined, description: string | undefined): Job {
  return {
    key: job.key,
    handler: job.handler,
    description: description ?? null,
    kind: job.kind,
    cron: job.cron,
    state: job.state,
    runAt: job.run_at,
    attempts: job.attempts,
    maxAttempts: job.max_attempts,
    leaseOwner: job.lease_owner,
    leaseUntil: job.lease_until,
    lastRun: last
      ? { outcome: last.outcome, startedAt: last.started_at, durationMs: last.duration_ms, error: last.error }
      : null,
  };
}

function presentRun(run: JobRunTable): JobRun {
  return {
    id: run.id,
    jobKey: run.job_key,
    handler: run.handler,
    node: run.node_id,
    attempt: run.attempt,
    startedAt: run.started_at,
    finishedAt: run.finished_at,
    durationMs: run.duration_ms,
    outcome: run.outcome,
    result: run.result,
    error: run.error,
  };
}

/**
 * The operator's view of the background jobs: what is scheduled, who holds a lease, and how runs
 * went, so a failing nightly job is seen without reading node logs.
 */
export function registerJobRoutes(app: FastifyInstance, db: Db, recurring: readonly RecurringJob[]): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['jobs'];
  const descriptions = new Map(recurring.map((j) => [j.key, j.description]));

  r.get(
    '/api/jobs',
    {
      schema: {
        tags,
        summary: '后台任务列表 (含下次运行时间、当前租约与最近一次运行)',
        response: { 200: z.array(JobSchema), ...errors },
      },
      config: { access: { permission: 'job.read' } },
    },
    async () => {
      const [jobs, last] = await Promise.all([listJobs(db), lastRuns(db)]);
      return jobs.map((job) => presentJob(job, last.get(job.key), descriptions.get(job.key)));
    },
  );

  r.get(
    '/api/jobs/runs',
    {
      schema: {
        tags,
        summary: '任务运行记录 (最新在前, 分页)',
        querystring: JobRunsQuerySchema,
        response: { 200: pageOf(JobRunSchema), ...errors },
      },
      config: { access: { permission: 'job.read' } },
    },
    async (request) => {
      const { job, page, pageSize } = request.query;
      const [total, runs] = await Promise.all([
        countRuns(db, { jobKey: job }),
        listRuns(db, { jobKey: job, limit: pageSize, offset: (page - 1) * pageSize }),
      ]);
      return { items: runs.map(presentRun), total, page, pageSize };
    },
  );
}
