import type { JobScheduler, RecurringJob } from '../../platform/jobs/scheduler.ts';
import type { NoticeService } from './notices.service.ts';

/** Reminds agencies of notice deadlines, chases the overdue and flags escalation. */
export const NOTICE_REMINDER_JOB = 'matters.notice-reminders';

/** The supervision loop's daily job. */
export function registerMatterJobs(scheduler: JobScheduler, notices: NoticeService): RecurringJob[] {
  scheduler.register(NOTICE_REMINDER_JOB, async () => {
    const pass = await notices.runReminders();
    return `监督文书期限提醒${pass.dueSoon}份, 逾期催办${pass.overdue}份, 应升级督办${pass.escalationDue}份`;
  });
  return [
    {
      key: NOTICE_REMINDER_JOB,
      handler: NOTICE_REMINDER_JOB,
      cron: '40 0 * * *',
      description: '监督文书整改期限提醒、逾期催办与升级督办提示',
    },
  ];
}
