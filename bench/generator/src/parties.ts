import type { CaseKind, PartyType } from '@jiandu/contracts/case-labels';
import type { CaseRecordInput } from '@jiandu/contracts/exchange';
import { birthDate, companyName, creditCode, personName, residentId, soleTraderName } from './people.ts';
import type { AgencyPlan } from './plan.ts';
import type { Random } from './random.ts';

/*
 * The party (当事人) of a case: who it is depends on the kind of act and the agency's field —
 * inspections are of businesses (涉企检查), city-management penalties often of persons.
 */

type Party = NonNullable<CaseRecordInput['party']>;

/** Whether the party of a case is a person or an organisation, drawn by kind and field. */
export function partyTypeFor(rng: Random, plan: AgencyPlan, kind: CaseKind): PartyType {
  const share =
    kind === 'penalty'
      ? plan.profile.personShare
      : kind === 'inspection'
        ? 0.05
        : kind === 'license' || kind === 'coercion'
          ? 0.25
          : 0.6;
  return rng.chance(share) ? 'person' : 'organization';
}

/** A party of the type: a person of the agency's area, a company or a 个体工商户 (sole trader). */
export function makeParty(rng: Random, plan: AgencyPlan, type: PartyType): Party {
  const county = rng.pick(plan.counties);
  if (type === 'person') {
    const male = rng.chance(0.7);
    const name = personName(rng, male);
    const born = birthDate(rng);
    const idNumber = residentId(
      rng,
      rng.chance(0.8) ? county.code : rng.pick(plan.counties).code,
      born,
      male,
    );
    return rng.chance(0.4) ? { type, name, idNumber, birthDate: born } : { type, name, idNumber };
  }
  if (rng.chance(0.25))
    return {
      type,
      name: soleTraderName(rng, county, rng.pick(plan.profile.shops)),
      creditCode: creditCode(rng, '92', county.code),
    };
  return {
    type,
    name: companyName(rng, county, rng.pick(plan.profile.industries)),
    creditCode: creditCode(rng, '91', county.code),
  };
}
