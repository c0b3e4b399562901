import { CIRCUMSTANCES } from '@jiandu/contracts/catalogue-labels';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseReferenceLookup } from '../src/modules/warnings/reference/case-reference.ts';
import { loadReferenceIndex } from '../src/modules/warnings/reference/load-reference-index.ts';
import type { ReferenceIndex } from '../src/modules/warnings/reference/reference-index.ts';
import { addDays } from '../src/platform/calendar/dates.ts';
import { TEST_DIALECT, type TestApp } from './harness.ts';
import { actor, around, itemsWithVersions, referenceWorld, today } from './warnings-reference-fixtures.ts';

/*
 * The reference data read for one case as it arrives: the same answers as the preloaded index
 * (itself checked against the registers in warnings-reference.test.ts), fresh after a change, and
 * strict about the keys it was asked to read.
 */

let t: TestApp;
let history: { moved: string; suspended: string };
let index: ReferenceIndex;
const db = () => t.context.database.db;
const services = () => t.context.services;

beforeAll(async () => {
  ({ t, history } = await referenceWorld());
  index = await loadReferenceIndex(t.context.services);
});
afterAll(() => t.close());

describe('the reference data of one case', () => {
  const caseKeys = async () => {
    const items = (await itemsWithVersions(t)).filter((i) => i.benchmarks.length > 0).slice(0, 40);
    const numbers = (await db().selectFrom('certificate').select('number').orderBy('number').execute()).map(
      (r) => r.number,
    );
    return { items, numbers };
  };

  it('answers like the full index and refuses keys the case did not name', async () => {
    const { items, numbers } = await caseKeys();
    for (const [i, item] of items.entries()) {
      const keys = {
        agencyCreditCode: item.agency,
        itemCode: item.code,
        certificateNumbers: [numbers[i]!, numbers[i * 7]!, history.suspended, history.moved],
      };
      const lookup = await caseReferenceLookup(services(), keys);
      const days = [
        today,
        ...around(addDays(today, -100)),
        ...around(addDays(today, -60)),
        ...item.benchmarks.flatMap((v) => around(v.from)),
        ...item.versions.flatMap((v) => around(v.to)),
      ];
      for (const day of days) {
        expect(lookup.agencyQualified(item.agency, day)).toBe(index.agencyQualified(item.agency, day));
        expect(lookup.itemInCatalogue(item.agency, item.code, day)).toBe(
          index.itemInCatalogue(item.agency, item.code, day),
        );
        for (const c of CIRCUMSTANCES)
          expect(lookup.benchmark(item.agency, item.code, c, day)).toEqual(
            index.benchmark(item.agency, item.code, c, day),
          );
        for (const n of keys.certificateNumbers)
          expect(lookup.certificate(n, day)).toEqual(index.certificate(n, day));
      }
      expect(() => lookup.certificate(numbers.at(-1)!, today)).toThrow(/not read/);
      expect(() => lookup.itemInCatalogue(item.agency, 'OTHER-ITEM', today)).toThrow(/not read/);
      expect(() => lookup.agencyQualified('91210000MA0000000X', today)).toThrow(/not read/);
    }
  });

  it('prints how long reading one case takes once warm (not an assertion)', async () => {
    const { items, numbers } = await caseKeys();
    const timings: number[] = [];
    for (let i = 0; i < 320; i += 1) {
      const item = items[i % items.length]!;
      const started = performance.now();
      await caseReferenceLookup(services(), {
        agencyCreditCode: item.agency,
        itemCode: item.code,
        certificateNumbers: [numbers[i]!, numbers[i + 1]!],
      });
      if (i >= 20) timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    const p = (q: number) => timings[Math.floor(q * timings.length)]!.toFixed(2);
    console.log(
      `[${TEST_DIALECT}] one case's reference data: p50 ${p(0.5)} ms, p90 ${p(0.9)} ms, p99 ${p(0.99)} ms over ${timings.length} reads`,
    );
    expect(timings).toHaveLength(300);
  });

  it('sees a change made after the full index was loaded', async () => {
    const { items } = await caseKeys();
    const certificate = await db()
      .selectFrom('certificate')
      .select('id')
      .where('number', '=', history.moved)
      .executeTakeFirstOrThrow();
    await services().certificates.changeStatus(actor, certificate.id, {
      status: 'suspended',
      effectiveDate: today,
      reason: '涉嫌违纪, 暂扣',
    });
    const fresh = await caseReferenceLookup(services(), {
      agencyCreditCode: items[0]!.agency,
      itemCode: items[0]!.code,
      certificateNumbers: [history.moved],
    });
    expect(fresh.certificate(history.moved, today)).toMatchObject({ status: 'suspended', valid: false });
    expect(fresh.certificate(history.moved, addDays(today, -1))).toMatchObject({
      status: 'valid',
      valid: true,
    });
    expect(index.certificate(history.moved, today).status).toBe('valid');
  });
});
