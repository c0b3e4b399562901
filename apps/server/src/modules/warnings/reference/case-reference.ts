import type { Circumstance } from '@jiandu/contracts/catalogue-labels';
import type { BenchmarkRange, CertificateOnDay, ReferenceLookup } from '../rules/reference.ts';
import { normalised, ReferenceIndex, type ReferenceServices } from './reference-index.ts';

/** What one case names: its agency, its item, and the certificate numbers of its officers and reviewers. */
export interface CaseReferenceKeys {
  agencyCreditCode: string;
  itemCode: string;
  certificateNumbers: readonly string[];
}

/** Answers from a small index, refusing keys the case did not name (they were never read). */
class CaseReference implements ReferenceLookup {
  readonly #index: ReferenceIndex;
  readonly #agency: string;
  readonly #item: string;
  readonly #numbers: Set<string>;

  constructor(index: ReferenceIndex, keys: CaseReferenceKeys) {
    this.#index = index;
    this.#agency = normalised(keys.agencyCreditCode);
    this.#item = normalised(keys.itemCode);
    this.#numbers = new Set(keys.certificateNumbers.map(normalised));
  }

  #agencyChecked(agencyCreditCode: string): void {
    if (normalised(agencyCreditCode) !== this.#agency)
      throw new Error(`agency ${agencyCreditCode} was not read for this case (${this.#agency} was)`);
  }

  #itemChecked(agencyCreditCode: string, itemCode: string): void {
    this.#agencyChecked(agencyCreditCode);
    if (normalised(itemCode) !== this.#item)
      throw new Error(`item ${itemCode} was not read for this case (${this.#item} was)`);
  }

  certificate(number: string, day: string): CertificateOnDay {
    if (!this.#numbers.has(normalised(number)))
      throw new Error(`certificate ${number} was not read for this case`);
    return this.#index.certificate(number, day);
  }

  itemInCatalogue(agencyCreditCode: string, itemCode: string, day: string): boolean | null {
    this.#itemChecked(agencyCreditCode, itemCode);
    return this.#index.itemInCatalogue(agencyCreditCode, itemCode, day);
  }

  agencyQualified(agencyCreditCode: string, day: string): boolean {
    this.#agencyChecked(agencyCreditCode);
    return this.#index.agencyQualified(agencyCreditCode, day);
  }

  benchmark(
    agencyCreditCode: string,
    itemCode: string,
    circumstance: Circumstance,
    day: string,
  ): BenchmarkRange | null {
    this.#itemChecked(agencyCreditCode, itemCode);
    return this.#index.benchmark(agencyCreditCode, itemCode, circumstance, day);
  }
}

/**
 * The registers for one case, for evaluating it as it arrives: the certificates, the agency's
 * qualification and the item with its benchmark are read side by side with a handful of small
 * queries, straight from the database (so a change made a moment ago counts, on any node), then
 * answered synchronously by the same index the full evaluation uses. Asking about a key the case
 * did not name throws: answering "not found" for it would raise a false warning.
 */
export async function caseReferenceLookup(
  services: ReferenceServices,
  keys: CaseReferenceKeys,
): Promise<ReferenceLookup> {
  const [certificates, qualifications, items] = await Promise.all([
    services.certificates.timelines({ numbers: keys.certificateNumbers }),
    services.agencies.qualificationTimelines([keys.agencyCreditCode]),
    services.catalogue.timelines({ agencyCreditCode: keys.agencyCreditCode, itemCodes: [keys.itemCode] }),
  ]);
  const index = new ReferenceIndex();
  index.addQualifications(qualifications);
  index.addCertificates(certificates);
  index.addItems(items);
  return new CaseReference(index, keys);
}
