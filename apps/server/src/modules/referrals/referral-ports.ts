import type { CalendarService } from '../../platform/calendar/calendar.service.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { BlobService } from '../../platform/storage/blobs.ts';
import type { CaseService } from '../cases/cases.service.ts';
import type { ComplaintService } from '../complaints/complaints.service.ts';
import type { MatterService } from '../matters/matters.service.ts';
import type { CertificateService } from '../officers/certificates.service.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import type { ReferralPeriods } from './referral-periods.ts';

/** What the referral loop uses of other modules and the platform. */
export interface ReferralPorts {
  orgs: OrgService;
  certificates: CertificateService;
  cases: CaseService;
  matters: MatterService;
  complaints: ComplaintService;
  blobs: BlobService;
  calendar: CalendarService;
  periods: ReferralPeriods;
  clock: ReferralClock;
}

/** Today (Asia/Shanghai) and now (ISO): tests move it to run deadlines and reminders. */
export interface ReferralClock {
  today(): string;
  now(): string;
}

/** The real clock. */
export const REFERRAL_SYSTEM_CLOCK: ReferralClock = {
  today: todayInShanghai,
  now: () => new Date().toISOString(),
};
