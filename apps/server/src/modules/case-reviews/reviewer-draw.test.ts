import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawReviewers } from './reviewer-draw.ts';

const pool = ['r1', 'r2', 'r3', 'r4', 'r5'];

describe('drawing reviewers', () => {
  it('gives each file distinct eligible reviewers, reproducibly, with balanced loads', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[\w-]{4,12}$/),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 2, max: 3 }),
        (seed, count, perFile) => {
          const files = Array.from({ length: count }, (_, i) => ({ id: `f${i}`, eligible: pool }));
          const draw = drawReviewers(seed, files, perFile);
          expect(drawReviewers(seed, files, perFile)).toEqual(draw);
          expect(draw.short).toEqual([]);
          const load = new Map<string, number>();
          for (const chosen of draw.assigned.values()) {
            expect(new Set(chosen).size).toBe(perFile);
            for (const r of chosen) load.set(r, (load.get(r) ?? 0) + 1);
          }
          const loads = pool.map((r) => load.get(r) ?? 0);
          expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('never picks someone excluded from a file, and reports files that cannot be staffed', () => {
    const draw = drawReviewers(
      's-1',
      [
        { id: 'a', eligible: ['r1', 'r2', 'r3'] },
        { id: 'b', eligible: ['r3'] },
        { id: 'c', eligible: ['r1', 'r2'] },
      ],
      2,
    );
    expect(draw.assigned.get('a')!.every((r) => ['r1', 'r2', 'r3'].includes(r))).toBe(true);
    expect(draw.assigned.has('b')).toBe(false);
    expect(draw.assigned.get('c')!.sort()).toEqual(['r1', 'r2']);
    expect(draw.short).toEqual([{ fileId: 'b', eligible: 1 }]);
  });
});
