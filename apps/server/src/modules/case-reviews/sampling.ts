import { CASE_KINDS, type CaseKind } from '@jiandu/contracts/case-labels';
import type { SamplingMode } from '@jiandu/contracts/case-review-labels';
import { SeededRandom } from './seeded-random.ts';

/** Named and versioned, so a stored batch says how its sample can be recomputed. */
export const SAMPLING_ALGORITHM =
  'sha256-ctr/v1: 候选案件按ID排序, 按案件类别分层, 最大余数法按比例分配; 每个单位每个类别以 SHA-256(种子|单位ID|类别|序号) 生成随机数 (拒绝采样), Fisher–Yates 部分洗牌抽取';

/** A closed case that may be drawn. */
export interface Candidate {
  id: string;
  kind: CaseKind;
}

/** How many of an agency's cases to draw. */
export interface SamplingRule {
  mode: SamplingMode;
  value: number;
}

/** One kind of case in one agency's draw. */
export interface Stratum {
  kind: CaseKind;
  candidates: number;
  sampled: number;
}

/** One agency's draw: the picked cases in draw order, and the counts per kind. */
export interface AgencyDraw {
  picked: Candidate[];
  strata: Stratum[];
}

/**
 * The sample size of an agency: a count (at most the candidates), or a share rounded half up and at
 * least one file while there are candidates.
 */
export function sampleSize(candidates: number, rule: SamplingRule): number {
  if (candidates <= 0) return 0;
  if (rule.mode === 'count') return Math.min(rule.value, candidates);
  return Math.min(candidates, Math.max(1, Math.floor((candidates * rule.value + 50) / 100)));
}

/**
 * Proportional allocation by the largest remainder: each kind gets ⌊n·Nₖ/N⌋, and the files left
 * over go to the largest remainders (ties: the larger stratum, then the catalogue order of kinds).
 */
export function allocate(strata: readonly { kind: CaseKind; candidates: number }[], n: number): number[] {
  const total = strata.reduce((sum, s) => sum + s.candidates, 0);
  if (total === 0 || n === 0) return strata.map(() => 0);
  const quotas = strata.map((s) => Math.floor((n * s.candidates) / total));
  let left = n - quotas.reduce((a, b) => a + b, 0);
  const order = strata
    .map((s, i) => ({ i, remainder: (n * s.candidates) % total, size: s.candidates }))
    .sort((a, b) => b.remainder - a.remainder || b.size - a.size || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    quotas[i]! += 1;
    left -= 1;
  }
  return quotas;
}

const byId = (a: Candidate, b: Candidate) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Draws one agency's files: a pure function of the seed, the agency, the candidates (sorted by id
 * here, whatever order they came in) and the rule. Each kind draws from its own stream, so one
 * kind's draw never shifts another's.
 */
export function drawAgency(
  seed: string,
  agencyId: string,
  candidates: readonly Candidate[],
  rule: SamplingRule,
): AgencyDraw {
  const sorted = [...candidates].sort(byId);
  const groups = CASE_KINDS.map((kind) => ({ kind, cases: sorted.filter((c) => c.kind === kind) })).filter(
    (g) => g.cases.length > 0,
  );
  const quotas = allocate(
    groups.map((g) => ({ kind: g.kind, candidates: g.cases.length })),
    sampleSize(sorted.length, rule),
  );
  const picked: Candidate[] = [];
  const strata: Stratum[] = groups.map((g, i) => {
    const take = quotas[i]!;
    picked.push(...new SeededRandom(seed, `${agencyId}|${g.kind}`).pick(g.cases, take));
    return { kind: g.kind, candidates: g.cases.length, sampled: take };
  });
  return { picked, strata };
}
