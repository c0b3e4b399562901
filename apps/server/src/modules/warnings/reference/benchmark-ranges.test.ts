import type { BenchmarkContent } from '@jiandu/contracts/catalogue';
import { describe, expect, it } from 'vitest';
import { CompiledBenchmark } from './benchmark-ranges.ts';

const content: BenchmarkContent = {
  document: '《辽宁省市场监督管理行政处罚裁量基准》',
  documentNumber: '辽市监发〔2024〕12号',
  lists: [],
  tiers: [
    { circumstance: 'exempt', conditions: '初次违法且危害后果轻微并及时改正', penalties: [] },
    { circumstance: 'lighter', conditions: '主动消除或者减轻危害后果', penalties: ['warning'] },
    {
      circumstance: 'general',
      conditions: '一般情节',
      penalties: ['warning'],
      fine: { mode: 'absolute', min: 5_000, max: 30_000 },
    },
    {
      circumstance: 'heavier',
      conditions: '造成严重后果',
      penalties: ['confiscation'],
      fine: {
        mode: 'multiple',
        of: 'illegalGains',
        minTimes: 3,
        maxTimes: 5,
        fallback: { below: 10_000, min: 40_000, max: 50_000 },
      },
    },
  ],
};

describe('benchmark ranges', () => {
  const benchmark = new CompiledBenchmark({ version: 2, effectiveFrom: '2024-03-01', content });
  const ranges = {
    exempt: benchmark.range('exempt'),
    lighter: benchmark.range('lighter'),
    general: benchmark.range('general'),
    heavier: benchmark.range('heavier'),
  };

  it('give an absolute rule its own range and name the document, version and tier', () => {
    expect(ranges.general).toEqual({
      min: 5_000,
      max: 30_000,
      source:
        '《辽宁省市场监督管理行政处罚裁量基准》 (辽市监发〔2024〕12号)第2版 (2024-03-01起施行)一般处罚阶次: 5,000元以上30,000元以下罚款',
    });
  });

  it('allow no fine where a tier sets none, and say whether it punishes at all', () => {
    expect(ranges.exempt).toMatchObject({ min: null, max: 0 });
    expect(ranges.exempt?.source).toMatch(/不予处罚阶次: 不予处罚$/);
    expect(ranges.lighter).toMatchObject({ min: null, max: 0 });
    expect(ranges.lighter?.source).toMatch(/不设罚款$/);
  });

  it('leave a multiple of the illegal gains open above, and below it at the least any amount gives', () => {
    const heavier = ranges.heavier!;
    expect(heavier).toMatchObject({ min: 30_000, max: null });
    // 违法所得 under 10,000 yuan: 40,000–50,000; from 10,000 up: 3 to 5 times, so at least 30,000.
    for (const gains of [0, 9_999, 10_000, 25_000, 1_000_000]) {
      const least = gains < 10_000 ? 40_000 : gains * 3;
      expect(least).toBeGreaterThanOrEqual(heavier.min!);
    }
  });

  it('have nothing for a circumstance the benchmark does not set, and give the same range when asked again', () => {
    expect(benchmark.range('mitigated')).toBeNull();
    expect(benchmark.range('general')).toBe(ranges.general);
  });
});
