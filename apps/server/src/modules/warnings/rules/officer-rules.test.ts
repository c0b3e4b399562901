import { describe, expect, it } from 'vitest';
import { OFFICER_NOT_CERTIFIED, REVIEWER_NOT_QUALIFIED, TOO_FEW_OFFICERS } from './officer-rules.ts';
import { AGENCY, event, FakeReference, factsOf, OTHER_AGENCY, penaltyCase } from './rule-fixtures.ts';

describe('TOO_FEW_OFFICERS', () => {
  it('fires with one officer and not with two', () => {
    expect(TOO_FEW_OFFICERS.evaluate(factsOf(penaltyCase()), {})).toEqual([]);
    const [found] = TOO_FEW_OFFICERS.evaluate(factsOf(penaltyCase({ officers: ['A001'] })), {});
    expect(found?.message).toBe('本行政处罚案件只有1名执法人员 (A001), 少于2人');
    expect(found?.parameters).toEqual({ minOfficers: 2 });
  });

  it('counts a certificate number written twice once', () => {
    const twice = penaltyCase({ officers: ['A001', ' a001 '] });
    expect(TOO_FEW_OFFICERS.evaluate(factsOf(twice), {})[0]?.facts.count).toBe(1);
  });

  it('applies to inspections and coercion, not to licences', () => {
    for (const kind of ['inspection', 'coercion'] as const)
      expect(TOO_FEW_OFFICERS.evaluate(factsOf(penaltyCase({ kind, officers: ['A001'] })), {})).toHaveLength(
        1,
      );
    expect(
      TOO_FEW_OFFICERS.evaluate(factsOf(penaltyCase({ kind: 'license', officers: ['A001'] })), {}),
    ).toEqual([]);
  });

  it('takes the minimum from the parameters', () => {
    expect(TOO_FEW_OFFICERS.evaluate(factsOf(penaltyCase()), { minOfficers: 3 })[0]?.message).toContain(
      '少于3人',
    );
  });
});

describe('OFFICER_NOT_CERTIFIED (on the decision day 2026-03-31)', () => {
  const withOfficer = (certificate: Parameters<FakeReference['certificates']['set']>[1]) => {
    const reference = new FakeReference();
    reference.certificates.set('B001', certificate);
    return OFFICER_NOT_CERTIFIED.evaluate(
      factsOf(penaltyCase({ officers: ['A001', 'B001'] }), { reference }),
      {},
    );
  };
  const base = { agency: AGENCY, validFrom: '2020-01-01', validTo: '2029-12-31' };

  it('is silent when every certificate is valid that day', () => {
    expect(withOfficer(base)).toEqual([]);
    expect(withOfficer({ ...base, validTo: '2026-03-31' })).toEqual([]);
    expect(withOfficer({ ...base, status: 'suspended', statusFrom: '2026-04-01' })).toEqual([]);
  });

  it('fires on a certificate that expired the day before', () => {
    const [found] = withOfficer({ ...base, validTo: '2026-03-30' });
    expect(found?.key).toBe('B001');
    expect(found?.message).toBe('执法人员执法证 B001 在2026-03-31状态为已过期');
  });

  it('fires on a certificate suspended from that day', () => {
    const [found] = withOfficer({ ...base, status: 'suspended', statusFrom: '2026-03-31' });
    expect(found?.message).toContain('状态为暂扣');
  });

  it('fires on another agency’s officer, a supervision certificate and an unknown number', () => {
    expect(withOfficer({ ...base, agency: OTHER_AGENCY })[0]?.message).toContain(
      `属于其他执法主体 (${OTHER_AGENCY})`,
    );
    expect(withOfficer({ ...base, type: 'supervision' })[0]?.message).toContain('行政执法监督证');
    const unknown = OFFICER_NOT_CERTIFIED.evaluate(factsOf(penaltyCase({ officers: ['A001', 'X999'] })), {});
    expect(unknown.map((f) => f.message)).toEqual([
      '执法人员执法证 X999 在2026-03-31证号在执法证登记中不存在',
    ]);
  });

  it('fires on a certificate issued after the act', () => {
    expect(withOfficer({ ...base, validFrom: '2026-04-01' })[0]?.message).toContain('尚未颁发');
  });

  it('gives one finding per bad officer', () => {
    const both = OFFICER_NOT_CERTIFIED.evaluate(factsOf(penaltyCase({ officers: ['X1', 'X2', 'A001'] })), {});
    expect(both.map((f) => f.key)).toEqual(['X1', 'X2']);
  });
});

describe('REVIEWER_NOT_QUALIFIED', () => {
  const reviewed = (reviewer: string, reference = new FakeReference()) =>
    REVIEWER_NOT_QUALIFIED.evaluate(
      factsOf(
        penaltyCase({
          major: true,
          events: [
            event('filed', '2026-03-02'),
            event('notified', '2026-03-20'),
            event('legal_review', '2026-03-27', { reviewer, opinion: 'approved' }),
            event('decided', '2026-03-31'),
          ],
        }),
        { reference },
      ),
      {},
    );

  it('is silent for a registered legal reviewer with a valid certificate', () => {
    expect(reviewed('R001')).toEqual([]);
  });

  it('fires for an officer who is not a registered legal reviewer', () => {
    const [found] = reviewed('A001');
    expect(found?.message).toBe('2026-03-27的法制审核由 A001 作出, 该人员未登记为法制审核人员');
    expect(found?.key).toBe('A001');
  });

  it('judges the reviewer’s certificate on the review day, one day either side', () => {
    const suspended = (from: string) => {
      const reference = new FakeReference();
      reference.certificates.set('R001', {
        agency: AGENCY,
        validFrom: '2020-01-01',
        validTo: '2029-12-31',
        legalReviewer: true,
        status: 'revoked',
        statusFrom: from,
      });
      return reviewed('R001', reference);
    };
    expect(suspended('2026-03-28')).toEqual([]);
    expect(suspended('2026-03-27')[0]?.message).toContain('执法证状态为吊销');
  });

  it('fires for an unknown reviewer', () => {
    expect(reviewed('Z404')[0]?.message).toContain('证号在执法证登记中不存在');
  });
});
