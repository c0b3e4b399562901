import {
  BenchmarkContentSchema,
  ItemCodeSchema,
  ItemContentSchema,
  type Tier,
} from '@jiandu/contracts/catalogue';
import type { FineRule } from '@jiandu/contracts/catalogue-labels';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { type DemoOrg, LIAONING_DEMO } from '../liaoning-orgs.ts';
import { type HolderKey, type HolderLevel, ITEM_TEMPLATES, type ItemTemplate } from './index.ts';

const TODAY = '2026-11-28';
/** Tiers from the mildest to the harshest (减轻 goes below the statutory minimum, 从轻 within it). */
const SEVERITY = ['mitigated', 'lighter', 'general', 'heavier'] as const;

/** Every content of a template with a label: the first version, revisions and the pending draft. */
function contents(t: ItemTemplate) {
  return [
    { label: `${t.code} v1`, content: t.content },
    ...(t.revisions ?? []).map((r, i) => ({ label: `${t.code} v${i + 2}`, content: r.content })),
    ...(t.pendingRevision ? [{ label: `${t.code} pending`, content: t.pendingRevision.content }] : []),
  ];
}

/** The problems zod finds, as one readable line per issue (empty when valid). */
function problems(schema: ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

function isDate(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
  );
}

/** The (holder, level) pairs the demo org tree has agencies for, from keys like 'shenyang.heping.cgzf'. */
function holderLevels(org: DemoOrg, out = new Set<string>()): Set<string> {
  if (org.kind === 'agency') {
    const parts = org.key.split('.');
    const level: HolderLevel =
      parts[0] === 'province' ? 'province' : parts.length === 2 ? 'city' : 'district';
    out.add(`${parts.at(-1)}@${level}`);
  }
  for (const child of org.children ?? []) holderLevels(child, out);
  return out;
}

/** Whether a lower tier's fine stays at or below the next tier's (same mode and base only). */
function ordered(lower: FineRule, upper: FineRule): boolean {
  if (lower.mode === 'absolute' && upper.mode === 'absolute') return lower.max <= upper.min;
  if (lower.mode === 'multiple' && upper.mode === 'multiple' && lower.of === upper.of) {
    const times = lower.maxTimes <= upper.minTimes;
    const fallback = !lower.fallback || !upper.fallback || lower.fallback.max <= upper.fallback.min;
    return times && fallback;
  }
  return true;
}

function tier(t: ItemTemplate, index: number, circumstance: Tier['circumstance']): Tier | undefined {
  return t.benchmarks?.[index]?.content.tiers.find((x) => x.circumstance === circumstance);
}

describe('demo catalogue templates', () => {
  it('has a realistic size across the five fields', () => {
    const byField = new Map<string, number>();
    for (const t of ITEM_TEMPLATES)
      for (const f of t.content.fields) byField.set(f, (byField.get(f) ?? 0) + 1);
    expect(ITEM_TEMPLATES.length).toBeGreaterThanOrEqual(55);
    expect(ITEM_TEMPLATES.length).toBeLessThanOrEqual(75);
    expect([...byField.keys()].sort()).toEqual(['emergency', 'environment', 'market', 'transport', 'urban']);
    expect(ITEM_TEMPLATES.filter((t) => t.benchmarks?.length).length).toBeGreaterThanOrEqual(25);
    expect(ITEM_TEMPLATES.filter((t) => t.withdrawn).length).toBeGreaterThanOrEqual(2);
    const pending = ITEM_TEMPLATES.filter((t) => t.pendingRevision);
    expect(pending.length).toBeGreaterThanOrEqual(3);
    expect(pending.some((t) => t.pendingRevision?.submitted)).toBe(true);
    expect(pending.some((t) => !t.pendingRevision?.submitted)).toBe(true);
  });

  it('uses unique, valid item codes', () => {
    const codes = ITEM_TEMPLATES.map((t) => t.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
    for (const code of codes) expect(problems(ItemCodeSchema, code), code).toEqual([]);
  });

  it('gives every item version content the contract accepts', () => {
    for (const t of ITEM_TEMPLATES) {
      for (const { label, content } of contents(t)) {
        expect(problems(ItemContentSchema, content), label).toEqual([]);
        for (const basis of content.legalBases) {
          expect(basis.law, label).not.toMatch(/[《》]/);
          expect(basis.article ?? '', label).toMatch(/^第[一二三四五六七八九十百零]+条$/);
          expect(basis.text?.length ?? 0, label).toBeGreaterThan(10);
        }
      }
    }
  });

  it('gives every benchmark content the contract accepts', () => {
    for (const t of ITEM_TEMPLATES) {
      for (const [i, b] of (t.benchmarks ?? []).entries()) {
        expect(problems(BenchmarkContentSchema, b.content), `${t.code} benchmark ${i + 1}`).toEqual([]);
      }
    }
  });

  it('keeps dates valid and in order, with at most one benchmark taking effect after today', () => {
    let future = 0;
    for (const t of ITEM_TEMPLATES) {
      const versions = [t.effectiveFrom, ...(t.revisions ?? []).map((r) => r.effectiveFrom)];
      const benchmarks = (t.benchmarks ?? []).map((b) => b.effectiveFrom);
      for (const d of [...versions, ...benchmarks, t.withdrawn?.effectiveDate ?? t.effectiveFrom]) {
        expect(isDate(d), `${t.code} ${d}`).toBe(true);
      }
      for (let i = 1; i < versions.length; i++) expect(versions[i]! > versions[i - 1]!, t.code).toBe(true);
      for (let i = 1; i < benchmarks.length; i++)
        expect(benchmarks[i]! > benchmarks[i - 1]!, t.code).toBe(true);
      for (const d of benchmarks) expect(d >= t.effectiveFrom, `${t.code} benchmark ${d}`).toBe(true);
      for (const d of versions) expect(d <= TODAY, `${t.code} ${d}`).toBe(true);
      future += benchmarks.filter((d) => d > TODAY).length;
      if (t.withdrawn) {
        expect(t.withdrawn.effectiveDate > versions.at(-1)!, t.code).toBe(true);
        expect(t.withdrawn.effectiveDate <= TODAY, t.code).toBe(true);
        expect(t.pendingRevision, t.code).toBeUndefined();
      }
    }
    expect(future).toBeLessThanOrEqual(1);
  });

  it('gives penalty benchmarks a general tier and fines that rise from tier to tier', () => {
    for (const t of ITEM_TEMPLATES) {
      if (!t.benchmarks?.length) continue;
      expect(t.content.kind, t.code).toBe('penalty');
      for (const [i, b] of t.benchmarks.entries()) {
        const label = `${t.code} benchmark ${i + 1}`;
        expect(
          b.content.tiers.map((x) => x.circumstance),
          label,
        ).toContain('general');
        const fined = SEVERITY.flatMap(
          (c) => b.content.tiers.find((x) => x.circumstance === c && x.fine) ?? [],
        );
        for (let j = 1; j < fined.length; j++) {
          expect(ordered(fined[j - 1]!.fine!, fined[j]!.fine!), `${label} ${fined[j]!.circumstance}`).toBe(
            true,
          );
        }
      }
    }
  });

  it('assigns items only to agency kinds and levels the demo org tree has', () => {
    const existing = holderLevels(LIAONING_DEMO);
    for (const t of ITEM_TEMPLATES) {
      expect(t.holders.length * t.levels.length, t.code).toBeGreaterThan(0);
      for (const h of t.holders as HolderKey[]) {
        for (const l of t.levels) expect(existing.has(`${h}@${l}`), `${t.code} ${h}@${l}`).toBe(true);
      }
    }
  });

  it('lowers the unlicensed goods transport fines from the 2023 amendment of 道路运输条例 (从旧兼从轻)', () => {
    const goods = ITEM_TEMPLATES.find((t) => t.code === 'JT-CF-0063-1');
    expect(goods?.revisions).toHaveLength(1);
    expect(goods?.benchmarks).toHaveLength(2);
    const [before, after] = goods!.benchmarks!;
    expect(after!.effectiveFrom).toBe(goods!.revisions![0]!.effectiveFrom);
    for (const c of ['lighter', 'general', 'heavier'] as const) {
      const old = tier(goods!, 0, c)?.fine;
      const now = tier(goods!, 1, c)?.fine;
      expect(old?.mode === 'multiple' && now?.mode === 'multiple', c).toBe(true);
      if (old?.mode !== 'multiple' || now?.mode !== 'multiple') continue;
      expect(now.maxTimes, c).toBeLessThanOrEqual(old.maxTimes);
      expect(now.fallback!.max, c).toBeLessThan(old.fallback!.max);
      expect(now.fallback!.below, c).toBeLessThan(old.fallback!.below);
    }
    const general = [tier(goods!, 0, 'general')?.fine, tier(goods!, 1, 'general')?.fine];
    expect(general).toEqual([
      {
        mode: 'multiple',
        of: 'illegalGains',
        minTimes: 4.4,
        maxTimes: 7.6,
        fallback: { below: 20_000, min: 51_000, max: 79_000 },
      },
      {
        mode: 'multiple',
        of: 'illegalGains',
        minTimes: 2.2,
        maxTimes: 3.8,
        fallback: { below: 10_000, min: 5100, max: 7900 },
      },
    ]);
    expect(before!.effectiveFrom < after!.effectiveFrom).toBe(true);
  });
});
