import type { Circumstance } from '@jiandu/contracts/catalogue-labels';
import type { CertificateStatus } from '@jiandu/contracts/certificate-labels';
import type { EnforcementField } from '@jiandu/contracts/fields';

/** What the registers say about one certificate number on one day. */
export interface CertificateOnDay {
  /** False when no certificate has this number. */
  found: boolean;
  /** The credit code of the agency the holder served on that day, null when unknown. */
  agencyCreditCode: string | null;
  /** The certificate's status on that day; null when not found or not yet issued. */
  status: CertificateStatus | null;
  /** Valid on that day: issued, not expired, not suspended, revoked or cancelled. */
  valid: boolean;
  /** The holder is registered as a legal reviewer (法制审核人员). */
  legalReviewer: boolean;
  /** A 执法证 (enforcement) or a 监督证 (supervision) certificate. */
  type: 'enforcement' | 'supervision' | null;
}

/** A benchmark's fine range for one circumstance, in yuan; either end may be open. */
export interface BenchmarkRange {
  min: number | null;
  max: number | null;
  /** Where the range comes from, for the message (e.g. the benchmark's name and version). */
  source: string;
}

/**
 * The registers a rule consults, answered for a day: certificates, the catalogue, agency
 * qualification and discretion benchmarks. Implemented over preloaded in-memory indexes for the full
 * evaluation and over small queries for one case, so the rules themselves stay pure.
 */
export interface ReferenceLookup {
  certificate(number: string, day: string): CertificateOnDay;
  /** Null when the agency is unknown; otherwise whether the item is in its catalogue on that day. */
  itemInCatalogue(agencyCreditCode: string, itemCode: string, day: string): boolean | null;
  /**
   * The enforcement field of the agency's item (its first, when it lists several), for parameters set
   * per field; optional, and null when unknown.
   */
  itemField?(agencyCreditCode: string, itemCode: string): EnforcementField | null;
  /** Whether the agency's enforcement qualification is confirmed (in force) on that day. */
  agencyQualified(agencyCreditCode: string, day: string): boolean;
  /** The benchmark range for the agency's item and circumstance in force that day, null when none. */
  benchmark(
    agencyCreditCode: string,
    itemCode: string,
    circumstance: Circumstance,
    day: string,
  ): BenchmarkRange | null;
}
