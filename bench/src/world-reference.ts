// The registers of a generated world held in memory, answering the warning rules' questions the
// way the platform's register index does: every agency qualified, items and benchmarks as drawn.
import type { Circumstance } from '@jiandu/contracts/catalogue-labels';
import type { World } from '@jiandu/generator/world';
import type {
  BenchmarkRange,
  CertificateOnDay,
  ReferenceLookup,
} from '@jiandu/server/src/modules/warnings/rules/reference.ts';

interface Certificate {
  agency: string;
  validFrom: string;
  validTo: string;
  status: 'suspended' | 'revoked' | 'cancelled' | null;
  statusFrom: string;
  legalReviewer: boolean;
}

const NOT_FOUND: CertificateOnDay = Object.freeze({
  found: false,
  agencyCreditCode: null,
  status: null,
  valid: false,
  legalReviewer: false,
  type: null,
});

/** The registers of a generated world in memory: every agency qualified, items and benchmarks as drawn. */
export class WorldReference implements ReferenceLookup {
  readonly #certificates = new Map<string, Certificate>();
  readonly #items = new Map<string, Map<string, Partial<Record<Circumstance, BenchmarkRange>>>>();

  constructor(world: World) {
    for (const agency of world.agencies) {
      const items = new Map<string, Partial<Record<Circumstance, BenchmarkRange>>>();
      for (const item of agency.items) {
        const ranges: Partial<Record<Circumstance, BenchmarkRange>> = {};
        for (const [circumstance, range] of Object.entries(item.fines ?? {}))
          ranges[circumstance as Circumstance] = {
            min: range.min,
            max: range.max,
            source: `${item.code} 裁量基准`,
          };
        items.set(item.code, ranges);
      }
      this.#items.set(agency.creditCode, items);
      for (const o of agency.officers)
        this.#certificates.set(o.certificateNumber, {
          agency: agency.creditCode,
          validFrom: o.validFrom,
          validTo: o.validTo,
          status: o.status && o.status !== 'active' ? o.status : null,
          statusFrom: o.statusFrom ?? '9999-12-31',
          legalReviewer: o.legalReviewer,
        });
    }
  }

  certificate(number: string, day: string): CertificateOnDay {
    const c = this.#certificates.get(number);
    if (!c) return NOT_FOUND;
    const status =
      day < c.validFrom
        ? null
        : day > c.validTo
          ? 'expired'
          : c.status && day >= c.statusFrom
            ? c.status
            : 'valid';
    return {
      found: true,
      agencyCreditCode: status === null ? null : c.agency,
      status,
      valid: status === 'valid',
      legalReviewer: c.legalReviewer,
      type: 'enforcement',
    };
  }

  itemInCatalogue(agency: string, itemCode: string): boolean | null {
    const items = this.#items.get(agency);
    return items ? items.has(itemCode) : null;
  }

  agencyQualified(agency: string): boolean {
    return this.#items.has(agency);
  }

  benchmark(agency: string, itemCode: string, circumstance: Circumstance): BenchmarkRange | null {
    return this.#items.get(agency)?.get(itemCode)?.[circumstance] ?? null;
  }
}
