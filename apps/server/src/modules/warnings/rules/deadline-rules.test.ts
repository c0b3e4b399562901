import type { CaseRecord } from '@jiandu/contracts/exchange';
import { describe, expect, it } from 'vitest';
import type { CaseRule } from './case-rule.ts';
import {
  DECISION_OVERDUE,
  HEARING_PERIOD_CUT_SHORT,
  PUBLICITY_OVERDUE,
  WITHDRAWAL_OVERDUE,
} from './deadline-rules.ts';
import { event, factsOf, penaltyCase } from './rule-fixtures.ts';

type Events = CaseRecord['events'];

const run = (rule: CaseRule, events: Events, today = '2026-11-27', params = {}, extra = {}) =>
  rule.evaluate(factsOf(penaltyCase({ events, ...extra }), { today }), params);

describe('DECISION_OVERDUE (90 calendar days from filing, plus extensions)', () => {
  const filedJuly1 = (decided?: string, more: Events = []) => [
    event('filed', '2026-07-01'),
    event('notified', '2026-07-20'),
    ...more,
    ...(decided ? [event('decided', decided)] : []),
  ];

  it('fires the day after day 90 and not on day 90', () => {
    expect(run(DECISION_OVERDUE, filedJuly1('2026-09-29'))).toEqual([]);
    const [found] = run(DECISION_OVERDUE, filedJuly1('2026-09-30'));
    expect(found?.ruleCode).toBe('DECISION_OVERDUE');
    expect(found?.message).toBe(
      '案件于2026-07-01立案, 应于2026-09-29前作出处罚决定 (90日), 实际于2026-09-30作出决定, 超期1日',
    );
    expect(found?.facts).toMatchObject({ filed: '2026-07-01', due: '2026-09-29', daysLate: 1 });
    expect(found?.parameters).toEqual({ days: 90 });
    expect(found?.basis).toBe('《行政处罚法》第六十条');
  });

  it('moves a day 90 that falls in the National Day holiday to the next working day', () => {
    const filed = (decided: string) => [event('filed', '2026-07-03'), event('decided', decided)];
    expect(run(DECISION_OVERDUE, filed('2026-10-08'))).toEqual([]);
    const [found] = run(DECISION_OVERDUE, filed('2026-10-09'));
    expect(found?.message).toContain('应于2026-10-08前作出处罚决定');
    expect(found?.facts.derivation).toContain('顺延至2026-10-08');
  });

  it('does not move a day 90 that falls on a 调休 working Saturday', () => {
    const filed = (decided: string) => [event('filed', '2026-07-12'), event('decided', decided)];
    expect(run(DECISION_OVERDUE, filed('2026-10-10'))).toEqual([]);
    expect(run(DECISION_OVERDUE, filed('2026-10-11'))[0]?.facts.due).toBe('2026-10-10');
  });

  it('adds approved extensions to the period', () => {
    const extended = filedJuly1('2026-10-20', [event('extension_approved', '2026-09-10', { days: 30 })]);
    expect(run(DECISION_OVERDUE, extended)).toEqual([]);
    const late = filedJuly1('2026-10-30', [event('extension_approved', '2026-09-10', { days: 30 })]);
    expect(run(DECISION_OVERDUE, late)[0]?.message).toContain(
      '应于2026-10-29前作出处罚决定 (90日, 含批准延长30日)',
    );
  });

  it('fires on an open case only once today is past the due date', () => {
    expect(run(DECISION_OVERDUE, filedJuly1(), '2026-09-29')).toEqual([]);
    const [found] = run(DECISION_OVERDUE, filedJuly1(), '2026-09-30');
    expect(found?.message).toBe('案件于2026-07-01立案, 应于2026-09-29前作出处罚决定 (90日), 至今未作出决定');
    expect(found?.facts.daysLate).toBeNull();
  });

  it('takes the period from the parameters', () => {
    expect(run(DECISION_OVERDUE, filedJuly1('2026-09-30'), undefined, { days: 100 })).toEqual([]);
    expect(run(DECISION_OVERDUE, filedJuly1('2026-09-20'), undefined, { days: 60 })[0]?.parameters).toEqual({
      days: 60,
    });
  });

  it('leaves simple-procedure penalties and other kinds alone', () => {
    expect(run(DECISION_OVERDUE, filedJuly1('2026-12-30'), undefined, {}, { procedure: 'simple' })).toEqual(
      [],
    );
    expect(run(DECISION_OVERDUE, filedJuly1('2026-12-30'), undefined, {}, { kind: 'license' })).toEqual([]);
  });
});

describe('PUBLICITY_OVERDUE (7 working days from the decision)', () => {
  const decided = (published?: string) => [
    event('filed', '2026-09-01'),
    event('notified', '2026-09-10'),
    event('decided', '2026-09-24'),
    ...(published ? [event('published', published)] : []),
  ];

  it('says what the spec example says when nothing was published', () => {
    expect(run(PUBLICITY_OVERDUE, decided(), '2026-10-12')).toEqual([]);
    const [found] = run(PUBLICITY_OVERDUE, decided(), '2026-10-13');
    expect(found?.message).toContain('处罚决定于2026-09-24作出, 应于2026-10-12前公示, 至今未公示');
    expect(found?.facts.derivation).toContain('国庆节');
    expect(found?.facts.derivation).toContain('计入调休上班日2026-10-10');
  });

  it('fires on a late publication, not on one on the due date', () => {
    expect(run(PUBLICITY_OVERDUE, decided('2026-10-12'))).toEqual([]);
    const [found] = run(PUBLICITY_OVERDUE, decided('2026-10-13'));
    expect(found?.message).toContain('实际于2026-10-13公示, 逾期1日');
  });

  it('counts a 调休 working Sunday as a working day', () => {
    const friday = (published: string) => [event('decided', '2026-09-18'), event('published', published)];
    expect(run(PUBLICITY_OVERDUE, friday('2026-09-20'), undefined, { workingDays: 1 })).toEqual([]);
    expect(run(PUBLICITY_OVERDUE, friday('2026-09-21'), undefined, { workingDays: 1 })[0]?.facts.due).toBe(
      '2026-09-20',
    );
  });

  it('takes the number of working days from the parameters', () => {
    expect(run(PUBLICITY_OVERDUE, decided('2026-10-13'), undefined, { workingDays: 8 })).toEqual([]);
  });

  it('applies to licences and not to inspections', () => {
    expect(run(PUBLICITY_OVERDUE, decided(), undefined, {}, { kind: 'license' })[0]?.message).toContain(
      '许可决定于2026-09-24作出',
    );
    expect(run(PUBLICITY_OVERDUE, decided(), undefined, {}, { kind: 'inspection' })).toEqual([]);
  });

  it('does not count a publication before the decision', () => {
    const early = [event('published', '2026-09-01'), event('decided', '2026-09-24')];
    expect(run(PUBLICITY_OVERDUE, early)[0]?.message).toContain('至今未公示');
  });

  it('marks a due date in a year whose holidays are not loaded as provisional', () => {
    const [found] = run(PUBLICITY_OVERDUE, [event('decided', '2026-12-28')], '2027-01-20');
    expect(found?.facts.provisional).toBe(true);
    expect(found?.message).toContain('暂按周一至周五计算');
  });
});

describe('WITHDRAWAL_OVERDUE (3 working days from the reversal)', () => {
  const reversed = (
    withdrawn?: string,
    type: 'reconsideration_reversed' | 'litigation_reversed' = 'reconsideration_reversed',
  ) => [
    event('decided', '2026-03-02'),
    event('published', '2026-03-04'),
    event(type, '2026-04-30'),
    ...(withdrawn ? [event('withdrawn', withdrawn)] : []),
  ];

  it('skips the May Day holiday and fires the day after the third working day', () => {
    expect(run(WITHDRAWAL_OVERDUE, reversed('2026-05-08'))).toEqual([]);
    const [found] = run(WITHDRAWAL_OVERDUE, reversed('2026-05-09'));
    expect(found?.message).toContain(
      '于2026-04-30复议纠错, 应于2026-05-08前撤下公示, 实际于2026-05-09撤下, 逾期1日',
    );
  });

  it('ends a four-working-day period on the 调休 Saturday 2026-05-09', () => {
    expect(run(WITHDRAWAL_OVERDUE, reversed('2026-05-09'), undefined, { workingDays: 4 })).toEqual([]);
    expect(run(WITHDRAWAL_OVERDUE, reversed('2026-05-11'), undefined, { workingDays: 4 })[0]?.facts.due).toBe(
      '2026-05-09',
    );
  });

  it('fires on an open take-down once today is past the due date', () => {
    expect(run(WITHDRAWAL_OVERDUE, reversed(undefined, 'litigation_reversed'), '2026-05-08')).toEqual([]);
    const [found] = run(WITHDRAWAL_OVERDUE, reversed(undefined, 'litigation_reversed'), '2026-05-09');
    expect(found?.message).toContain('诉讼败诉, 应于2026-05-08前撤下公示, 至今未撤下');
  });

  it('needs a publication to take down', () => {
    const unpublished = [event('decided', '2026-03-02'), event('reconsideration_reversed', '2026-04-30')];
    expect(run(WITHDRAWAL_OVERDUE, unpublished)).toEqual([]);
  });
});

describe('HEARING_PERIOD_CUT_SHORT (5 working days after notice)', () => {
  const person = { party: { type: 'person' as const, name: '张某', idNumber: '210102199001011234' } };
  const fined = (amount: number) => ({
    ...person,
    decision: { penalties: [{ type: 'fine' as const, amount }] },
  });
  const notified = (decided: string, more: Events = []) => [
    event('filed', '2026-09-01'),
    event('notified', '2026-09-24'),
    ...more,
    event('decided', decided),
  ];

  it('counts the request period across the National Day holiday to a Friday', () => {
    const [found] = run(HEARING_PERIOD_CUT_SHORT, notified('2026-10-09'), undefined, {}, fined(5000));
    expect(found?.message).toBe(
      '2026-09-24告知当事人听证权利, 听证申请期 (5个工作日) 至2026-10-09届满, 但2026-10-09即作出处罚决定, 且未举行听证',
    );
  });

  it('allows a decision on the next day, the 调休 working Saturday', () => {
    expect(run(HEARING_PERIOD_CUT_SHORT, notified('2026-10-10'), undefined, {}, fined(5000))).toEqual([]);
  });

  it('is silent when a hearing was held before the decision', () => {
    const held = [event('hearing_requested', '2026-09-25'), event('hearing_held', '2026-10-08')];
    expect(run(HEARING_PERIOD_CUT_SHORT, notified('2026-10-09', held), undefined, {}, fined(5000))).toEqual(
      [],
    );
  });

  it('judges eligibility with the rule’s thresholds, one yuan away', () => {
    expect(run(HEARING_PERIOD_CUT_SHORT, notified('2026-09-25'), undefined, {}, fined(4999))).toEqual([]);
    const lower = { personFine: 4999 };
    expect(run(HEARING_PERIOD_CUT_SHORT, notified('2026-09-25'), undefined, lower, fined(4999))).toHaveLength(
      1,
    );
  });

  it('follows the record when it says whether a hearing had to be offered', () => {
    const revoked = { ...person, decision: { penalties: [{ type: 'revocation' as const }] } };
    expect(run(HEARING_PERIOD_CUT_SHORT, notified('2026-09-25'), undefined, {}, revoked)).toHaveLength(1);
    const declared = { ...revoked, hearingEligible: false };
    expect(run(HEARING_PERIOD_CUT_SHORT, notified('2026-09-25'), undefined, {}, declared)).toEqual([]);
  });

  it('takes the period from the parameters', () => {
    expect(
      run(HEARING_PERIOD_CUT_SHORT, notified('2026-10-09'), undefined, { workingDays: 4 }, fined(5000)),
    ).toEqual([]);
  });
});
