import type { JobScheduler, RecurringJob } from '../../platform/jobs/scheduler.ts';
import type { ReferralService } from './referrals.service.ts';

/** Reminds of referral deadlines and marks the missed ones overdue. */
export const REFERRAL_REMINDER_JOB = 'referrals.deadline-reminders';

/** Hourly, because a criminal transfer has 24 hours. */
export function registerReferralJobs(scheduler: JobScheduler, referrals: ReferralService): RecurringJob[] {
  scheduler.register(REFERRAL_REMINDER_JOB, async () => {
    const pass = await referrals.runReminders();
    return `线索移送期限提醒${pass.dueSoon}件, 逾期${pass.overdue}件, 异议期限届满${pass.closed}件`;
  });
  return [
    {
      key: REFERRAL_REMINDER_JOB,
      handler: REFERRAL_REMINDER_JOB,
      cron: '5 * * * *',
      description: '线索移送审批、移送 (24小时) 与反馈期限提醒, 逾期标记',
    },
  ];
}
