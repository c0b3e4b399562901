import type { CaseRecord } from '@jiandu/contracts/exchange';
import { describe, expect, it } from 'vitest';
import {
  AV_RECORD_MISSING,
  LIMITATION_EXPIRED,
  MAJOR_WITHOUT_LEGAL_REVIEW,
  NO_PRIOR_NOTICE,
  SIMPLE_PROCEDURE_MISUSED,
} from './procedure-rules.ts';
import { event, factsOf, penaltyCase } from './rule-fixtures.ts';

const SHA = 'a'.repeat(64);

describe('MAJOR_WITHOUT_LEGAL_REVIEW', () => {
  const major = (...reviews: CaseRecord['events']) =>
    MAJOR_WITHOUT_LEGAL_REVIEW.evaluate(
      factsOf(
        penaltyCase({
          major: true,
          events: [event('filed', '2026-03-02'), ...reviews, event('decided', '2026-03-31')],
        }),
      ),
      {},
    );
  const review = (at: string, opinion: 'approved' | 'rejected' | 'amend') =>
    event('legal_review', at, { reviewer: 'R001', opinion });

  it('is silent with an approving review on the decision day', () => {
    expect(major(review('2026-03-31', 'approved'))).toEqual([]);
  });

  it('fires when the approval came the day after the decision', () => {
    const [found] = major(review('2026-04-01', 'approved'));
    expect(found?.message).toBe(
      '重大执法决定于2026-03-31作出, 此前没有审核意见为"同意"的法制审核 (已记录的法制审核: 2026-04-01 同意 (晚于决定))',
    );
  });

  it('does not count a rejection or an amendment as approval', () => {
    expect(major(review('2026-03-25', 'rejected'), review('2026-03-27', 'amend'))[0]?.message).toContain(
      '2026-03-25 不同意; 2026-03-27 修改后同意',
    );
    expect(major()[0]?.message).toContain('没有法制审核记录');
  });

  it('leaves cases that are not major, or not decided yet, alone', () => {
    expect(MAJOR_WITHOUT_LEGAL_REVIEW.evaluate(factsOf(penaltyCase()), {})).toEqual([]);
    const open = penaltyCase({ major: true, events: [event('filed', '2026-03-02')] });
    expect(MAJOR_WITHOUT_LEGAL_REVIEW.evaluate(factsOf(open), {})).toEqual([]);
  });
});

describe('NO_PRIOR_NOTICE', () => {
  const noticed = (notified: string | null, procedure: 'general' | 'simple' = 'general') =>
    NO_PRIOR_NOTICE.evaluate(
      factsOf(
        penaltyCase({
          procedure,
          events: [...(notified ? [event('notified', notified)] : []), event('decided', '2026-03-31')],
        }),
      ),
      {},
    );

  it('is silent when the notice came on the decision day', () => {
    expect(noticed('2026-03-31')).toEqual([]);
  });

  it('fires when the notice came a day after the decision, or never', () => {
    expect(noticed('2026-04-01')[0]?.message).toBe(
      '普通程序处罚决定于2026-03-31作出, 此前没有告知当事人拟作出的处罚及陈述、申辩、要求听证的权利 (告知记录于2026-04-01, 晚于决定)',
    );
    expect(noticed(null)).toHaveLength(1);
  });

  it('leaves the simple procedure alone', () => {
    expect(noticed(null, 'simple')).toEqual([]);
  });
});

describe('SIMPLE_PROCEDURE_MISUSED', () => {
  const person = { type: 'person' as const, name: '张某', idNumber: '210102199001011234' };
  const simple = (penalties: NonNullable<CaseRecord['decision']>['penalties'], party?: CaseRecord['party']) =>
    factsOf(penaltyCase({ procedure: 'simple', party, decision: { penalties } }));

  it('allows 200 yuan on a person and fires at 201', () => {
    expect(SIMPLE_PROCEDURE_MISUSED.evaluate(simple([{ type: 'fine', amount: 200 }], person), {})).toEqual(
      [],
    );
    const [found] = SIMPLE_PROCEDURE_MISUSED.evaluate(simple([{ type: 'fine', amount: 201 }], person), {});
    expect(found?.message).toBe(
      '简易程序只能当场给予警告或200元以下罚款; 本案对自然人罚款201元, 超过200元的上限, 应适用普通程序',
    );
    expect(found?.parameters).toEqual({ personLimit: 200, organizationLimit: 3000 });
  });

  it('allows 3,000 yuan on an organisation, or when no party is named, and fires at 3,001', () => {
    expect(SIMPLE_PROCEDURE_MISUSED.evaluate(simple([{ type: 'fine', amount: 3000 }]), {})).toEqual([]);
    const noParty = factsOf(
      penaltyCase({
        procedure: 'simple',
        party: undefined,
        decision: { penalties: [{ type: 'fine', amount: 3001 }] },
      }),
    );
    expect(SIMPLE_PROCEDURE_MISUSED.evaluate(noParty, {})[0]?.message).toContain(
      '罚款3,001元, 超过3,000元的上限',
    );
  });

  it('fires on a confiscation added to a warning', () => {
    const found = SIMPLE_PROCEDURE_MISUSED.evaluate(
      simple([{ type: 'warning' }, { type: 'confiscation' }], person),
      {},
    );
    expect(found[0]?.message).toContain('给予了没收违法所得、没收非法财物');
  });

  it('takes the limits from the parameters', () => {
    expect(
      SIMPLE_PROCEDURE_MISUSED.evaluate(simple([{ type: 'fine', amount: 201 }], person), {
        personLimit: 500,
      }),
    ).toEqual([]);
  });

  it('leaves the general procedure alone', () => {
    expect(
      SIMPLE_PROCEDURE_MISUSED.evaluate(
        factsOf(penaltyCase({ decision: { penalties: [{ type: 'revocation' }] } })),
        {},
      ),
    ).toEqual([]);
  });
});

describe('LIMITATION_EXPIRED (2 years)', () => {
  const filed = (violationEndedAt: string, day: string) =>
    LIMITATION_EXPIRED.evaluate(
      factsOf(penaltyCase({ violationEndedAt, events: [event('filed', day)] })),
      {},
    );

  it('allows filing on the anniversary and fires the day after', () => {
    expect(filed('2024-03-10', '2026-03-10')).toEqual([]);
    expect(filed('2024-03-10', '2026-03-11')[0]?.message).toBe(
      '违法行为于2024-03-10终了, 追责时效2年至2026-03-10届满, 但2026-03-11才立案',
    );
  });

  it('ends a period that starts on 29 February on 28 February', () => {
    expect(filed('2024-02-29', '2026-02-28')).toEqual([]);
    expect(filed('2024-02-29', '2026-03-01')[0]?.facts.limitEnd).toBe('2026-02-28');
  });

  it('takes the years from the parameters', () => {
    const facts = factsOf(
      penaltyCase({ violationEndedAt: '2024-03-10', events: [event('filed', '2026-03-11')] }),
    );
    expect(LIMITATION_EXPIRED.evaluate(facts, { years: 5 })).toEqual([]);
  });

  it('uses the decision day of a simple-procedure case', () => {
    const simple = penaltyCase({
      procedure: 'simple',
      violationEndedAt: '2023-01-05',
      events: [event('decided', '2026-01-06')],
    });
    expect(LIMITATION_EXPIRED.evaluate(factsOf(simple), {})[0]?.message).toContain(
      '2026-01-06才作出处罚决定',
    );
  });
});

describe('AV_RECORD_MISSING', () => {
  const onSite = (kind: CaseRecord['kind'], kinds: CaseRecord['evidence'][number]['kind'][]) =>
    AV_RECORD_MISSING.evaluate(
      factsOf(
        penaltyCase({
          kind,
          procedure: undefined,
          decision: undefined,
          events: [event('investigated', '2026-05-12')],
          evidence: kinds.map((k) => ({ kind: k, sha256: SHA, capturedAt: '2026-05-12' })),
        }),
      ),
      {},
    );

  it('fires on an inspection with documents and photos only', () => {
    expect(onSite('inspection', ['document', 'photo'])[0]?.message).toBe(
      '现场行政检查没有录音或录像证据 (共有证据2份, 均非音像记录)',
    );
  });

  it('is satisfied by one video or one audio record', () => {
    expect(onSite('inspection', ['document', 'video'])).toEqual([]);
    expect(onSite('coercion', ['audio'])).toEqual([]);
  });

  it('fires on a coercive measure without any evidence, and leaves penalties alone', () => {
    expect(onSite('coercion', [])).toHaveLength(1);
    expect(onSite('penalty', [])).toEqual([]);
  });
});
