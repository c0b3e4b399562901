import type { CaseFacts } from './facts.ts';

/**
 * Whether the party had to be told of the right to a hearing (行政处罚法第六十三条), with the rule's
 * own 较大数额 thresholds: the record's `hearingEligible` when it says; otherwise a revocation or
 * suspension, or fines adding up to at least the threshold for the party's type (an organisation's
 * when the record names no party). The same test as the case module's `isHearingEligible`, which
 * uses the fixed defaults; here the thresholds are the rule's parameters an administrator can change.
 */
export function isHearingEligible(
  facts: Pick<CaseFacts, 'kind' | 'declaredHearingEligible' | 'penalties' | 'fineTotal' | 'partyType'>,
  personFine: number,
  organizationFine: number,
): boolean {
  if (facts.declaredHearingEligible !== null) return facts.declaredHearingEligible;
  if (facts.kind !== 'penalty') return false;
  for (const penalty of facts.penalties)
    if (penalty.type === 'revocation' || penalty.type === 'suspension') return true;
  return facts.fineTotal >= (facts.partyType === 'person' ? personFine : organizationFine);
}
