import type { BenchmarkContent, ListEntry, Tier } from '@jiandu/contracts/catalogue';
import {
  CIRCUMSTANCES,
  type Circumstance,
  type FineBase,
  type FineRule,
  type ListKind,
  type TierPenaltyType,
} from '@jiandu/contracts/catalogue-labels';

/** How a tier's fine is set in the form: no fine, an absolute range, or a multiple of a base. */
export type FineMode = 'none' | FineRule['mode'];

/** A tier's fine as the form holds it; the absolute and multiple fields sit side by side. */
export interface FineValues {
  mode: FineMode;
  min?: number | null;
  max?: number | null;
  of?: FineBase;
  minTimes?: number | null;
  maxTimes?: number | null;
  hasFallback?: boolean;
  fallback?: { below?: number | null; min?: number | null; max?: number | null };
}

/** One tier as the form holds it. */
export interface TierValues {
  circumstance?: Circumstance;
  conditions?: string;
  penalties?: TierPenaltyType[];
  fine: FineValues;
}

/** The benchmark content as the form holds it. */
export interface BenchmarkValues {
  document?: string;
  documentNumber?: string | null;
  tiers?: TierValues[];
  lists?: { list?: ListKind; behaviour?: string; conditions?: string }[];
}

function fineValues(rule: FineRule | null | undefined): FineValues {
  if (!rule) return { mode: 'none' };
  if (rule.mode === 'absolute') return { mode: 'absolute', min: rule.min, max: rule.max };
  return {
    mode: 'multiple',
    of: rule.of,
    minTimes: rule.minTimes,
    maxTimes: rule.maxTimes,
    hasFallback: Boolean(rule.fallback),
    fallback: rule.fallback ?? {},
  };
}

/** A new tier for the first circumstance not used yet (一般 first). */
export function emptyTier(used: (Circumstance | undefined)[] = []): TierValues {
  const order: Circumstance[] = ['general', 'lighter', 'heavier', 'mitigated', 'exempt'];
  const circumstance = order.find((c) => !used.includes(c)) ?? 'general';
  return {
    circumstance,
    conditions: '',
    penalties: [],
    fine: { mode: circumstance === 'exempt' ? 'none' : 'absolute' },
  };
}

/** The form's starting values: a copy of the version being changed, or one general tier. */
export function benchmarkValues(from: BenchmarkContent | null | undefined): BenchmarkValues {
  if (!from) return { document: '', documentNumber: '', tiers: [emptyTier()], lists: [] };
  return {
    document: from.document,
    documentNumber: from.documentNumber ?? '',
    tiers: [...from.tiers]
      .sort((a, b) => CIRCUMSTANCES.indexOf(a.circumstance) - CIRCUMSTANCES.indexOf(b.circumstance))
      .map((tier) => ({
        circumstance: tier.circumstance,
        conditions: tier.conditions,
        penalties: tier.penalties,
        fine: fineValues(tier.fine),
      })),
    lists: from.lists.map((e) => ({ ...e })),
  };
}

const amount = (v: number | null | undefined) => v ?? 0;

function toFine(v: FineValues | undefined): FineRule | null {
  if (!v || v.mode === 'none') return null;
  if (v.mode === 'absolute') return { mode: 'absolute', min: amount(v.min), max: amount(v.max) };
  const f = v.fallback;
  return {
    mode: 'multiple',
    of: v.of ?? 'illegalGains',
    minTimes: amount(v.minTimes),
    maxTimes: amount(v.maxTimes),
    fallback: v.hasFallback ? { below: amount(f?.below), min: amount(f?.min), max: amount(f?.max) } : null,
  };
}

/** The form's values as the contract's benchmark content; a 不予处罚 tier carries no penalty. */
export function toBenchmarkContent(v: BenchmarkValues): BenchmarkContent {
  const tiers: Tier[] = (v.tiers ?? []).map((tier) => {
    const exempt = tier.circumstance === 'exempt';
    return {
      circumstance: tier.circumstance ?? 'general',
      conditions: tier.conditions?.trim() ?? '',
      penalties: exempt ? [] : (tier.penalties ?? []),
      fine: exempt ? null : toFine(tier.fine),
    };
  });
  const lists: ListEntry[] = (v.lists ?? []).map((e) => ({
    list: e.list ?? 'firstOffenceExempt',
    behaviour: e.behaviour?.trim() ?? '',
    conditions: e.conditions?.trim() ?? '',
  }));
  return {
    document: v.document?.trim() ?? '',
    documentNumber: v.documentNumber?.trim() || null,
    tiers,
    lists,
  };
}
