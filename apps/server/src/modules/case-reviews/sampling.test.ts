import { CASE_KINDS } from '@jiandu/contracts/case-labels';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, type Candidate, drawAgency, sampleSize } from './sampling.ts';
import { SeededRandom } from './seeded-random.ts';

const kinds = fc.constantFrom(...CASE_KINDS.slice(0, 5));
const candidates = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[0-9a-f]{6}$/), kind: kinds }), {
  selector: (c) => c.id,
  maxLength: 120,
});
const rule = fc.oneof(
  fc.record({ mode: fc.constant('count' as const), value: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ mode: fc.constant('share' as const), value: fc.integer({ min: 1, max: 100 }) }),
);
const seed = fc.stringMatching(/^[\w.-]{4,20}$/);

describe('the seeded random stream', () => {
  it('gives the same numbers for the same seed and label, and others for another seed', () => {
    const a = new SeededRandom('2026-ln', 'x');
    const b = new SeededRandom('2026-ln', 'x');
    const c = new SeededRandom('2026-lm', 'x');
    const run = (r: SeededRandom) => Array.from({ length: 50 }, () => r.below(1000));
    const first = run(a);
    expect(run(b)).toEqual(first);
    expect(run(c)).not.toEqual(first);
  });

  it('stays within range', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 1, max: 10_000 }), (s, n) => {
        const r = new SeededRandom(s, 'range');
        for (let i = 0; i < 20; i++) {
          const v = r.below(n);
          if (v < 0 || v >= n || !Number.isInteger(v)) return false;
        }
        return true;
      }),
    );
  });
});

describe('sample sizes and allocation', () => {
  it('draws a count up to the candidates, or a share rounded half up with at least one', () => {
    expect(sampleSize(10, { mode: 'count', value: 3 })).toBe(3);
    expect(sampleSize(2, { mode: 'count', value: 3 })).toBe(2);
    expect(sampleSize(0, { mode: 'count', value: 3 })).toBe(0);
    expect(sampleSize(25, { mode: 'share', value: 10 })).toBe(3); // 2.5 → 3
    expect(sampleSize(24, { mode: 'share', value: 10 })).toBe(2); // 2.4 → 2
    expect(sampleSize(3, { mode: 'share', value: 5 })).toBe(1); // 0.15 → at least 1
  });

  it('allocates by the largest remainder', () => {
    // 10 of 7 penalties, 2 inspections, 1 licence out of 10 — shares 7, 2, 1.
    expect(
      allocate(
        [
          { kind: 'penalty', candidates: 7 },
          { kind: 'license', candidates: 1 },
          { kind: 'inspection', candidates: 2 },
        ],
        5,
      ),
    ).toEqual([4, 0, 1]); // 3.5, 0.5, 1.0: the half goes to the larger stratum
    expect(
      allocate(
        [
          { kind: 'penalty', candidates: 1 },
          { kind: 'license', candidates: 1 },
          { kind: 'inspection', candidates: 1 },
        ],
        2,
      ),
    ).toEqual([1, 1, 0]); // equal remainders: catalogue order
  });
});

describe('drawing an agency (property tests)', () => {
  it('is a pure function of seed, candidates and rule: same seed, same sample, in any input order', () => {
    fc.assert(
      fc.property(seed, candidates, rule, (s, list, r) => {
        const once = drawAgency(s, 'agency-1', list, r);
        const again = drawAgency(s, 'agency-1', [...list].reverse(), r);
        expect(again).toEqual(once);
      }),
    );
  });

  it('picks the sample size, as the strata add up, without duplicates, only from the candidates', () => {
    fc.assert(
      fc.property(seed, candidates, rule, (s, list, r) => {
        const { picked, strata } = drawAgency(s, 'agency-1', list, r);
        const ids = picked.map((c) => c.id);
        expect(picked).toHaveLength(sampleSize(list.length, r));
        expect(strata.reduce((a, x) => a + x.sampled, 0)).toBe(picked.length);
        expect(strata.reduce((a, x) => a + x.candidates, 0)).toBe(list.length);
        expect(new Set(ids).size).toBe(ids.length);
        const known = new Map(list.map((c) => [c.id, c.kind]));
        for (const c of picked) expect(known.get(c.id)).toBe(c.kind);
        for (const x of strata) {
          expect(picked.filter((c) => c.kind === x.kind)).toHaveLength(x.sampled);
          expect(x.sampled).toBeLessThanOrEqual(x.candidates);
          // Proportional: within one file of the exact share.
          expect(Math.abs(x.sampled - (picked.length * x.candidates) / list.length)).toBeLessThan(1);
        }
      }),
    );
  });

  it('changes with the seed (a different seed draws a different sample of a large list)', () => {
    const list: Candidate[] = Array.from({ length: 200 }, (_, i) => ({
      id: `c${String(i).padStart(3, '0')}`,
      kind: i % 4 === 0 ? 'inspection' : 'penalty',
    }));
    const a = drawAgency('seed-a', 'x', list, { mode: 'count', value: 20 }).picked.map((c) => c.id);
    const b = drawAgency('seed-b', 'x', list, { mode: 'count', value: 20 }).picked.map((c) => c.id);
    expect(a).not.toEqual(b);
    // 50 inspections of 200: a quarter of the sample.
    expect(a.filter((id) => Number(id.slice(1)) % 4 === 0)).toHaveLength(5);
  });
});
