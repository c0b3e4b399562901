import type { BenchmarkContent } from '@jiandu/contracts/catalogue';
import { describe, expect, it } from 'vitest';
import {
  choose,
  type DatedBenchmark,
  fineRange,
  isLighter,
  outcomeOf,
  versionOn,
} from './benchmark-evaluation.ts';

// 道路运输条例: unlicensed goods transport, before and after the 2022 revision.
const before: BenchmarkContent = {
  document: '辽宁省交通运输行政处罚裁量权基准',
  documentNumber: '辽交发〔2019〕8号',
  tiers: [
    {
      circumstance: 'general',
      conditions: '一般情形',
      penalties: ['confiscation'],
      fine: {
        mode: 'multiple',
        of: 'illegalGains',
        minTimes: 2,
        maxTimes: 10,
        fallback: { below: 20000, min: 30000, max: 100000 },
      },
    },
    {
      circumstance: 'heavier',
      conditions: '两年内再次违法',
      penalties: ['confiscation'],
      fine: { mode: 'absolute', min: 70000, max: 100000 },
    },
  ],
  lists: [],
};
const after: BenchmarkContent = {
  document: '辽宁省交通运输行政处罚裁量权基准',
  documentNumber: '辽交发〔2022〕15号',
  tiers: [
    {
      circumstance: 'general',
      conditions: '一般情形',
      penalties: ['confiscation'],
      fine: {
        mode: 'multiple',
        of: 'illegalGains',
        minTimes: 1,
        maxTimes: 5,
        fallback: { below: 10000, min: 3000, max: 10000 },
      },
    },
    {
      circumstance: 'heavier',
      conditions: '两年内再次违法',
      penalties: ['confiscation', 'revocation'],
      fine: { mode: 'absolute', min: 7000, max: 10000 },
    },
  ],
  lists: [{ list: 'firstOffenceExempt', behaviour: '首次未携带道路运输证', conditions: '及时改正' }],
};
const versions: DatedBenchmark[] = [
  { version: 2, effectiveFrom: '2022-05-01', effectiveTo: null, content: after },
  { version: 1, effectiveFrom: '2019-03-01', effectiveTo: '2022-04-30', content: before },
];

describe('versionOn', () => {
  it('finds the version in force on a date, both ends inclusive', () => {
    expect(versionOn(versions, '2022-04-30')?.version).toBe(1);
    expect(versionOn(versions, '2022-05-01')?.version).toBe(2);
    expect(versionOn(versions, '2019-02-28')).toBeUndefined();
  });
});

describe('fineRange', () => {
  it('multiplies the illegal gains', () => {
    const r = fineRange(
      { mode: 'multiple', of: 'illegalGains', minTimes: 2, maxTimes: 10 },
      { illegalGains: 25000.5 },
    );
    expect(r).toMatchObject({ ok: true, min: 50001, max: 250005 });
  });
  it('uses the absolute fallback when the gains are below the threshold or absent', () => {
    const rule = before.tiers[0]?.fine;
    if (!rule) throw new Error('fixture');
    expect(fineRange(rule, { illegalGains: 19999 })).toMatchObject({ ok: true, min: 30000, max: 100000 });
    const none = fineRange(rule, { illegalGains: 0 });
    expect(none).toMatchObject({ ok: true, min: 30000, max: 100000 });
    expect(none.ok && none.explanation).toContain('没有违法所得');
  });
  it('asks for the base when it is missing', () => {
    const r = fineRange(
      { mode: 'multiple', of: 'goodsValue', minTimes: 1, maxTimes: 3 },
      { illegalGains: 100 },
    );
    expect(r).toEqual({ ok: false, message: '该阶次按货值金额的倍数确定罚款, 请提供货值金额 (没有的填 0)' });
  });
});

describe('choose (从旧兼从轻)', () => {
  it('applies the act-time benchmark when nothing changed', () => {
    const r = choose(versions, {
      circumstance: 'general',
      actDate: '2023-01-10',
      decisionDate: '2023-03-01',
      illegalGains: 50000,
    });
    expect(r.ok && r.choice.appliedRule).toBe('act');
    expect(r.ok && r.choice.applied.fine).toMatchObject({ min: 50000, max: 250000 });
  });
  it('applies the lighter decision-time benchmark and says why', () => {
    const r = choose(versions, {
      circumstance: 'general',
      actDate: '2022-03-10',
      decisionDate: '2022-06-01',
      illegalGains: 50000,
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.choice.appliedRule).toBe('decision');
    expect(r.choice.applied.benchmarkVersion).toBe(2);
    expect(r.choice.applied.fine).toMatchObject({ min: 50000, max: 250000 });
    expect(r.choice.other?.fine).toMatchObject({ min: 100000, max: 500000 });
    expect(r.choice.basis).toContain('从旧兼从轻');
    expect(r.choice.basis).toContain('第三十七条');
  });
  it('keeps the act-time benchmark when the new one is heavier in kind though lighter in money', () => {
    const r = choose(versions, {
      circumstance: 'heavier',
      actDate: '2022-03-10',
      decisionDate: '2022-06-01',
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.choice.appliedRule).toBe('act');
    expect(r.choice.applied.fine).toMatchObject({ min: 70000, max: 100000 });
    expect(r.choice.basis).toContain('新旧基准轻重不一');
  });
  it('refuses when no benchmark was in force', () => {
    const r = choose(versions, { circumstance: 'general', actDate: '2018-01-01' });
    expect(r).toEqual({ ok: false, message: '该事项在违法行为发生之日 (2018-01-01) 没有有效的裁量基准' });
  });
  it('names a tier the benchmark does not set', () => {
    const r = outcomeOf(versions[1] as DatedBenchmark, 'mitigated', {});
    expect(r).toEqual({ ok: false, message: '第1版裁量基准未设定"减轻处罚"阶次' });
  });
});

describe('isLighter', () => {
  it('compares kind of penalty, then the highest and lowest fine', () => {
    const base = {
      benchmarkVersion: 1,
      effectiveFrom: '2020-01-01',
      effectiveTo: null,
      document: 'x',
      documentNumber: null,
      conditions: '',
      explanation: '',
    };
    const warning = { ...base, penalties: ['warning' as const], fine: null };
    const fine = { ...base, penalties: ['fine' as const], fine: { min: 100, max: 1000, rule: '' } };
    const lowerFine = { ...fine, fine: { min: 100, max: 900, rule: '' } };
    expect(isLighter(warning, fine)).toBe(true);
    expect(isLighter(lowerFine, fine)).toBe(true);
    expect(isLighter(fine, fine)).toBe(false);
    expect(isLighter(fine, lowerFine)).toBe(false);
  });
});
