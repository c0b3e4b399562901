import { RULES_BY_CODE } from '@jiandu/contracts/warning-rules';
import { describe, expect, it } from 'vitest';
import { compileResolver, defaultsOf, type StoredParameter } from './parameter-resolution.ts';
import { parameterProblems } from './parameter-validation.ts';

let seq = 0;
function row(
  over: Partial<StoredParameter> & Pick<StoredParameter, 'value' | 'effectiveFrom'>,
): StoredParameter {
  seq += 1;
  return {
    ruleCode: 'DECISION_OVERDUE',
    key: 'days',
    regionCode: null,
    field: null,
    createdAt: `2026-01-01T00:00:${String(seq).padStart(2, '0')}.000Z`,
    ...over,
  };
}

const heping = { regionCode: '210102', field: 'market' as const };

describe('resolving a rule parameter', () => {
  it('answers with the shared defaults when nothing is set', () => {
    const resolve = compileResolver([]);
    const values = resolve('DECISION_OVERDUE', { ...heping, day: '2026-06-01' });
    expect(values).toEqual({ days: 90 });
    expect(values).toBe(defaultsOf('DECISION_OVERDUE'));
  });

  it('prefers the county to the city to the province to everywhere', () => {
    const rows = [
      row({ value: 60, effectiveFrom: '2026-01-01' }),
      row({ value: 70, effectiveFrom: '2026-01-01', regionCode: '210000' }),
      row({ value: 80, effectiveFrom: '2026-01-01', regionCode: '210100' }),
      row({ value: 100, effectiveFrom: '2026-01-01', regionCode: '210102' }),
    ];
    const resolve = compileResolver(rows);
    const on = (regionCode: string) => resolve('DECISION_OVERDUE', { regionCode, day: '2026-06-01' }).days;
    expect(on('210102')).toBe(100);
    expect(on('210102001')).toBe(100); // a township of the county
    expect(on('210103')).toBe(80); // another district of the city
    expect(on('210202')).toBe(70); // Dalian: the province's value
    expect(on('110101')).toBe(60); // Beijing: the everywhere value
  });

  it('prefers a named field to all fields within the same region', () => {
    const resolve = compileResolver([
      row({ value: 80, effectiveFrom: '2026-01-01', regionCode: '210100' }),
      row({ value: 45, effectiveFrom: '2026-01-01', regionCode: '210100', field: 'market' }),
      row({ value: 120, effectiveFrom: '2026-01-01', field: 'market' }),
    ]);
    expect(resolve('DECISION_OVERDUE', { ...heping, day: '2026-06-01' }).days).toBe(45);
    expect(
      resolve('DECISION_OVERDUE', { regionCode: '210102', field: 'transport', day: '2026-06-01' }).days,
    ).toBe(80);
    // Outside the city only the value for the field everywhere applies.
    expect(
      resolve('DECISION_OVERDUE', { regionCode: '210202', field: 'market', day: '2026-06-01' }).days,
    ).toBe(120);
  });

  it('prefers a deeper region to a field-specific value set higher up', () => {
    const resolve = compileResolver([
      row({ value: 80, effectiveFrom: '2026-01-01', regionCode: '210100' }),
      row({ value: 120, effectiveFrom: '2026-01-01', field: 'market' }),
    ]);
    expect(resolve('DECISION_OVERDUE', { ...heping, day: '2026-06-01' }).days).toBe(80);
  });

  it('takes the latest value in force on the day, and the defaults before any', () => {
    const resolve = compileResolver([
      row({ value: 100, effectiveFrom: '2026-03-01', regionCode: '210102' }),
      row({ value: 110, effectiveFrom: '2026-07-01', regionCode: '210102' }),
    ]);
    const on = (day: string) => resolve('DECISION_OVERDUE', { ...heping, day }).days;
    expect(on('2026-02-28')).toBe(90);
    expect(on('2026-03-01')).toBe(100);
    expect(on('2026-06-30')).toBe(100);
    expect(on('2026-07-01')).toBe(110);
    expect(on('2027-01-01')).toBe(110);
  });

  it('lets a later entry for the same day correct an earlier one', () => {
    const resolve = compileResolver([
      row({ value: 100, effectiveFrom: '2026-03-01', regionCode: '210102' }),
      row({ value: 95, effectiveFrom: '2026-03-01', regionCode: '210102' }),
    ]);
    expect(resolve('DECISION_OVERDUE', { ...heping, day: '2026-04-01' }).days).toBe(95);
  });

  it('falls back to the broader value once a setting is withdrawn', () => {
    const resolve = compileResolver([
      row({ value: 80, effectiveFrom: '2026-01-01', regionCode: '210100' }),
      row({ value: 100, effectiveFrom: '2026-02-01', regionCode: '210102' }),
      row({ value: null, effectiveFrom: '2026-05-01', regionCode: '210102' }),
    ]);
    const on = (day: string) => resolve('DECISION_OVERDUE', { ...heping, day }).days;
    expect(on('2026-04-30')).toBe(100);
    expect(on('2026-05-01')).toBe(80);
  });

  it('resolves each key of a rule on its own, leaving the others at their defaults', () => {
    const resolve = compileResolver([
      row({
        ruleCode: 'HEARING_PERIOD_CUT_SHORT',
        key: 'personFine',
        value: 10_000,
        effectiveFrom: '2026-01-01',
      }),
      row({ ruleCode: 'HEARING_PERIOD_CUT_SHORT', key: 'gone', value: 1, effectiveFrom: '2026-01-01' }),
    ]);
    expect(resolve('HEARING_PERIOD_CUT_SHORT', { ...heping, day: '2026-06-01' })).toEqual({
      workingDays: 5,
      personFine: 10_000,
      organizationFine: 100_000,
    });
    expect(resolve('DECISION_OVERDUE', { ...heping, day: '2026-06-01' })).toBe(
      defaultsOf('DECISION_OVERDUE'),
    );
  });

  it('answers a million questions quickly', () => {
    const resolve = compileResolver([
      row({ value: 80, effectiveFrom: '2026-01-01', regionCode: '210100' }),
      row({ value: 100, effectiveFrom: '2026-02-01', regionCode: '210102', field: 'market' }),
    ]);
    const regions = ['210102', '210103', '210106', '210202', '210302'];
    const started = performance.now();
    let sum = 0;
    for (let i = 0; i < 1_000_000; i++)
      sum +=
        resolve(i % 3 ? 'DECISION_OVERDUE' : 'PUBLICITY_OVERDUE', {
          regionCode: regions[i % 5]!,
          field: 'market',
          day: i % 2 ? '2026-01-15' : '2026-08-01',
        }).days ?? 0;
    expect(sum).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('checking a new parameter value', () => {
  const hearing = RULES_BY_CODE.HEARING_PERIOD_CUT_SHORT;

  it('accepts a value in range and a withdrawal', () => {
    expect(parameterProblems(hearing, 'workingDays', 10)).toEqual([]);
    expect(parameterProblems(hearing, 'workingDays', null)).toEqual([]);
  });

  it('refuses values out of range, fractions of days and unknown keys, in Chinese', () => {
    expect(parameterProblems(hearing, 'workingDays', 61)[0]!.message).toBe(
      '「听证申请期」应在 1 至 60个工作日 之间, 收到 61',
    );
    expect(parameterProblems(hearing, 'workingDays', 2.5)[0]!.message).toBe(
      '「听证申请期」应为整数 (个工作日)',
    );
    expect(parameterProblems(hearing, 'days', 5)[0]).toMatchObject({ path: 'key' });
    expect(parameterProblems(RULES_BY_CODE.NO_PRIOR_NOTICE, 'days', 5)[0]!.message).toBe(
      '规则「作出处罚决定前未告知」没有可调整的参数',
    );
    expect(parameterProblems(RULES_BY_CODE.FINE_OUTLIER, 'zScore', 2.75)).toEqual([]);
  });
});
