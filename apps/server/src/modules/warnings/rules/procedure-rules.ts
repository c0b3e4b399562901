import { CASE_KIND_LABELS, PARTY_TYPE_LABELS, REVIEW_OPINION_LABELS } from '@jiandu/contracts/case-labels';
import { PENALTY_TYPE_LABELS, type PenaltyType } from '@jiandu/contracts/catalogue-labels';
import { type CaseRule, finding, NO_FINDINGS, parameter, yuan } from './case-rule.ts';
import { monthDayOf, yearOf } from './day-numbers.ts';

/*
 * The rules about the steps of a case: legal review of major decisions, prior notice, the limits of
 * the simple procedure, the limitation period and the audio-video record of on-site acts.
 */

/**
 * 重大执法决定未经法制审核: a `major` case decided with no 法制审核 of opinion `approved` recorded on
 * or before the decision's day (行政处罚法第五十八条; the same for licences and coercive measures under
 * 国办发〔2018〕118号). "修改后同意" (amend) and "不同意" do not count: the spec asks for `approved`.
 */
export const MAJOR_WITHOUT_LEGAL_REVIEW: CaseRule = {
  code: 'MAJOR_WITHOUT_LEGAL_REVIEW',
  version: 1,
  evaluate(facts) {
    const decided = facts.first.decided;
    if (!facts.major || decided === null) return NO_FINDINGS;
    if (facts.firstApprovedReview !== null && facts.firstApprovedReview <= decided) return NO_FINDINGS;
    const seen = facts.reviews.map(
      (r) =>
        `${r.day} ${r.opinion ? REVIEW_OPINION_LABELS[r.opinion] : '未写明意见'}${r.day > decided ? ' (晚于决定)' : ''}`,
    );
    return [
      finding(
        MAJOR_WITHOUT_LEGAL_REVIEW,
        '',
        `重大执法决定于${decided}作出, 此前没有审核意见为"同意"的法制审核` +
          (seen.length ? ` (已记录的法制审核: ${seen.join('; ')})` : ' (没有法制审核记录)'),
        { decided, major: true, reviews: facts.reviews.map((r) => ({ day: r.day, opinion: r.opinion })) },
      ),
    ];
  },
};

/**
 * 作出处罚决定前未告知: a general-procedure penalty decided with no `notified` on or before the
 * decision's day (行政处罚法第四十四条、第六十二条). A waiver of the right is not in the v1 record.
 */
export const NO_PRIOR_NOTICE: CaseRule = {
  code: 'NO_PRIOR_NOTICE',
  version: 1,
  evaluate(facts) {
    const { decided, notified } = facts.first;
    if (facts.kind !== 'penalty' || facts.procedure !== 'general' || decided === null) return NO_FINDINGS;
    if (notified !== null && notified <= decided) return NO_FINDINGS;
    return [
      finding(
        NO_PRIOR_NOTICE,
        '',
        `普通程序处罚决定于${decided}作出, 此前没有告知当事人拟作出的处罚及陈述、申辩、要求听证的权利` +
          (notified ? ` (告知记录于${notified}, 晚于决定)` : ''),
        { decided, notified },
      ),
    ];
  },
};

/**
 * 简易程序适用不当: a simple-procedure penalty with a penalty other than a warning or a fine, or fines
 * adding up to more than `personLimit` (a natural person) or `organizationLimit` (an organisation,
 * also when the record names no party) — 行政处罚法第五十一条.
 */
export const SIMPLE_PROCEDURE_MISUSED: CaseRule = {
  code: 'SIMPLE_PROCEDURE_MISUSED',
  version: 1,
  evaluate(facts, params) {
    if (facts.kind !== 'penalty' || facts.procedure !== 'simple') return NO_FINDINGS;
    const personLimit = parameter(params, 'SIMPLE_PROCEDURE_MISUSED', 'personLimit');
    const organizationLimit = parameter(params, 'SIMPLE_PROCEDURE_MISUSED', 'organizationLimit');
    const partyType = facts.partyType ?? 'organization';
    const limit = partyType === 'person' ? personLimit : organizationLimit;
    let others: PenaltyType[] | null = null;
    for (const penalty of facts.penalties) {
      if (penalty.type === 'warning' || penalty.type === 'fine') continue;
      if (others === null) others = [penalty.type];
      else others.push(penalty.type);
    }
    const overLimit = facts.fineTotal > limit;
    if (!others && !overLimit) return NO_FINDINGS;
    const problems: string[] = [];
    if (overLimit)
      problems.push(
        `对${PARTY_TYPE_LABELS[partyType]}罚款${yuan(facts.fineTotal)}元, 超过${yuan(limit)}元的上限`,
      );
    if (others) problems.push(`给予了${others.map((t) => PENALTY_TYPE_LABELS[t]).join('、')}`);
    return [
      finding(
        SIMPLE_PROCEDURE_MISUSED,
        '',
        `简易程序只能当场给予警告或${yuan(limit)}元以下罚款; 本案${problems.join(', 并')}, 应适用普通程序`,
        { partyType, fineTotal: facts.fineTotal, limit, otherPenalties: others ?? [] },
        { personLimit, organizationLimit },
      ),
    ];
  },
};

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * 超过追责时效: a penalty case filed (a simple-procedure one, which has no filing, decided) more than
 * `years` years after `violationEndedAt` (行政处罚法第三十六条). The period ends on the same month and
 * day `years` later (28 February for a 29 February start in a common year); filing on that day is in
 * time. The 5-year period of the Article's second sentence is the same rule with `years` = 5.
 */
export const LIMITATION_EXPIRED: CaseRule = {
  code: 'LIMITATION_EXPIRED',
  version: 1,
  evaluate(facts, params) {
    const ended = facts.violationEndedOn;
    const filed = facts.first.filed ?? facts.first.decided;
    if (facts.kind !== 'penalty' || ended === null || filed === null) return NO_FINDINGS;
    const years = parameter(params, 'LIMITATION_EXPIRED', 'years');
    const gap = yearOf(filed) - yearOf(ended);
    if (gap < years || (gap === years && monthDayOf(filed) <= monthDayOf(ended))) return NO_FINDINGS;
    const endYear = yearOf(ended) + years;
    const limitEnd = `${endYear}${monthDayOf(ended) === 229 && !isLeap(endYear) ? '-02-28' : ended.slice(4)}`;
    const stage = facts.first.filed ? '立案' : '作出处罚决定';
    return [
      finding(
        LIMITATION_EXPIRED,
        '',
        `违法行为于${ended}终了, 追责时效${years}年至${limitEnd}届满, 但${filed}才${stage}`,
        { violationEnded: ended, limitEnd, filed: facts.first.filed, decided: facts.first.decided },
        { years },
      ),
    ];
  },
};

/**
 * 缺少音像记录: a coercive measure or an inspection with no audio or video evidence (国办发〔2018〕118号
 * 执法全过程记录). The v1 record has no "on site" flag: every inspection and every coercive measure is
 * taken to be carried out on site, the usual case (written-only 书面检查 would be a false positive
 * until the record says so).
 */
export const AV_RECORD_MISSING: CaseRule = {
  code: 'AV_RECORD_MISSING',
  version: 1,
  evaluate(facts) {
    if ((facts.kind !== 'coercion' && facts.kind !== 'inspection') || facts.audioVideoEvidence > 0)
      return NO_FINDINGS;
    return [
      finding(
        AV_RECORD_MISSING,
        '',
        `现场${CASE_KIND_LABELS[facts.kind]}没有录音或录像证据 (共有证据${facts.evidenceCount}份, 均非音像记录)`,
        { kind: facts.kind, evidenceCount: facts.evidenceCount, audioVideoEvidence: 0, actDay: facts.actDay },
      ),
    ];
  },
};
