import v8 from 'node:v8';
import vm from 'node:vm';
import { CaseRecordSchema } from '@jiandu/contracts/exchange';
import { describe, expect, it } from 'vitest';
import { type CaseOptions, generateCases, recordVersions, toNdjsonChunks } from './cases.ts';
import { evidenceHash } from './evidence.ts';
import { generateWorld } from './world.ts';

const world = generateWorld({ seed: 'cases-test', agencies: 50, from: '2025-01-01' });
const OPTIONS: CaseOptions = { seed: 'cases-test', count: 2000, from: '2025-01-01', to: '2025-12-31' };

function ndjson(options: CaseOptions): string {
  return [...toNdjsonChunks(generateCases(world, options), 500)].join('');
}

describe('generateCases', () => {
  it('gives byte-identical NDJSON for the same seed and other records for another seed', () => {
    const first = ndjson(OPTIONS);
    expect(ndjson(OPTIONS)).toBe(first);
    expect(first.split('\n')).toHaveLength(2001);
    const other = ndjson({ ...OPTIONS, seed: 'another' });
    expect(other).not.toBe(first);
    expect(other.split('\n')[5]).not.toBe(first.split('\n')[5]);
  });

  it('draws case i the same way wherever the run starts', () => {
    const whole = [...generateCases(world, OPTIONS)];
    const tail = [...generateCases(world, { ...OPTIONS, startIndex: 1500, count: 500 })];
    expect(JSON.stringify(tail)).toBe(JSON.stringify(whole.slice(1500)));
    expect(tail[0]!.index).toBe(1500);
  });

  it('keeps valid records valid when some are broken on purpose, and breaks those for the exchange', () => {
    const clean = [...generateCases(world, OPTIONS)];
    const mixed = [...generateCases(world, { ...OPTIONS, invalidRate: 0.05 })];
    let invalid = 0;
    for (let i = 0; i < mixed.length; i++) {
      const generated = mixed[i]!;
      const parsed = CaseRecordSchema.safeParse(generated.record);
      if (generated.defects.includes('INVALID')) {
        invalid++;
        expect(parsed.success, JSON.stringify(generated.record)).toBe(false);
      } else {
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(JSON.stringify(generated)).toBe(JSON.stringify(clean[i]));
      }
    }
    expect(invalid).toBeGreaterThan(60);
    expect(invalid).toBeLessThan(140);
  });

  it('writes records an enforcement platform would send', () => {
    const ids = new Set<string>();
    const creditCodes = new Set(world.agencies.map((a) => a.creditCode));
    for (const { record } of generateCases(world, OPTIONS)) {
      expect(ids.has(record.externalId)).toBe(false);
      ids.add(record.externalId);
      expect(record.externalId).toMatch(/^\d{6}[A-Z]{2}-\d{4}-\d{7}$/);
      expect(creditCodes.has(record.agencyCreditCode)).toBe(true);
      const times = (record.events ?? []).map((e) => e.at);
      expect(times).toEqual([...times].sort());
      expect(times[0]! >= '2024-12-20' && times.at(-1)! <= '2025-12-31T23:59:59+08:00').toBe(true);
      const start = record.events!.find((e) => e.type === 'filed' || e.type === 'decided')!;
      if (record.violationEndedAt) expect(record.violationEndedAt <= start.at.slice(0, 10)).toBe(true);
      record.evidence?.forEach((e, n) => {
        expect(e.sha256).toBe(evidenceHash(record.externalId, n));
      });
      expect(record.title!.length).toBeLessThanOrEqual(200);
    }
  });

  it('draws kinds, procedures and parties in realistic shares', () => {
    const counts: Record<string, number> = {};
    let penalties = 0;
    let simple = 0;
    let persons = 0;
    let inProgress = 0;
    const cases = [...generateCases(world, { ...OPTIONS, count: 10_000 })];
    for (const { record } of cases) {
      counts[record.kind] = (counts[record.kind] ?? 0) + 1;
      if (record.kind !== 'penalty') continue;
      penalties++;
      if (record.procedure === 'simple') simple++;
      if (record.party?.type === 'person') persons++;
      if (!record.events?.some((e) => e.type === 'decided')) inProgress++;
    }
    const share = (kind: string) => (counts[kind] ?? 0) / cases.length;
    expect(share('penalty')).toBeGreaterThan(0.38);
    expect(share('penalty')).toBeLessThan(0.52);
    expect(share('inspection')).toBeGreaterThan(0.28);
    expect(share('inspection')).toBeLessThan(0.42);
    expect(share('license')).toBeGreaterThan(0.06);
    expect(share('coercion')).toBeGreaterThan(0.02);
    expect(simple / penalties).toBeGreaterThan(0.35);
    expect(simple / penalties).toBeLessThan(0.45);
    expect(persons / penalties).toBeGreaterThan(0.25);
    expect(persons / penalties).toBeLessThan(0.45);
    expect(inProgress).toBeGreaterThan(20);
  });

  it('gives some cases earlier versions that only lack later events', () => {
    let versioned = 0;
    let earlierRecords = 0;
    for (const generated of generateCases(world, OPTIONS)) {
      const versions = recordVersions(generated);
      expect(versions.at(-1)).toBe(generated.record);
      expect(versions.map((v) => v.version)).toEqual(versions.map((_, i) => i + 1));
      if (versions.length === 1) continue;
      versioned++;
      earlierRecords += versions.length - 1;
      for (let v = 0; v < versions.length - 1; v++) {
        const earlier = versions[v]!;
        const later = versions[v + 1]!;
        expect(CaseRecordSchema.safeParse(earlier).success).toBe(true);
        expect(earlier.events!.length).toBeLessThan(later.events!.length);
        expect(later.events!.slice(0, earlier.events!.length)).toEqual(earlier.events);
        if (!earlier.events!.some((e) => e.type === 'decided')) expect(earlier.decision).toBeUndefined();
      }
    }
    expect(versioned).toBeGreaterThan(100);
    const all = [...toNdjsonChunks(generateCases(world, OPTIONS), 10_000, 'all')].join('');
    expect(all.split('\n').length - 1).toBe(2000 + earlierRecords);
  });

  it('cuts NDJSON into batches of the asked size', () => {
    const chunks = [...toNdjsonChunks(generateCases(world, { ...OPTIONS, count: 1234 }), 500)];
    expect(chunks.map((c) => c.split('\n').length - 1)).toEqual([500, 500, 234]);
    expect(() => [...toNdjsonChunks([], 0)]).toThrow(RangeError);
  });

  it('is lazy: 100,000 cases pass through without the heap growing with them', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    let count = 0;
    let events = 0;
    for (const generated of generateCases(world, { ...OPTIONS, count: 100_000 })) {
      count++;
      events += generated.record.events!.length;
    }
    gc();
    const growth = process.memoryUsage().heapUsed - before;
    expect(count).toBe(100_000);
    expect(events).toBeGreaterThan(300_000);
    // Holding the records would take several hundred MB; the tables of the run take a few.
    expect(growth).toBeLessThan(16 * 1024 * 1024);
  });
});
