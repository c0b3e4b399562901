import { describe, expect, it } from 'vitest';
import {
  AGENCY_NOT_QUALIFIED,
  FINE_OUTSIDE_BENCHMARK,
  INSPECTION_FREQUENCY_EXCEEDED,
  ITEM_NOT_IN_CATALOGUE,
} from './register-rules.ts';
import { AGENCY, event, FakeReference, factsOf, ITEM, OTHER_AGENCY, penaltyCase } from './rule-fixtures.ts';

const decidedOn = (day: string, extra: Parameters<typeof penaltyCase>[0] = {}) =>
  penaltyCase({ events: [event('filed', '2026-01-05'), event('decided', day)], ...extra });

describe('ITEM_NOT_IN_CATALOGUE (on the act day)', () => {
  const listedFrom = (from: string) => {
    const reference = new FakeReference();
    reference.catalogue.set(AGENCY, new Map([[ITEM, from]]));
    return reference;
  };

  it('fires the day before the item was listed and not on the day', () => {
    const reference = listedFrom('2026-03-01');
    expect(ITEM_NOT_IN_CATALOGUE.evaluate(factsOf(decidedOn('2026-03-01'), { reference }), {})).toEqual([]);
    const [found] = ITEM_NOT_IN_CATALOGUE.evaluate(factsOf(decidedOn('2026-02-28'), { reference }), {});
    expect(found?.message).toBe(`执法事项 ${ITEM} 在2026-02-28不在本执法主体的执法事项目录清单内`);
  });

  it('fires on a code the agency does not hold, not for an agency the registers do not know', () => {
    expect(
      ITEM_NOT_IN_CATALOGUE.evaluate(factsOf(decidedOn('2026-03-01', { itemCode: 'XX-0001' })), {}),
    ).toHaveLength(1);
    const unknown = decidedOn('2026-03-01', { agencyCreditCode: OTHER_AGENCY });
    expect(ITEM_NOT_IN_CATALOGUE.evaluate(factsOf(unknown), {})).toEqual([]);
  });

  it('judges an inspection on its visit day', () => {
    const reference = listedFrom('2026-05-12');
    const visit = (day: string) =>
      factsOf(
        penaltyCase({
          kind: 'inspection',
          events: [event('investigated', day), event('closed', '2026-06-01')],
        }),
        {
          reference,
        },
      );
    expect(ITEM_NOT_IN_CATALOGUE.evaluate(visit('2026-05-12'), {})).toEqual([]);
    expect(ITEM_NOT_IN_CATALOGUE.evaluate(visit('2026-05-11'), {})).toHaveLength(1);
  });
});

describe('AGENCY_NOT_QUALIFIED', () => {
  it('fires the day before the qualification took effect and not on the day', () => {
    const reference = new FakeReference();
    reference.qualifiedFrom.set(AGENCY, '2026-01-10');
    expect(AGENCY_NOT_QUALIFIED.evaluate(factsOf(decidedOn('2026-01-10'), { reference }), {})).toEqual([]);
    const [found] = AGENCY_NOT_QUALIFIED.evaluate(factsOf(decidedOn('2026-01-09'), { reference }), {});
    expect(found?.message).toBe(
      `执法主体 ${AGENCY} 在2026-01-09没有经确认且有效的行政执法主体资格, 却实施了行政处罚`,
    );
  });
});

describe('FINE_OUTSIDE_BENCHMARK (general tier 1,000–5,000 yuan)', () => {
  const fined = (
    amount: number,
    circumstance: 'general' | 'heavier' | null = 'general',
    day = '2026-03-31',
  ) =>
    decidedOn(day, {
      decision: { penalties: [{ type: 'fine', amount }], circumstance: circumstance ?? undefined },
    });

  it('accepts both ends and fires one yuan outside', () => {
    expect(FINE_OUTSIDE_BENCHMARK.evaluate(factsOf(fined(1000)), {})).toEqual([]);
    expect(FINE_OUTSIDE_BENCHMARK.evaluate(factsOf(fined(5000)), {})).toEqual([]);
    expect(FINE_OUTSIDE_BENCHMARK.evaluate(factsOf(fined(5001)), {})[0]?.message).toBe(
      `罚款5,001元高于事项 ${ITEM} 在"一般处罚"情节下的裁量基准 (1,000–5,000元, 基准 v1), 决定于2026-03-31作出`,
    );
    expect(FINE_OUTSIDE_BENCHMARK.evaluate(factsOf(fined(999)), {})[0]?.message).toContain('罚款999元低于');
  });

  it('uses the benchmark version in force on the decision day', () => {
    const reference = new FakeReference();
    reference.benchmarks.push({
      circumstance: 'general',
      from: '2026-07-01',
      range: { min: 2000, max: 8000, source: '基准 v2' },
    });
    expect(
      FINE_OUTSIDE_BENCHMARK.evaluate(factsOf(fined(6000, 'general', '2026-07-01'), { reference }), {}),
    ).toEqual([]);
    expect(
      FINE_OUTSIDE_BENCHMARK.evaluate(factsOf(fined(6000, 'general', '2026-06-30'), { reference }), {}),
    ).toHaveLength(1);
  });

  it('says nothing without a circumstance or a range for it', () => {
    expect(FINE_OUTSIDE_BENCHMARK.evaluate(factsOf(fined(99_999, null)), {})).toEqual([]);
    expect(FINE_OUTSIDE_BENCHMARK.evaluate(factsOf(fined(99_999, 'heavier')), {})).toEqual([]);
  });

  it('reads an open-ended range', () => {
    const reference = new FakeReference();
    reference.benchmarks = [
      { circumstance: 'general', from: '2020-01-01', range: { min: 1000, max: null, source: '基准' } },
    ];
    expect(FINE_OUTSIDE_BENCHMARK.evaluate(factsOf(fined(1_000_000), { reference }), {})).toEqual([]);
    expect(FINE_OUTSIDE_BENCHMARK.evaluate(factsOf(fined(500), { reference }), {})[0]?.message).toContain(
      '不低于1,000元',
    );
  });
});

describe('INSPECTION_FREQUENCY_EXCEEDED (once a year)', () => {
  const inspection = (count?: number) =>
    factsOf(penaltyCase({ kind: 'inspection', events: [event('investigated', '2026-06-03')] }), {
      inspectionsOfPartyThisYear: count,
    });

  it('fires on the second inspection of the year and not on the first', () => {
    expect(INSPECTION_FREQUENCY_EXCEEDED.evaluate(inspection(1), {})).toEqual([]);
    expect(INSPECTION_FREQUENCY_EXCEEDED.evaluate(inspection(2), {})[0]?.message).toBe(
      '本次检查 (2026-06-03) 是本执法主体2026年对同一检查对象的第2次检查, 超过每年1次的上限',
    );
  });

  it('takes the cap from the parameters and needs the count from the caller', () => {
    expect(INSPECTION_FREQUENCY_EXCEEDED.evaluate(inspection(2), { maxPerYear: 2 })).toEqual([]);
    expect(INSPECTION_FREQUENCY_EXCEEDED.evaluate(inspection(), {})).toEqual([]);
  });
});
