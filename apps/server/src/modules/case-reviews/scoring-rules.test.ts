import { DEFAULT_RUBRIC } from '@jiandu/contracts/case-review-labels';
import { RubricContentSchema } from '@jiandu/contracts/case-reviews';
import { describe, expect, it } from 'vitest';
import { combine, rubricItems, sheetProblems, sheetTotal } from './scoring-rules.ts';

const grades = DEFAULT_RUBRIC.grades;
const none = { vetoOverridden: false, consensusScore: null };
const done = (total: number, vetoed = false) => ({ submitted: true, total, vetoed });

describe('the default rubric', () => {
  it('has the nine veto items, 20 points of form and 80 of content, and passes its own checks', () => {
    expect(DEFAULT_RUBRIC.vetoItems).toHaveLength(9);
    expect(DEFAULT_RUBRIC.vetoItems.map((v) => v.label)).toContain('执法人员少于2人');
    expect(DEFAULT_RUBRIC.sections.form.total).toBe(20);
    expect(DEFAULT_RUBRIC.sections.content.total).toBe(80);
    expect(RubricContentSchema.safeParse(DEFAULT_RUBRIC).success).toBe(true);
  });

  it('refuses sections whose items do not add up, repeated codes and disordered grades', () => {
    const bad = structuredClone(DEFAULT_RUBRIC);
    bad.sections.form.items[0]!.maxPoints = 6;
    bad.vetoItems[1]!.code = 'V01';
    bad.grades = { excellent: 80, good: 85, pass: 60 };
    const issues = RubricContentSchema.safeParse(bad).error!.issues.map((i) => i.message);
    expect(issues).toContain('卷面标准各评分项满分合计 21 分, 与该部分总分 20 分不一致');
    expect(issues).toContain('编号 V01 重复');
    expect(issues).toContain('等次分数线应满足 0 < 合格 < 良好 < 优秀 ≤ 满分 (100 分)');
  });
});

describe('a score sheet', () => {
  const full = Object.fromEntries(rubricItems(DEFAULT_RUBRIC).map((i) => [i.code, i.maxPoints]));

  it('adds up its items', () => {
    expect(sheetTotal(DEFAULT_RUBRIC, full)).toBe(100);
    expect(sheetTotal(DEFAULT_RUBRIC, { ...full, C02: 12.5 })).toBe(92.5);
  });

  it('refuses points above an item maximum, unknown items and vetoes, and gaps when complete', () => {
    const problems = sheetProblems(
      DEFAULT_RUBRIC,
      { vetoes: [{ code: 'V99', note: '不存在' }], scores: { F01: 6, X1: 1 } },
      true,
    ).map((p) => p.message);
    expect(problems).toContain('「文书格式规范, 内容填写完整、字迹清楚」得分 6 分超过该项满分 5 分');
    expect(problems).toContain('评分项 X1 不在评查标准中');
    expect(problems).toContain('否决项 V99 不在评查标准中');
    expect(problems).toContain('请为「签名、盖章、日期齐全」评分');
    expect(sheetProblems(DEFAULT_RUBRIC, { vetoes: [], scores: { F01: 3 } }, false)).toEqual([]);
  });
});

describe('combining the sheets of a file', () => {
  it('waits for every sheet', () => {
    expect(
      combine([done(90), { submitted: false, total: null, vetoed: false }], none, 15, grades).scored,
    ).toBe(false);
  });

  it('takes the mean and grades it', () => {
    expect(combine([done(92), done(86)], none, 15, grades)).toEqual({
      scored: true,
      score: 89,
      grade: 'good',
      vetoed: false,
      needsConsensus: false,
    });
    expect(combine([done(95), done(91)], none, 15, grades).grade).toBe('excellent');
    expect(combine([done(62), done(58)], none, 15, grades).grade).toBe('pass');
    expect(combine([done(50), done(55)], none, 15, grades).grade).toBe('fail');
  });

  it('fails the file with 0 points on any veto, unless the organizer set it aside', () => {
    expect(combine([done(95, true), done(93)], none, 15, grades)).toMatchObject({
      score: 0,
      grade: 'fail',
      vetoed: true,
    });
    expect(
      combine([done(95, true), done(93)], { vetoOverridden: true, consensusScore: null }, 15, grades),
    ).toMatchObject({ score: 94, grade: 'excellent', vetoed: false });
  });

  it('flags totals further apart than the gap, until a deliberated score is recorded', () => {
    expect(combine([done(90), done(74)], none, 15, grades)).toMatchObject({
      needsConsensus: true,
      score: 82,
    });
    expect(combine([done(90), done(75)], none, 15, grades).needsConsensus).toBe(false);
    expect(
      combine([done(90), done(70)], { vetoOverridden: false, consensusScore: 78 }, 15, grades),
    ).toMatchObject({ needsConsensus: false, score: 78, grade: 'pass' });
  });
});
