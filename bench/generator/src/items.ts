import type { CaseKind } from '@jiandu/contracts/case-labels';
import type { Circumstance } from '@jiandu/contracts/catalogue-labels';
import type { AgencyLevel } from './fields.ts';
import { ITEM_LINES } from './item-data.ts';
import { ITEM_PHRASES } from './item-phrases.ts';
import type { Random } from './random.ts';

/*
 * Each field's catalogue pool (the named items plus the phrase-built penalties) and the choice of
 * one agency's 20–200 items from it. Pools depend only on the field, not on the seed, so an item
 * code means the same item with the same benchmark in every world, as in a province-wide catalogue.
 */

/** A fine range in yuan, both ends allowed. */
export interface FineRange {
  min: number;
  max: number;
}

/** A catalogue item as the case generator needs it; `fines` is the benchmark by circumstance. */
export interface WorldItem {
  code: string;
  kind: CaseKind;
  name: string;
  fines?: Partial<Record<Circumstance, FineRange>>;
}

interface PoolItem {
  item: WorldItem;
  levels: string;
  phraseBuilt: boolean;
}

const TIER_KEYS: Record<string, Circumstance> = { m: 'mitigated', l: 'lighter', g: 'general', h: 'heavier' };
const LEVEL_LETTERS: Record<AgencyLevel, string> = { province: 'P', city: 'C', county: 'D' };

function parseFines(text: string): WorldItem['fines'] {
  if (!text) return undefined;
  const fines: Partial<Record<Circumstance, FineRange>> = {};
  for (const part of text.split(' ')) {
    const [key, range] = part.split(':') as [string, string];
    const [min, max] = range.split('-').map(Number) as [number, number];
    fines[TIER_KEYS[key]!] = { min, max };
  }
  return fines;
}

function roundYuan(value: number, max: number): number {
  const step = max >= 100_000 ? 1000 : max >= 10_000 ? 100 : 10;
  return Math.round(value / step) * step;
}

/** The Liaoning-style split of a statutory range: lighter 0–30%, general 30–70%, heavier 70–100%. */
function benchmarkOf([min, max]: [number, number], mitigated: boolean): WorldItem['fines'] {
  const at = (share: number) => roundYuan(min + (max - min) * share, max);
  const fines: Partial<Record<Circumstance, FineRange>> = {
    lighter: { min, max: at(0.3) },
    general: { min: at(0.3), max: at(0.7) },
    heavier: { min: at(0.7), max },
  };
  if (mitigated && min > 0) fines.mitigated = { min: roundYuan(min / 2, min), max: min };
  return fines;
}

function buildPool(prefix: string): PoolItem[] {
  const pool: PoolItem[] = [];
  for (const line of ITEM_LINES[prefix] ?? []) {
    const [code, kind, levels, name, fines] = line.split('|') as [string, CaseKind, string, string, string];
    const item: WorldItem = { code, kind, name };
    const parsed = parseFines(fines);
    if (parsed) item.fines = parsed;
    pool.push({ item, levels, phraseBuilt: false });
  }
  const phrases = ITEM_PHRASES[prefix];
  if (!phrases) return pool;
  let n = 0;
  for (const group of phrases.groups)
    for (const subject of group.subjects)
      for (const violation of group.violations) {
        const item: WorldItem = {
          code: `${prefix}-CF-${1001 + n}`,
          kind: 'penalty',
          name: `对${subject}${violation}的行政处罚`,
        };
        // About one item in eleven has no published benchmark yet, as in real catalogues.
        if (n % 11 !== 10) item.fines = benchmarkOf(phrases.ranges[n % phrases.ranges.length]!, n % 5 === 0);
        pool.push({ item, levels: 'PCD', phraseBuilt: true });
        n++;
      }
  return pool;
}

const POOLS = new Map<string, PoolItem[]>();

/** Every item of a field's catalogue (by code prefix), built once. */
export function catalogueOf(prefix: string): readonly WorldItem[] {
  return poolOf(prefix).map((entry) => entry.item);
}

function poolOf(prefix: string): PoolItem[] {
  let pool = POOLS.get(prefix);
  if (!pool) {
    pool = buildPool(prefix);
    POOLS.set(prefix, pool);
  }
  return pool;
}

/**
 * One agency's items: every named item of its level, then phrase-built penalties up to a drawn
 * total of 20–200 (fewer when the field's pool is smaller). Items are shared, not copied.
 */
export function agencyItems(rng: Random, prefix: string, level: AgencyLevel): WorldItem[] {
  const letter = LEVEL_LETTERS[level];
  const named: WorldItem[] = [];
  const rest: WorldItem[] = [];
  for (const entry of poolOf(prefix)) {
    if (!entry.levels.includes(letter)) continue;
    if (entry.phraseBuilt) rest.push(entry.item);
    else named.push(entry.item);
  }
  const total = rng.int(20, 200);
  rng.shuffle(rest);
  return named.concat(rest.slice(0, Math.max(0, total - named.length)));
}
