import type { Circumstance } from '@jiandu/contracts/catalogue-labels';
import type { CertificateStatus } from '@jiandu/contracts/certificate-labels';
import type { CaseEvent, CaseRecord } from '@jiandu/contracts/exchange';
import { bundledSchedules } from '../../../platform/calendar/calendar-seed.ts';
import { buildCalendar, type WorkingCalendar } from '../../../platform/calendar/working-calendar.ts';
import { buildCaseFacts, type CaseFacts } from './facts.ts';
import type { BenchmarkRange, CertificateOnDay, ReferenceLookup } from './reference.ts';

/*
 * Test fixtures of the rules: the real official calendar (2026 with its holidays and 调休 working
 * weekends), an in-memory register fake whose answers depend on the day, and a clean general-
 * procedure penalty that each test bends one step at a time.
 */

/** The official calendar as the platform seeds it (chinese-days, up to 2026). */
export const OFFICIAL_CALENDAR: WorkingCalendar = (() => {
  const schedules = bundledSchedules();
  return buildCalendar(schedules.keys(), [...schedules.values()].flat());
})();

/** The agency of every fixture case. */
export const AGENCY = '11210100MB0000001X';
/** An agency the fake registers do not know, or whose officer is borrowed. */
export const OTHER_AGENCY = '11210200MB0000002X';
/** The item of every fixture case, in AGENCY's catalogue with a general-tier benchmark of 1,000–5,000 yuan. */
export const ITEM = 'SJ-CF-0122';

/** A certificate in the fake register: valid from issue to expiry unless a status takes over. */
export interface FakeCertificate {
  agency: string;
  validFrom: string;
  validTo: string;
  status?: Exclude<CertificateStatus, 'valid' | 'expired'>;
  statusFrom?: string;
  legalReviewer?: boolean;
  type?: 'enforcement' | 'supervision';
}

/** Registers in memory, answered by day, for the rules' tests. */
export class FakeReference implements ReferenceLookup {
  certificates = new Map<string, FakeCertificate>([
    ['A001', { agency: AGENCY, validFrom: '2020-01-01', validTo: '2029-12-31' }],
    ['A002', { agency: AGENCY, validFrom: '2020-01-01', validTo: '2029-12-31' }],
    ['R001', { agency: AGENCY, validFrom: '2020-01-01', validTo: '2029-12-31', legalReviewer: true }],
  ]);
  /** Items by agency, each listed from a day on. */
  catalogue = new Map<string, Map<string, string>>([[AGENCY, new Map([[ITEM, '2020-01-01']])]]);
  /** Agencies qualified from a day on. */
  qualifiedFrom = new Map<string, string>([[AGENCY, '2020-01-01']]);
  /** Benchmark versions by circumstance, each in force from a day on (latest first wins). */
  benchmarks: { circumstance: Circumstance; from: string; range: BenchmarkRange }[] = [
    { circumstance: 'general', from: '2020-01-01', range: { min: 1000, max: 5000, source: '基准 v1' } },
  ];

  certificate(number: string, day: string): CertificateOnDay {
    const c = this.certificates.get(number);
    if (!c)
      return {
        found: false,
        agencyCreditCode: null,
        status: null,
        valid: false,
        legalReviewer: false,
        type: null,
      };
    let status: CertificateStatus | null = 'valid';
    if (day < c.validFrom) status = null;
    else if (day > c.validTo) status = 'expired';
    else if (c.status && c.statusFrom && day >= c.statusFrom) status = c.status;
    return {
      found: true,
      agencyCreditCode: status === null ? null : c.agency,
      status,
      valid: status === 'valid',
      legalReviewer: c.legalReviewer ?? false,
      type: c.type ?? 'enforcement',
    };
  }

  itemInCatalogue(agencyCreditCode: string, itemCode: string, day: string): boolean | null {
    const items = this.catalogue.get(agencyCreditCode);
    if (!items) return null;
    const from = items.get(itemCode);
    return from !== undefined && day >= from;
  }

  agencyQualified(agencyCreditCode: string, day: string): boolean {
    const from = this.qualifiedFrom.get(agencyCreditCode);
    return from !== undefined && day >= from;
  }

  benchmark(
    _agency: string,
    itemCode: string,
    circumstance: Circumstance,
    day: string,
  ): BenchmarkRange | null {
    if (itemCode !== ITEM) return null;
    let found: BenchmarkRange | null = null;
    let since = '';
    for (const b of this.benchmarks)
      if (b.circumstance === circumstance && b.from <= day && b.from >= since) {
        found = b.range;
        since = b.from;
      }
    return found;
  }
}

/** An event of a fixture record. */
export const event = (type: CaseEvent['type'], at: string, extra: Partial<CaseEvent> = {}): CaseEvent => ({
  type,
  at,
  ...extra,
});

/**
 * A clean general-procedure penalty on an organisation, filed 2026-03-02, notified 03-20, decided
 * 03-31 with a 3,000-yuan fine in the general tier, published 04-02, with two certified officers.
 */
export function penaltyCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    externalId: 'CF-2026-0001',
    version: 1,
    agencyCreditCode: AGENCY,
    itemCode: ITEM,
    kind: 'penalty',
    procedure: 'general',
    party: { type: 'organization', name: '沈阳某某食品有限公司', creditCode: '91210100MA0000000X' },
    violationEndedAt: '2026-02-20',
    officers: ['A001', 'A002'],
    major: false,
    events: [
      event('filed', '2026-03-02'),
      event('investigated', '2026-03-10'),
      event('notified', '2026-03-20'),
      event('decided', '2026-03-31T10:00:00+08:00'),
      event('served', '2026-03-31'),
      event('published', '2026-04-02'),
    ],
    decision: { penalties: [{ type: 'fine', amount: 3000 }], circumstance: 'general' },
    evidence: [],
    ...overrides,
  };
}

/** Facts of a record on the official calendar, judged on `today`. */
export function factsOf(
  record: CaseRecord,
  options: { today?: string; reference?: ReferenceLookup; inspectionsOfPartyThisYear?: number } = {},
): CaseFacts {
  return buildCaseFacts(record, options.reference ?? new FakeReference(), {
    calendar: OFFICIAL_CALENDAR,
    today: options.today ?? '2026-11-27',
    ...(options.inspectionsOfPartyThisYear === undefined
      ? {}
      : { inspectionsOfPartyThisYear: options.inspectionsOfPartyThisYear }),
  });
}
