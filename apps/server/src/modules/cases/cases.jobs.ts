import type { JobScheduler, RecurringJob } from '../../platform/jobs/scheduler.ts';
import type { CaseService } from './cases.service.ts';

/** Brings stored deadlines up to date after ingests. */
export const CASE_DERIVE_JOB = 'cases.derive';

/** The case module's jobs: derivation after each ingest, and a sweep every few minutes. */
export function registerCaseJobs(scheduler: JobScheduler, cases: CaseService): RecurringJob[] {
  scheduler.register(CASE_DERIVE_JOB, async () => {
    const result = await cases.derivePending();
    return `重新计算${result.requeued ? `(含节假日安排导入后的${result.requeued}件)` : ''}期限的案件${result.derived}件`;
  });
  // At most one queued derivation per five seconds however many batches arrive.
  cases.onIngested(() =>
    scheduler.enqueue(CASE_DERIVE_JOB, null, { key: `${CASE_DERIVE_JOB}:${Math.floor(Date.now() / 5000)}` }),
  );
  return [
    {
      key: CASE_DERIVE_JOB,
      handler: CASE_DERIVE_JOB,
      cron: '*/5 * * * *',
      description: '按最新版本计算案件期限 (报送后即时触发, 每5分钟补漏)',
    },
  ];
}
