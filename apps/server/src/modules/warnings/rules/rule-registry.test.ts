import { RULE_DEFINITIONS } from '@jiandu/contracts/warning-rules';
import { describe, expect, it } from 'vitest';
import { event, FakeReference, factsOf, penaltyCase } from './rule-fixtures.ts';
import { CASE_RULES, evaluateCase } from './rule-registry.ts';

const defaults = (): Record<string, number> => ({});

describe('the case rule registry', () => {
  it('holds every active per-case rule of the spec once, and not INSPECTION_NOT_IN_PLAN', () => {
    const expected = RULE_DEFINITIONS.filter((r) => r.scope === 'case' && r.active).map((r) => r.code);
    expect(CASE_RULES.map((r) => r.code)).toEqual(expected);
    expect(CASE_RULES.map((r) => r.code)).not.toContain('INSPECTION_NOT_IN_PLAN');
    for (const rule of CASE_RULES) expect(rule.version).toBeGreaterThanOrEqual(1);
  });

  it('finds nothing on a clean penalty', () => {
    expect(evaluateCase(factsOf(penaltyCase()), defaults)).toEqual([]);
  });

  it('finds every problem of a case that has several', () => {
    const reference = new FakeReference();
    reference.qualifiedFrom.clear();
    const record = penaltyCase({
      officers: ['A001', 'X404'],
      major: true,
      violationEndedAt: '2023-01-01',
      events: [event('filed', '2026-03-02'), event('decided', '2026-09-30')],
      decision: { penalties: [{ type: 'fine', amount: 9000 }], circumstance: 'general' },
    });
    const codes = evaluateCase(factsOf(record, { reference }), defaults).map((f) => f.ruleCode);
    expect(codes).toEqual([
      'DECISION_OVERDUE',
      'OFFICER_NOT_CERTIFIED',
      'MAJOR_WITHOUT_LEGAL_REVIEW',
      'NO_PRIOR_NOTICE',
      'FINE_OUTSIDE_BENCHMARK',
      'PUBLICITY_OVERDUE',
      'LIMITATION_EXPIRED',
      'AGENCY_NOT_QUALIFIED',
    ]);
  });

  it('asks for each rule’s parameters and uses them', () => {
    const asked: string[] = [];
    const record = penaltyCase({ officers: ['A001', 'A002'] });
    const findings = evaluateCase(factsOf(record), (code) => {
      asked.push(code);
      return code === 'TOO_FEW_OFFICERS' ? { minOfficers: 3 } : defaults();
    });
    expect(asked).toEqual(CASE_RULES.map((r) => r.code));
    expect(findings.map((f) => [f.ruleCode, f.parameters])).toEqual([
      ['TOO_FEW_OFFICERS', { minOfficers: 3 }],
    ]);
  });

  it('runs only the rules it is given', () => {
    const record = penaltyCase({ officers: ['A001'] });
    const only = CASE_RULES.filter((r) => r.code === 'OFFICER_NOT_CERTIFIED');
    expect(evaluateCase(factsOf(record), defaults, only)).toEqual([]);
  });
});
