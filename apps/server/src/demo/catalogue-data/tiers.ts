import type { BenchmarkContent, ListEntry } from '@jiandu/contracts/catalogue';
import {
  CIRCUMSTANCES,
  type Circumstance,
  type FineBase,
  type FineRule,
  type TierPenaltyType,
} from '@jiandu/contracts/catalogue-labels';

/*
 * Builders for the demo benchmarks: fine rules, the Liaoning-style split of a statutory range into
 * lighter (lowest 30%), general (30–70%) and heavier (top 30%), and the tiers and lists of one
 * benchmark document. They only shape plain data; nothing here reads or writes anything.
 */

/** A fine of an absolute range in yuan, as the law words "处X元以上Y元以下罚款". */
export function yuan(min: number, max: number): FineRule {
  return { mode: 'absolute', min, max };
}

/** A fine of multiples of the illegal gains or goods value, with the law's absolute fallback. */
export function times(
  of: FineBase,
  minTimes: number,
  maxTimes: number,
  fallback?: { below: number; min: number; max: number },
): FineRule {
  return { mode: 'multiple', of, minTimes, maxTimes, fallback: fallback ?? null };
}

/** The share of the statutory range each ordinary tier takes. */
const SHARES = { lighter: [0, 0.3], general: [0.3, 0.7], heavier: [0.7, 1] } as const;
export type Share = keyof typeof SHARES;

/** Rounds a yuan amount to a step a benchmark table would print. */
function roundYuan(value: number, max: number): number {
  const step = max >= 100_000 ? 1000 : max >= 10_000 ? 100 : 10;
  return Math.round(value / step) * step;
}

function cut(min: number, max: number, part: Share, round: (v: number) => number): [number, number] {
  const [from, to] = SHARES[part];
  return [round(min + (max - min) * from), round(min + (max - min) * to)];
}

/** The part of a statutory fine rule that a lighter, general or heavier tier allows. */
export function share(rule: FineRule, part: Share): FineRule {
  if (rule.mode === 'absolute') {
    const [min, max] = cut(rule.min, rule.max, part, (v) => roundYuan(v, rule.max));
    return yuan(min, max);
  }
  const [minTimes, maxTimes] = cut(rule.minTimes, rule.maxTimes, part, (v) => Math.round(v * 10) / 10);
  const f = rule.fallback;
  if (!f) return times(rule.of, minTimes, maxTimes);
  const [min, max] = cut(f.min, f.max, part, (v) => roundYuan(v, f.max));
  return times(rule.of, minTimes, maxTimes, { below: f.below, min, max });
}

/** One tier as the data files write it: when it applies, what it imposes. */
export interface Step {
  when: string;
  penalties?: TierPenaltyType[];
  fine?: FineRule | null;
}

/** A benchmark document's content: the tiers in circumstance order and the lists. */
export function benchmark(
  document: { name: string; number: string },
  steps: Partial<Record<Circumstance, Step>>,
  lists: ListEntry[] = [],
): BenchmarkContent {
  const tiers = CIRCUMSTANCES.flatMap((circumstance) => {
    const step = steps[circumstance];
    if (!step) return [];
    return [
      { circumstance, conditions: step.when, penalties: step.penalties ?? [], fine: step.fine ?? null },
    ];
  });
  return { document: document.name, documentNumber: document.number, tiers, lists };
}

/** A 首违不罚 entry. */
export function firstOffence(behaviour: string, conditions: string): ListEntry {
  return { list: 'firstOffenceExempt', behaviour, conditions };
}

/** A 不予处罚 entry. */
export function notPunished(behaviour: string, conditions: string): ListEntry {
  return { list: 'notPunished', behaviour, conditions };
}

/** The exempt tier's usual wording, after 行政处罚法第三十三条第一款. */
export const EXEMPT_MINOR =
  '违法行为轻微并及时改正，没有造成危害后果的；或者初次违法且危害后果轻微并在责令改正期限内改正的';

/** The mitigated tier's usual wording, after 行政处罚法第三十二条. */
export const MITIGATED_STATUTORY =
  '主动消除或者减轻违法行为危害后果，或者受他人胁迫、诱骗实施违法行为，或者主动供述行政机关尚未掌握的违法行为，或者配合查处有立功表现的';

/** The heavier tier's usual wording. */
export const HEAVIER_USUAL =
  '造成严重后果或者恶劣社会影响，或者两年内因同一违法行为受过行政处罚，或者拒绝、阻碍执法检查的';
