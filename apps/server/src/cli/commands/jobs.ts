import { listJobs, listRuns } from '../../platform/jobs/jobs.repository.ts';
import { type Command, EXIT, say, UsageError } from '../command.ts';
import { withContext } from '../environment.ts';

/** `jiandu jobs list`: every job with its next run and current lease. */
export const jobsListCommand: Command = {
  path: ['jobs', 'list'],
  summary: '列出后台任务 / list background jobs',
  usage: 'jiandu jobs list',
  run: () =>
    withContext(async (context) => {
      const jobs = await listJobs(context.database.db);
      if (!jobs.length) say('暂无后台任务 (服务首次启动后创建)');
      for (const job of jobs) {
        const lease = job.lease_owner ? `  执行中@${job.lease_owner} 至 ${job.lease_until}` : '';
        say(
          `${job.key}  [${job.kind}${job.cron ? ` ${job.cron}` : ''}]  状态 ${job.state}  下次 ${job.run_at}${lease}`,
        );
      }
      return EXIT.ok;
    }),
};

/** `jiandu jobs runs`: recent runs: when, where, how long, how they ended. */
export const jobsRunsCommand: Command = {
  path: ['jobs', 'runs'],
  summary: '查看任务运行记录 / show job runs',
  usage: 'jiandu jobs runs [--job KEY] [--limit N]',
  options: { job: { type: 'string' }, limit: { type: 'string', default: '20' } },
  run: ({ values }) => {
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      throw new UsageError('--limit 须为 1 至 1000 的整数');
    return withContext(async (context) => {
      const runs = await listRuns(context.database.db, { jobKey: values.job as string | undefined, limit });
      if (!runs.length) say('暂无运行记录');
      for (const run of runs) {
        const took = run.duration_ms === null ? '' : ` ${run.duration_ms}ms`;
        const tail = run.error ? `  错误: ${run.error}` : run.result ? `  ${run.result}` : '';
        say(`${run.started_at}  ${run.job_key}  ${run.outcome}${took}  节点 ${run.node_id}${tail}`);
      }
      return EXIT.ok;
    });
  },
};
