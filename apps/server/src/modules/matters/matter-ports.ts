import type { CalendarService } from '../../platform/calendar/calendar.service.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { BlobService } from '../../platform/storage/blobs.ts';
import type { CaseService } from '../cases/cases.service.ts';
import type { CertificateService } from '../officers/certificates.service.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import type { SourceService } from '../sources/sources.service.ts';
import type { WarningService } from '../warnings/warnings.service.ts';
import type { SupervisionPeriods } from './supervision-periods.ts';

/** What the supervision loop uses of other modules and the platform. */
export interface MatterPorts {
  orgs: OrgService;
  certificates: CertificateService;
  cases: CaseService;
  warnings: WarningService;
  sources: SourceService;
  blobs: BlobService;
  calendar: CalendarService;
  periods: SupervisionPeriods;
  /** Today (Asia/Shanghai) and now: the clock, so a demo can replay a matter's months. */
  clock: MatterClock;
}

/** The clock the supervision loop reads. */
export interface MatterClock {
  today(): string;
  now(): string;
}

/** The real clock. */
export const SYSTEM_CLOCK: MatterClock = {
  today: todayInShanghai,
  now: () => new Date().toISOString(),
};
