import type { BenchmarkContent, Tier } from '@jiandu/contracts/catalogue';
import type { TierOutcome } from '@jiandu/contracts/catalogue-evaluation';
import {
  CIRCUMSTANCE_LABELS,
  type Circumstance,
  describeFine,
  FINE_BASE_LABELS,
  type FineRule,
  formatYuan,
  PENALTY_TYPES,
  type PenaltyType,
} from '@jiandu/contracts/catalogue-labels';

/** A benchmark version that has been in force (published, later superseded or withdrawn). */
export interface DatedBenchmark {
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  content: BenchmarkContent;
}

/** The amounts a fine may be a multiple of, as the case states them. */
export interface CaseAmounts {
  illegalGains?: number | undefined;
  goodsValue?: number | undefined;
}

/** What a version allows for the case, or why it cannot say. */
export type Outcome = { ok: true; outcome: TierOutcome } | { ok: false; message: string };

/** The version in force on a date: effective from on or before it and not yet ended. */
export function versionOn<T extends { effectiveFrom: string; effectiveTo: string | null }>(
  versions: readonly T[],
  date: string,
): T | undefined {
  return versions.find((v) => v.effectiveFrom <= date && (v.effectiveTo === null || date <= v.effectiveTo));
}

function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** The range a fine rule allows for the case's amounts, with how it was reached. */
export function fineRange(
  rule: FineRule,
  amounts: CaseAmounts,
): { ok: true; min: number; max: number; explanation: string } | { ok: false; message: string } {
  if (rule.mode === 'absolute')
    return { ok: true, min: rule.min, max: rule.max, explanation: `罚款幅度为${describeFine(rule)}` };
  const label = FINE_BASE_LABELS[rule.of];
  const base = amounts[rule.of];
  if (base === undefined)
    return { ok: false, message: `该阶次按${label}的倍数确定罚款, 请提供${label} (没有的填 0)` };
  const f = rule.fallback;
  if (f && base < f.below) {
    const how = base === 0 ? `没有${label}` : `${label}${formatYuan(base)}, 不足${formatYuan(f.below)}`;
    return {
      ok: true,
      min: f.min,
      max: f.max,
      explanation: `${how}, 罚款${formatYuan(f.min)}至${formatYuan(f.max)}`,
    };
  }
  const min = cents(base * rule.minTimes);
  const max = cents(base * rule.maxTimes);
  return {
    ok: true,
    min,
    max,
    explanation: `${label}${formatYuan(base)}的${rule.minTimes}倍至${rule.maxTimes}倍, 即${formatYuan(min)}至${formatYuan(max)}`,
  };
}

/** What one benchmark version allows for a circumstance and the case's amounts. */
export function outcomeOf(
  benchmark: DatedBenchmark,
  circumstance: Circumstance,
  amounts: CaseAmounts,
): Outcome {
  const tier: Tier | undefined = benchmark.content.tiers.find((t) => t.circumstance === circumstance);
  const label = CIRCUMSTANCE_LABELS[circumstance];
  if (!tier) return { ok: false, message: `第${benchmark.version}版裁量基准未设定"${label}"阶次` };
  const penalties: PenaltyType[] = PENALTY_TYPES.filter(
    (t) => (t === 'fine' && !!tier.fine) || (t !== 'fine' && tier.penalties.includes(t)),
  );
  let fine: TierOutcome['fine'] = null;
  let explanation = circumstance === 'exempt' ? '该情节不予行政处罚' : '该阶次不设罚款';
  if (tier.fine) {
    const range = fineRange(tier.fine, amounts);
    if (!range.ok) return range;
    fine = { min: range.min, max: range.max, rule: describeFine(tier.fine) };
    explanation = range.explanation;
  }
  return {
    ok: true,
    outcome: {
      benchmarkVersion: benchmark.version,
      effectiveFrom: benchmark.effectiveFrom,
      effectiveTo: benchmark.effectiveTo,
      document: benchmark.content.document,
      documentNumber: benchmark.content.documentNumber ?? null,
      conditions: tier.conditions,
      penalties,
      fine,
      explanation,
    },
  };
}

/** How severe the kinds of penalty are, lightest first; a tier is as severe as its heaviest. */
const SEVERITY: Record<PenaltyType, number> = {
  warning: 1,
  fine: 2,
  confiscation: 3,
  other: 3,
  suspension: 4,
  revocation: 5,
  detention: 6,
};

function severity(outcome: TierOutcome): [number, number, number] {
  const rank = Math.max(0, ...outcome.penalties.map((p) => SEVERITY[p]));
  return [rank, outcome.fine?.max ?? 0, outcome.fine?.min ?? 0];
}

/**
 * Whether `later` is lighter than `earlier`: no heavier in kind of penalty, highest fine or lowest
 * fine, and lighter in at least one. When they differ in opposite directions neither is lighter.
 */
export function isLighter(later: TierOutcome, earlier: TierOutcome): boolean {
  const a = severity(later);
  const b = severity(earlier);
  return a.every((v, i) => v <= (b[i] as number)) && a.some((v, i) => v < (b[i] as number));
}

function range(outcome: TierOutcome): string {
  if (!outcome.fine) return outcome.penalties.length === 0 ? '不予处罚' : '不设罚款';
  return `罚款${formatYuan(outcome.fine.min)}至${formatYuan(outcome.fine.max)}`;
}

function cite(outcome: TierOutcome): string {
  const number = outcome.documentNumber ? ` (${outcome.documentNumber})` : '';
  return `《${outcome.document.replace(/^《|》$/g, '')}》${number}第${outcome.benchmarkVersion}版 (${outcome.effectiveFrom}起施行)`;
}

/** The outcome to apply and the reason, in Chinese, under 从旧兼从轻 (行政处罚法第三十七条). */
export interface Choice {
  applied: TierOutcome;
  appliedRule: 'act' | 'decision';
  other: TierOutcome | null;
  basis: string;
}

const ARTICLE_37 = '《中华人民共和国行政处罚法》第三十七条';

/**
 * Chooses between the benchmark in force on the act's date and the one in force on the decision's
 * date: the act's, unless the decision's is lighter (从旧兼从轻). Throws a Chinese message when no
 * benchmark can answer.
 */
export function choose(
  versions: readonly DatedBenchmark[],
  input: { circumstance: Circumstance; actDate: string; decisionDate?: string | undefined } & CaseAmounts,
): { ok: true; choice: Choice } | { ok: false; message: string } {
  const label = CIRCUMSTANCE_LABELS[input.circumstance];
  const atAct = versionOn(versions, input.actDate);
  const atDecision = input.decisionDate ? versionOn(versions, input.decisionDate) : undefined;
  if (!atAct && !atDecision)
    return {
      ok: false,
      message: input.decisionDate
        ? `该事项在违法行为发生之日 (${input.actDate}) 和作出决定之日 (${input.decisionDate}) 均没有有效的裁量基准`
        : `该事项在违法行为发生之日 (${input.actDate}) 没有有效的裁量基准`,
    };
  if (!atAct) {
    const only = outcomeOf(atDecision as DatedBenchmark, input.circumstance, input);
    if (!only.ok) return only;
    return {
      ok: true,
      choice: {
        applied: only.outcome,
        appliedRule: 'decision',
        other: null,
        basis: `违法行为发生时该事项尚无裁量基准, 适用作出决定时施行的${cite(only.outcome)}${label}阶次。`,
      },
    };
  }
  const old = outcomeOf(atAct, input.circumstance, input);
  if (!old.ok) return old;
  const act = old.outcome;
  const base = `适用违法行为发生时施行的${cite(act)}${label}阶次`;
  if (!atDecision || atDecision.version === atAct.version)
    return { ok: true, choice: { applied: act, appliedRule: 'act', other: null, basis: `${base}。` } };
  const next = outcomeOf(atDecision, input.circumstance, input);
  if (!next.ok)
    return {
      ok: true,
      choice: {
        applied: act,
        appliedRule: 'act',
        other: null,
        basis: `${base}; 作出决定时施行的第${atDecision.version}版无法比较 (${next.message})。`,
      },
    };
  const decision = next.outcome;
  const change = `违法行为发生后裁量基准已调整: 行为时第${act.benchmarkVersion}版${range(act)}, 决定时第${decision.benchmarkVersion}版${range(decision)}`;
  if (isLighter(decision, act))
    return {
      ok: true,
      choice: {
        applied: decision,
        appliedRule: 'decision',
        other: act,
        basis: `${change}。新基准处罚较轻, 依照${ARTICLE_37}从旧兼从轻, 适用作出决定时施行的${cite(decision)}${label}阶次。`,
      },
    };
  const why = isLighter(act, decision) ? '新基准处罚较重' : '新旧基准轻重不一';
  return {
    ok: true,
    choice: {
      applied: act,
      appliedRule: 'act',
      other: decision,
      basis: `${change}。${why}, 依照${ARTICLE_37}从旧, ${base}。`,
    },
  };
}
