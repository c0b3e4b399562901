import type { PartyType } from '@jiandu/contracts/case-labels';
import type { Circumstance, PenaltyType } from '@jiandu/contracts/catalogue-labels';
import { DEFECTS } from './defects.ts';
import type { FineRange, WorldItem } from './items.ts';
import { SIMPLE_LIMIT } from './plan.ts';
import type { Random } from './random.ts';

/*
 * What a penalty decides: the circumstance tier, the penalties and the fine, chosen from the item's
 * benchmark, and what follows from them — whether a hearing must be offered (较大数额, set here
 * explicitly so the server's thresholds do not matter) and whether the decision is major.
 */

/** 较大数额 for the hearing right, in yuan (a typical provincial standard). */
export const HEARING_THRESHOLD = { person: 10_000, organization: 100_000 } as const;
/** Fines from which a decision is on the agency's 重大执法决定 list. */
const MAJOR_THRESHOLD = { person: 50_000, organization: 200_000 } as const;
/** The range used for items without a benchmark, so a fine is still plausible. */
const NO_BENCHMARK: Record<PartyType, FineRange> = {
  person: { min: 500, max: 5000 },
  organization: { min: 5000, max: 100_000 },
};

/** A decided (or to-be-decided) penalty. */
export interface PenaltyDraft {
  circumstance: Circumstance;
  penalties: { type: PenaltyType; amount?: number }[];
  fine: number | null;
  hearingEligible: boolean;
  hearingHeld: boolean;
  major: boolean;
  /** FINE_OUTSIDE_BENCHMARK could be planted here / was planted. */
  outsideEligible: boolean;
  outside: boolean;
}

function step(max: number): number {
  return max <= 1000 ? 10 : max <= 10_000 ? 100 : max <= 100_000 ? 500 : 1000;
}

/** A round amount inside [min, max] (never 0: a zero fine is no fine). */
export function amountIn(rng: Random, min: number, max: number): number {
  const unit = step(max);
  const low = Math.max(unit, Math.ceil(min / unit) * unit);
  if (low > max) return max > 0 ? max : unit;
  return low + unit * rng.int(0, Math.floor((max - low) / unit));
}

/** A round amount clearly outside the range: half its minimum, or 20–100% above its maximum. */
function amountOutside(rng: Random, range: FineRange): number {
  const unit = step(range.max);
  const below = Math.floor(range.min / 2 / unit) * unit;
  if (below > 0 && rng.chance(0.3)) return below;
  const extra = Math.max(1, Math.ceil((range.max * 0.2) / unit));
  return range.max + unit * rng.int(extra, Math.max(extra, Math.ceil(range.max / unit)));
}

const TIER_WEIGHTS: [Circumstance, number][] = [
  ['mitigated', 4],
  ['lighter', 35],
  ['general', 45],
  ['heavier', 12],
];

function drawTier(rng: Random, item: WorldItem): Circumstance {
  const fines = item.fines;
  if (!fines) return 'general';
  let total = 0;
  for (const [tier, weight] of TIER_WEIGHTS) if (fines[tier]) total += weight;
  if (total === 0) return 'general';
  let target = rng.next() * total;
  for (const [tier, weight] of TIER_WEIGHTS) {
    if (!fines[tier]) continue;
    if (target < weight) return tier;
    target -= weight;
  }
  return 'general';
}

function finish(draft: PenaltyDraft, party: PartyType): PenaltyDraft {
  const fine = draft.fine ?? 0;
  const severe = draft.penalties.some((p) => p.type === 'suspension' || p.type === 'revocation');
  draft.hearingEligible = severe || fine >= HEARING_THRESHOLD[party];
  draft.major = severe || fine >= MAJOR_THRESHOLD[party];
  return draft;
}

/** A general-procedure decision; `outsideAllowed` is false when the item code is planted wrong. */
export function generalDecision(
  rng: Random,
  item: WorldItem,
  party: PartyType,
  outsideAllowed: boolean,
): PenaltyDraft {
  const draft: PenaltyDraft = {
    circumstance: 'general',
    penalties: [],
    fine: null,
    hearingEligible: false,
    hearingHeld: false,
    major: false,
    outsideEligible: false,
    outside: false,
  };
  if (rng.chance(0.04)) {
    draft.circumstance = 'exempt';
    return draft;
  }
  draft.circumstance = drawTier(rng, item);
  if (rng.chance(0.05)) {
    draft.penalties.push({ type: 'warning' });
    return finish(draft, party);
  }
  if (rng.chance(0.15)) draft.penalties.push({ type: 'warning' });
  const range = item.fines?.[draft.circumstance];
  draft.outsideEligible = range !== undefined && outsideAllowed;
  draft.outside = draft.outsideEligible && rng.chance(DEFECTS.FINE_OUTSIDE_BENCHMARK.rate);
  const used = range ?? NO_BENCHMARK[party];
  draft.fine = draft.outside && range ? amountOutside(rng, range) : amountIn(rng, used.min, used.max);
  draft.penalties.push({ type: 'fine', amount: draft.fine });
  if (rng.chance(0.15)) draft.penalties.push({ type: 'confiscation' });
  if (draft.circumstance === 'heavier' && rng.chance(0.25))
    draft.penalties.push({ type: rng.chance(0.1) ? 'revocation' : 'suspension' });
  return finish(draft, party);
}

/**
 * A simple-procedure (当场) decision: a warning or a fine within both the on-the-spot limit and
 * the lightest tier that allows it; when misused, a fine over the limit or a confiscation.
 */
export function simpleDecision(
  rng: Random,
  item: WorldItem,
  party: PartyType,
  misused: boolean,
): PenaltyDraft {
  const limit = SIMPLE_LIMIT[party];
  const draft: PenaltyDraft = {
    circumstance: 'lighter',
    penalties: [],
    fine: null,
    hearingEligible: false,
    hearingHeld: false,
    major: false,
    outsideEligible: false,
    outside: false,
  };
  let range: FineRange | null = item.fines ? null : { min: 0, max: limit };
  for (const [tier] of TIER_WEIGHTS) {
    const candidate = item.fines?.[tier];
    if (candidate && candidate.min <= limit) {
      draft.circumstance = tier;
      range = candidate;
      break;
    }
  }
  if (range === null) {
    // No tier allows an on-the-spot fine: only a warning is lawful on the spot.
    draft.penalties.push({ type: 'warning' });
    if (misused) draft.penalties.push({ type: 'confiscation' });
    return draft;
  }
  const overLimit = misused && range.max > limit && rng.chance(0.7);
  if (!overLimit && !misused && rng.chance(0.3)) {
    draft.penalties.push({ type: 'warning' });
    return draft;
  }
  draft.fine = overLimit
    ? amountIn(rng, limit + 1, range.max)
    : amountIn(rng, range.min, Math.min(range.max, limit));
  draft.penalties.push({ type: 'fine', amount: draft.fine });
  if (misused && !overLimit) draft.penalties.push({ type: 'confiscation' });
  return draft;
}
