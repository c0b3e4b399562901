import type { Circumstance } from '@jiandu/contracts/catalogue-labels';
import type { CertificateStatus } from '@jiandu/contracts/certificate-labels';
import type { EnforcementField } from '@jiandu/contracts/fields';
import { FIRST_DAY } from '../../../platform/calendar/timeline.ts';
import type { AgencyService } from '../../agencies/agencies.service.ts';
import type { CatalogueService } from '../../catalogue/catalogue.service.ts';
import type { CertificateService } from '../../officers/certificates.service.ts';
import type { BenchmarkRange, CertificateOnDay, ReferenceLookup } from '../rules/reference.ts';
import { CompiledBenchmark } from './benchmark-ranges.ts';
import { dayNumber, type PackedTimeline, packedValueOn, TimelinePacker } from './packed-timeline.ts';

/** The services the registers are read through (a module reaches another only through its service). */
export interface ReferenceServices {
  certificates: CertificateService;
  agencies: AgencyService;
  catalogue: CatalogueService;
}

/** One certificate as its register offers it: status and holder's agency by day. */
export type CertificateFacts = Awaited<ReturnType<CertificateService['timelines']>>[number];
/** One org's qualification by day. */
export type QualificationFacts = Awaited<ReturnType<AgencyService['qualificationTimelines']>>[number];
/** One catalogue item's listing and benchmark by day. */
export type ItemFacts = Awaited<ReturnType<CatalogueService['timelines']>>[number];

/** A certificate's status by day, with what does not change beside it. */
interface CertificateEntry extends PackedTimeline<CertificateStatus | null> {
  type: 'enforcement' | 'supervision';
  legalReviewer: boolean;
  agency: PackedTimeline<string | null>;
}

interface ItemEntry {
  field: EnforcementField | null;
  listed: PackedTimeline<boolean>;
  benchmark: PackedTimeline<CompiledBenchmark | null>;
}

interface AgencyEntry {
  qualified: PackedTimeline<boolean>;
  items: Map<string, ItemEntry>;
}

const NOT_FOUND: CertificateOnDay = Object.freeze({
  found: false,
  agencyCreditCode: null,
  status: null,
  valid: false,
  legalReviewer: false,
  type: null,
});

/** A key the way the registers store it: trimmed, upper case. */
export const normalised = (key: string): string => key.trim().toUpperCase();

/**
 * The registers the warning rules consult, held in memory as per-key timelines: certificates by
 * number, agencies by credit code and their items by code. Every answer is a map lookup and a scan
 * of a few dated intervals, so a million cases are judged without a query each. Keys are matched as
 * given and, failing that, trimmed and upper-cased the way the registers store them.
 */
export class ReferenceIndex implements ReferenceLookup {
  readonly #certificates = new Map<string, CertificateEntry>();
  readonly #agencies = new Map<string, AgencyEntry>();
  readonly #packer = new TimelinePacker();
  /** One copy of each credit code and benchmark document name, however many entries name it. */
  readonly #strings = new Map<string, string>();
  #items = 0;

  #intern = (value: string): string => {
    const known = this.#strings.get(value);
    if (known !== undefined) return known;
    this.#strings.set(value, value);
    return value;
  };

  #pack<V>(timeline: { from: string[]; values: V[] }): PackedTimeline<V> {
    const values = timeline.values.map((v) => (typeof v === 'string' ? (this.#intern(v) as V) : v));
    return this.#packer.pack({ from: timeline.from, values });
  }

  #agency(creditCode: string): AgencyEntry {
    const known = this.#agencies.get(creditCode);
    if (known) return known;
    const made: AgencyEntry = {
      qualified: this.#pack({ from: [FIRST_DAY], values: [false] }),
      items: new Map(),
    };
    this.#agencies.set(this.#intern(creditCode), made);
    return made;
  }

  #agencyOf(creditCode: string): AgencyEntry | undefined {
    return this.#agencies.get(creditCode) ?? this.#agencies.get(normalised(creditCode));
  }

  /** Adds orgs with their qualification; an org added here is known even with no items. */
  addQualifications(list: readonly QualificationFacts[]): void {
    for (const q of list) this.#agency(q.creditCode).qualified = this.#pack(q.qualified);
  }

  /** Adds certificates. */
  addCertificates(list: readonly CertificateFacts[]): void {
    for (const c of list) {
      const status = this.#pack(c.status);
      this.#certificates.set(c.number, {
        days: status.days,
        values: status.values,
        type: c.type,
        legalReviewer: c.legalReviewer,
        agency: this.#pack(c.agencyCreditCode),
      });
    }
  }

  /** Adds catalogue items with their benchmarks, each benchmark version compiled once. */
  addItems(list: readonly ItemFacts[]): void {
    const compiled = new Map<object, CompiledBenchmark>();
    const compile = (v: ItemFacts['benchmark']['values'][number]) => {
      if (!v) return null;
      const made = compiled.get(v) ?? new CompiledBenchmark(v, this.#intern);
      compiled.set(v, made);
      return made;
    };
    for (const item of list) {
      const items = this.#agency(item.agencyCreditCode).items;
      if (!items.has(item.itemCode)) this.#items += 1;
      items.set(item.itemCode, {
        field: item.field,
        listed: this.#pack(item.listed),
        benchmark: this.#pack({ from: item.benchmark.from, values: item.benchmark.values.map(compile) }),
      });
    }
  }

  /** How much the index holds. */
  get size(): { certificates: number; agencies: number; items: number } {
    return { certificates: this.#certificates.size, agencies: this.#agencies.size, items: this.#items };
  }

  certificate(number: string, day: string): CertificateOnDay {
    const entry = this.#certificates.get(number) ?? this.#certificates.get(normalised(number));
    if (!entry) return NOT_FOUND;
    const on = dayNumber(day);
    const status = packedValueOn(entry, on);
    return {
      found: true,
      agencyCreditCode: packedValueOn(entry.agency, on),
      status,
      valid: status === 'valid',
      legalReviewer: entry.legalReviewer,
      type: entry.type,
    };
  }

  itemInCatalogue(agencyCreditCode: string, itemCode: string, day: string): boolean | null {
    const agency = this.#agencyOf(agencyCreditCode);
    if (!agency) return null;
    const item = agency.items.get(itemCode) ?? agency.items.get(normalised(itemCode));
    return item ? packedValueOn(item.listed, dayNumber(day)) : false;
  }

  itemField(agencyCreditCode: string, itemCode: string): EnforcementField | null {
    const agency = this.#agencyOf(agencyCreditCode);
    return (agency?.items.get(itemCode) ?? agency?.items.get(normalised(itemCode)))?.field ?? null;
  }

  agencyQualified(agencyCreditCode: string, day: string): boolean {
    const agency = this.#agencyOf(agencyCreditCode);
    return agency ? packedValueOn(agency.qualified, dayNumber(day)) : false;
  }

  benchmark(
    agencyCreditCode: string,
    itemCode: string,
    circumstance: Circumstance,
    day: string,
  ): BenchmarkRange | null {
    const items = this.#agencyOf(agencyCreditCode)?.items;
    const item = items?.get(itemCode) ?? items?.get(normalised(itemCode));
    return (item && packedValueOn(item.benchmark, dayNumber(day))?.range(circumstance)) ?? null;
  }
}
