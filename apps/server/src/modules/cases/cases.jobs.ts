import type { JobScheduler, RecurringJob } from '../../platform/jobs/scheduler.ts';
import type { CaseService } from './cases.service.ts';

/** Brings stored deadlines up to date after ingests. */
export const CASE_DERIVE_JOB = 'cases.derive';

/** Reminds agencies of deadlines about to fall due. */
export const CASE_REMINDER_JOB = 'cases.deadline-reminders';

/**
 * The case module's jobs: derivation after each ingest with a sweep every few minutes, and the
 * daily deadline reminders (`leadFor` gives a region's lead time in working days).
 */
export function registerCaseJobs(
  scheduler: JobScheduler,
  cases: CaseService,
  leadFor?: (regionCode: string) => number,
): RecurringJob[] {
  scheduler.register(CASE_DERIVE_JOB, async () => {
    const result = await cases.derivePending();
    return `重新计算${result.requeued ? `(含节假日安排导入后的${result.requeued}件)` : ''}期限的案件${result.derived}件`;
  });
  // Batches arriving together share one derivation, run within a quarter second of the last.
  cases.onIngested(() => scheduler.coalesce(CASE_DERIVE_JOB, 250));
  scheduler.register(CASE_REMINDER_JOB, async () => {
    const { reminded } = await cases.remindDeadlines(leadFor);
    return `提醒即将届满的期限${reminded}项`;
  });
  return [
    {
      key: CASE_REMINDER_JOB,
      handler: CASE_REMINDER_JOB,
      cron: '20 0 * * *',
      description: '提醒执法主体即将届满的办案期限 (届满前若干个工作日)',
    },
    {
      key: CASE_DERIVE_JOB,
      handler: CASE_DERIVE_JOB,
      cron: '*/5 * * * *',
      description: '按最新版本计算案件期限 (报送后即时触发, 每5分钟补漏)',
    },
  ];
}
