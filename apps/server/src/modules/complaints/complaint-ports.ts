import type { CalendarService } from '../../platform/calendar/calendar.service.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import type { BlobService } from '../../platform/storage/blobs.ts';
import type { MatterService } from '../matters/matters.service.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import type { ComplaintPeriods } from './complaint-periods.ts';
import type { ComplaintThrottle } from './complaint-throttle.ts';

/** What the complaint loop uses of other modules and the platform. */
export interface ComplaintPorts {
  orgs: OrgService;
  matters: MatterService;
  blobs: BlobService;
  calendar: CalendarService;
  keyring: Keyring;
  periods: ComplaintPeriods;
  throttle: ComplaintThrottle;
  clock: ComplaintClock;
  /** Who holds an enforcement certificate today (name and agency), null for an unknown number. */
  certificateHolder(number: string): Promise<{ officerName: string; orgId: string } | null>;
  /**
   * The number and decision date of the case a complaint names (by id, or by number within the
   * agency named), null when unknown or not decided: the route-out periods count from it.
   */
  caseDecision(target: {
    caseId?: string;
    caseNumber?: string;
    agencyId?: string | null;
  }): Promise<{ caseNumber: string; decidedOn: string } | null>;
}

/** Today (Asia/Shanghai) and now (ISO): tests move it to run deadlines, reminders and the reopen window. */
export interface ComplaintClock {
  today(): string;
  now(): string;
}

/** The real clock. */
export const COMPLAINT_SYSTEM_CLOCK: ComplaintClock = {
  today: todayInShanghai,
  now: () => new Date().toISOString(),
};
