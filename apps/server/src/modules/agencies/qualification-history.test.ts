import { describe, expect, it } from 'vitest';
import { type HistoryEvent, type HistoryVersion, qualificationOnDate } from './qualification-history.ts';

const v = (id: string, version: number, extra: Partial<HistoryVersion> = {}): HistoryVersion => ({
  id,
  version,
  authority: 'statutory',
  fields: ['market'],
  termStart: null,
  termEnd: null,
  ...extra,
});
const e = (
  qualificationId: string,
  action: HistoryEvent['action'],
  effectiveDate: string,
  reason: string | null = null,
) => ({
  qualificationId,
  action,
  effectiveDate,
  reason,
});

describe('qualificationOnDate', () => {
  it('is not qualified without a confirmation, whatever was drafted or submitted', () => {
    const answer = qualificationOnDate(
      [v('a', 1)],
      [e('a', 'draft', '2020-01-01'), e('a', 'submit', '2020-01-02')],
      '2021-01-01',
    );
    expect(answer).toEqual({
      qualified: false,
      version: null,
      authority: null,
      fields: [],
      reason: '没有经确认的执法主体资格',
    });
  });

  it('takes the latest confirmation on or before the date; a same-day tie goes to the higher version', () => {
    const versions = [v('a', 1), v('b', 2, { fields: ['market', 'culture'] })];
    const events = [e('a', 'confirm', '2020-01-01'), e('b', 'confirm', '2022-01-01')];
    expect(qualificationOnDate(versions, events, '2021-12-31').version).toBe(1);
    expect(qualificationOnDate(versions, events, '2022-01-01')).toMatchObject({
      version: 2,
      fields: ['market', 'culture'],
    });
    const tie = [e('a', 'confirm', '2020-01-01'), e('b', 'confirm', '2020-01-01')];
    expect(qualificationOnDate(versions, tie, '2020-01-01').version).toBe(2);
  });

  it('does not bring a superseded version back once its successor is revoked', () => {
    const versions = [v('a', 1), v('b', 2)];
    const events = [
      e('a', 'confirm', '2020-01-01'),
      e('a', 'supersede', '2022-01-01'),
      e('b', 'confirm', '2022-01-01'),
      e('b', 'revoke', '2023-01-01', '机构撤销'),
    ];
    expect(qualificationOnDate(versions, events, '2022-12-31')).toMatchObject({
      qualified: true,
      version: 2,
    });
    expect(qualificationOnDate(versions, events, '2023-01-01')).toMatchObject({
      qualified: false,
      version: 2,
      reason: '执法主体资格已于 2023-01-01 撤销: 机构撤销',
    });
  });

  it('holds an entrusted body to its term, both ends included', () => {
    const versions = [v('a', 1, { authority: 'entrusted', termStart: '2021-01-01', termEnd: '2021-12-31' })];
    const events = [e('a', 'confirm', '2020-12-01')];
    expect(qualificationOnDate(versions, events, '2020-12-31').qualified).toBe(false);
    expect(qualificationOnDate(versions, events, '2021-01-01').qualified).toBe(true);
    expect(qualificationOnDate(versions, events, '2021-12-31').qualified).toBe(true);
    expect(qualificationOnDate(versions, events, '2022-01-01').reason).toBe('委托期限已于 2021-12-31 届满');
  });
});
