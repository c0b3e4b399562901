import { describe, expect, it } from 'vitest';
import { FINE_OUTLIER, type ItemFineRow, monthsBefore, ZERO_ENFORCEMENT } from './class-rules.ts';
import { median, robustZScores } from './robust-z.ts';

const TODAY = '2026-11-27';

describe('ZERO_ENFORCEMENT (12 months)', () => {
  const row = (
    lastCaseDay: string | null,
    extra: Partial<Parameters<typeof ZERO_ENFORCEMENT.evaluate>[0][number]> = {},
  ) => ({
    agencyCreditCode: 'A',
    itemCount: 12,
    lastCaseDay,
    listedSince: '2020-01-01',
    ...extra,
  });

  it('counts back twelve months to the same day, clamping to the month end', () => {
    expect(monthsBefore('2026-11-27', 12)).toBe('2025-11-27');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2025-03-31', 13)).toBe('2024-02-29');
  });

  it('is silent with a case on the first day of the period and fires with the last one the day before', () => {
    expect(ZERO_ENFORCEMENT.evaluate([row('2025-11-27')], TODAY, {})).toEqual([]);
    const [found] = ZERO_ENFORCEMENT.evaluate([row('2025-11-26')], TODAY, {});
    expect(found?.agencyCreditCode).toBe('A');
    expect(found?.finding.message).toBe(
      '本执法主体的执法事项目录清单列有12个事项, 最近一次执法案件在2025-11-26, 此后12个月以上没有任何执法案件',
    );
    expect(found?.finding.parameters).toEqual({ months: 12 });
  });

  it('fires on an agency that never sent a case, not on one without items or with a young catalogue', () => {
    expect(ZERO_ENFORCEMENT.evaluate([row(null)], TODAY, {})[0]?.finding.message).toBe(
      '本执法主体的执法事项目录清单列有12个事项, 但从未报送过执法案件 (已超过12个月)',
    );
    expect(ZERO_ENFORCEMENT.evaluate([row(null, { itemCount: 0 })], TODAY, {})).toEqual([]);
    expect(ZERO_ENFORCEMENT.evaluate([row(null, { listedSince: '2025-11-28' })], TODAY, {})).toEqual([]);
    expect(ZERO_ENFORCEMENT.evaluate([row(null, { listedSince: '2025-11-27' })], TODAY, {})).toHaveLength(1);
  });

  it('takes the period from the parameters', () => {
    expect(ZERO_ENFORCEMENT.evaluate([row('2025-11-26')], TODAY, { months: 24 })).toEqual([]);
  });
});

describe('robust z-score', () => {
  it('is 0.6745·(x − median)/MAD', () => {
    const { median: m, scores } = robustZScores([1000, 1100, 900, 1050, 950, 5000]);
    expect(m).toBe(1025);
    // deviations 25 75 125 25 75 3975 → MAD 75
    expect(scores[5]).toBeCloseTo((0.6745 * 3975) / 75, 6);
    expect(scores[1]).toBeCloseTo(0.6745, 6);
  });

  it('falls back to the mean absolute deviation when the MAD is zero, and to 0 when all are equal', () => {
    const { scores } = robustZScores([1000, 1000, 1000, 1000, 3000]);
    expect(scores[4]).toBeCloseTo(2000 / (1.253314 * 400), 6);
    expect(robustZScores([7, 7, 7]).scores).toEqual([0, 0, 0]);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});

describe('FINE_OUTLIER (|z| > 3.5, at least 3 agencies)', () => {
  const rows = (values: number[], item = 'SJ-CF-0122'): ItemFineRow[] =>
    values.map((averageFine, i) => ({ agencyCreditCode: `AG${i}`, itemCode: item, cases: 4, averageFine }));

  it('flags the agency far above its peers and no one else', () => {
    const found = FINE_OUTLIER.evaluate(rows([1000, 1100, 900, 1050, 950, 5000]), TODAY, {});
    expect(found.map((f) => f.agencyCreditCode)).toEqual(['AG5']);
    expect(found[0]?.finding.key).toBe('SJ-CF-0122');
    expect(found[0]?.finding.message).toBe(
      '本执法主体对事项 SJ-CF-0122 的4件罚款平均5,000元, 明显高于6个执法主体的中位数1,025元 (稳健z分数35.7, 阈值3.5)',
    );
  });

  it('flags one far below as well', () => {
    const found = FINE_OUTLIER.evaluate(rows([1000, 1100, 900, 1050, 950, 10]), TODAY, {});
    expect(found[0]?.finding.message).toContain('明显低于');
  });

  it('stays silent just under the threshold and fires just over it', () => {
    // z of 1,400 = 0.6745 · 375 / 75 = 3.3725; of 1,420 = 3.55.
    expect(FINE_OUTLIER.evaluate(rows([1000, 1100, 900, 1050, 950, 1400]), TODAY, {})).toEqual([]);
    expect(FINE_OUTLIER.evaluate(rows([1000, 1100, 900, 1050, 950, 1420]), TODAY, {})).toHaveLength(1);
    expect(FINE_OUTLIER.evaluate(rows([1000, 1100, 900, 1050, 950, 1420]), TODAY, { zScore: 4 })).toEqual([]);
  });

  it('needs enough peers for the item', () => {
    expect(FINE_OUTLIER.evaluate(rows([1000, 9000]), TODAY, {})).toEqual([]);
    expect(FINE_OUTLIER.evaluate(rows([1000, 1000, 1000, 1000, 3000]), TODAY, { minPeers: 6 })).toEqual([]);
    expect(FINE_OUTLIER.evaluate(rows([1000, 1000, 1000, 1000, 3000]), TODAY, {})).toHaveLength(1);
  });

  it('compares agencies within each item only', () => {
    const mixed = [...rows([1000, 1100, 900], 'A-1'), ...rows([50_000, 51_000, 49_000], 'B-2')];
    expect(FINE_OUTLIER.evaluate(mixed, TODAY, {})).toEqual([]);
  });
});
