import type { BenchmarkContent } from '@jiandu/contracts/catalogue';
import {
  CIRCUMSTANCE_LABELS,
  type Circumstance,
  describeFine,
  type FineRule,
} from '@jiandu/contracts/catalogue-labels';
import type { BenchmarkRange } from '../rules/reference.ts';

/** A benchmark version as the catalogue offers it: its number, first day and content. */
export interface BenchmarkVersionFacts {
  version: number;
  effectiveFrom: string;
  content: BenchmarkContent;
}

interface TierFacts {
  circumstance: Circumstance;
  fine: FineRule | null;
  punishes: boolean;
}

/**
 * The fines a rule allows whatever the case's amounts, so a rule can tell a fine outside the
 * benchmark without them: an absolute rule is its own range; a multiple of the illegal gains or
 * goods value has no upper end, and its lower end is the smaller of its fallback's minimum and the
 * multiple at the fallback's threshold (open without a fallback, as the value may be nil); a tier
 * without a fine allows none, so at most 0.
 */
function rangeOf(fine: FineRule | null): { min: number | null; max: number | null } {
  if (!fine) return { min: null, max: 0 };
  if (fine.mode === 'absolute') return { min: fine.min, max: fine.max };
  const f = fine.fallback;
  return { min: f ? Math.min(f.min, Math.round(f.below * fine.minTimes * 100) / 100) : null, max: null };
}

/**
 * One benchmark version kept small for the index: the document, dates and each tier's fine rule.
 * A circumstance's range (with its Chinese source, whose money formatting is slow) is made the
 * first time it is asked for and then kept, so a province's benchmarks cost little until used.
 */
export class CompiledBenchmark {
  readonly #facts: Omit<BenchmarkVersionFacts, 'content'> & {
    document: string;
    documentNumber: string | null;
  };
  readonly #tiers: TierFacts[];
  #ranges: Partial<Record<Circumstance, BenchmarkRange>> | undefined;

  constructor(benchmark: BenchmarkVersionFacts, intern: (text: string) => string = (text) => text) {
    const { content } = benchmark;
    this.#facts = {
      version: benchmark.version,
      effectiveFrom: intern(benchmark.effectiveFrom),
      document: intern(content.document.replace(/^《|》$/g, '')),
      documentNumber: content.documentNumber ? intern(content.documentNumber) : null,
    };
    this.#tiers = content.tiers.map((t) => ({
      circumstance: t.circumstance,
      fine: t.fine ?? null,
      punishes: t.penalties.length > 0,
    }));
  }

  /** The range the version allows for a circumstance, or null when it sets no such tier. */
  range(circumstance: Circumstance): BenchmarkRange | null {
    const known = this.#ranges?.[circumstance];
    if (known) return known;
    const tier = this.#tiers.find((t) => t.circumstance === circumstance);
    if (!tier) return null;
    const f = this.#facts;
    const number = f.documentNumber ? ` (${f.documentNumber})` : '';
    const what = tier.fine ? describeFine(tier.fine) : tier.punishes ? '不设罚款' : '不予处罚';
    const range: BenchmarkRange = Object.freeze({
      ...rangeOf(tier.fine),
      source: `《${f.document}》${number}第${f.version}版 (${f.effectiveFrom}起施行)${CIRCUMSTANCE_LABELS[circumstance]}阶次: ${what}`,
    });
    this.#ranges = { ...this.#ranges, [circumstance]: range };
    return range;
  }
}
