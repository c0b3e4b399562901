import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay, plusYears } from './days.ts';
import { cumulative, hashSeed, Random } from './random.ts';

describe('Random', () => {
  it('gives the same numbers for the same seed on every machine', () => {
    const draws = (seed: string) => {
      const rng = new Random(seed);
      return Array.from({ length: 5 }, () => rng.u32());
    };
    expect(draws('jiandu')).toEqual(draws('jiandu'));
    expect(draws('jiandu')).not.toEqual(draws('jiandu2'));
    // Pinned values: a change here means every generated data set changes.
    expect(draws('jiandu')).toEqual([1348065033, 2651765110, 3958005668, 2551438570, 4160966663]);
  });

  it('restarts a stream at the same point whatever was drawn before', () => {
    const root = hashSeed('cases');
    const rng = new Random();
    rng.reseed(root, 41);
    const first = [rng.u32(), rng.u32()];
    rng.reseed(root, 7);
    rng.u32();
    rng.reseed(root, 41);
    expect([rng.u32(), rng.u32()]).toEqual(first);
    rng.reseed(root, 42);
    expect(rng.u32()).not.toBe(first[0]);
  });

  it('keeps draws inside their bounds and spreads them', () => {
    const rng = new Random('bounds');
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const n = rng.int(3, 9);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(9);
      seen.add(n);
    }
    expect(seen.size).toBe(7);
    const weights = cumulative([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 20_000; i++) counts[rng.weighted(weights)]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.6);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.4);
  });
});

describe('days', () => {
  it('converts between day numbers and dates', () => {
    expect(isoDay(dayNumber('2026-03-01'))).toBe('2026-03-01');
    expect(isoDay(dayNumber('2026-03-01') - 1)).toBe('2026-02-28');
    expect(isoDay(dayNumber('1949-10-01'))).toBe('1949-10-01');
    expect(isoDay(plusYears(dayNumber('2020-02-29'), 1))).toBe('2021-03-01');
    expect(() => dayNumber('2026-3-1')).toThrow(RangeError);
  });
});
