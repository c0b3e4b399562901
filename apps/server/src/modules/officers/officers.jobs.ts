import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { JobScheduler, RecurringJob } from '../../platform/jobs/scheduler.ts';
import type { CertificateService } from './certificates.service.ts';

/** The job's name, also its recurring key. */
export const CERTIFICATE_EXPIRY_JOB = 'officers.certificate-expiry';

/**
 * Every night after midnight (Shanghai): expiry notices 60, 30 and 7 days ahead, and certificates
 * past their expiry date marked expired. `today` is injectable for tests.
 */
export function registerOfficerJobs(
  scheduler: JobScheduler,
  certificates: CertificateService,
  today: () => string = todayInShanghai,
): RecurringJob[] {
  scheduler.register(CERTIFICATE_EXPIRY_JOB, async () => {
    const result = await certificates.runExpiryCheck(today());
    return `发出证件到期提醒${result.notified}条, ${result.expired}个证件已过有效期`;
  });
  return [
    {
      key: CERTIFICATE_EXPIRY_JOB,
      handler: CERTIFICATE_EXPIRY_JOB,
      cron: '10 0 * * *',
      description: '执法证、监督证到期提醒 (提前60、30、7天) 与过期处理',
    },
  ];
}
