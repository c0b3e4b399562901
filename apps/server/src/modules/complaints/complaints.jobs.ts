import type { JobScheduler, RecurringJob } from '../../platform/jobs/scheduler.ts';
import type { ComplaintService } from './complaints.service.ts';

/** Reminds handling orgs of complaint deadlines and marks the missed ones overdue. */
export const COMPLAINT_REMINDER_JOB = 'complaints.deadline-reminders';

/** The complaint loop's daily job. */
export function registerComplaintJobs(scheduler: JobScheduler, complaints: ComplaintService): RecurringJob[] {
  scheduler.register(COMPLAINT_REMINDER_JOB, async () => {
    const pass = await complaints.runReminders();
    return `投诉举报期限提醒${pass.dueSoon}件, 逾期${pass.overdue}件`;
  });
  return [
    {
      key: COMPLAINT_REMINDER_JOB,
      handler: COMPLAINT_REMINDER_JOB,
      cron: '50 0 * * *',
      description: '投诉举报受理与答复期限提醒, 逾期标记',
    },
  ];
}
