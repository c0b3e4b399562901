import type { DerivedCase } from '../../cases/cases.service.ts';
import { type ItemFacts, ReferenceIndex, type ReferenceServices } from '../reference/reference-index.ts';
import { normalisedNumber } from '../rules/facts.ts';
import type { ReferenceLookup } from '../rules/reference.ts';

/**
 * The registers for a batch of cases just stored: every certificate, agency and item they name, read
 * with one query per register (and per agency for items), straight from the database, so a change
 * made a moment ago counts on any node. Answers synchronously afterwards, like the full index.
 */
export async function batchReference(
  services: ReferenceServices,
  cases: readonly DerivedCase[],
): Promise<ReferenceLookup> {
  const numbers = new Set<string>();
  const itemsByAgency = new Map<string, Set<string>>();
  for (const { record } of cases) {
    for (const number of record.officers) numbers.add(normalisedNumber(number));
    for (const event of record.events) if (event.reviewer) numbers.add(normalisedNumber(event.reviewer));
    const items = itemsByAgency.get(record.agencyCreditCode);
    if (items) items.add(record.itemCode);
    else itemsByAgency.set(record.agencyCreditCode, new Set([record.itemCode]));
  }
  // The three registers are read side by side (on PostgreSQL each on its own connection); the items,
  // one read per agency, one after another, so a large batch holds at most three connections.
  const readItems = async () => {
    const out: ItemFacts[][] = [];
    for (const [agencyCreditCode, codes] of itemsByAgency)
      out.push(await services.catalogue.timelines({ agencyCreditCode, itemCodes: [...codes] }));
    return out;
  };
  const [qualifications, certificates, items] = await Promise.all([
    services.agencies.qualificationTimelines([...itemsByAgency.keys()]),
    numbers.size ? services.certificates.timelines({ numbers: [...numbers] }) : [],
    readItems(),
  ]);
  const index = new ReferenceIndex();
  index.addQualifications(qualifications);
  index.addCertificates(certificates);
  for (const list of items) index.addItems(list);
  return index;
}
