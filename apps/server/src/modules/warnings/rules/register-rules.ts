import { CASE_KIND_LABELS } from '@jiandu/contracts/case-labels';
import { CIRCUMSTANCE_LABELS } from '@jiandu/contracts/catalogue-labels';
import { type CaseRule, finding, NO_FINDINGS, parameter, yuan } from './case-rule.ts';
import { yearOf } from './day-numbers.ts';
import type { BenchmarkRange } from './reference.ts';

/*
 * The rules that hold a case against the registers: the catalogue, the agency's qualification, the
 * discretion benchmark, and how often the agency has inspected the same party.
 */

/**
 * 执法事项不在清单内: the case's item is not in the agency's catalogue on the act's day (清单之外无执法).
 * An agency the registers do not know gives no finding here (the exchange refuses such records).
 */
export const ITEM_NOT_IN_CATALOGUE: CaseRule = {
  code: 'ITEM_NOT_IN_CATALOGUE',
  version: 1,
  evaluate(facts) {
    if (facts.itemInCatalogue !== false) return NO_FINDINGS;
    return [
      finding(
        ITEM_NOT_IN_CATALOGUE,
        '',
        `执法事项 ${facts.itemCode} 在${facts.actDay}不在本执法主体的执法事项目录清单内`,
        { itemCode: facts.itemCode, day: facts.actDay, agencyCreditCode: facts.agencyCreditCode },
      ),
    ];
  },
};

/** 执法主体资格未确认: the agency's enforcement qualification is not confirmed (or revoked) on the act's day. */
export const AGENCY_NOT_QUALIFIED: CaseRule = {
  code: 'AGENCY_NOT_QUALIFIED',
  version: 1,
  evaluate(facts) {
    if (facts.agencyQualified) return NO_FINDINGS;
    return [
      finding(
        AGENCY_NOT_QUALIFIED,
        '',
        `执法主体 ${facts.agencyCreditCode} 在${facts.actDay}没有经确认且有效的行政执法主体资格, 却实施了${CASE_KIND_LABELS[facts.kind]}`,
        { agencyCreditCode: facts.agencyCreditCode, day: facts.actDay },
      ),
    ];
  },
};

function rangeText(range: BenchmarkRange): string {
  if (range.min !== null && range.max !== null) return `${yuan(range.min)}–${yuan(range.max)}元`;
  if (range.min !== null) return `不低于${yuan(range.min)}元`;
  return range.max !== null ? `不超过${yuan(range.max)}元` : '不限';
}

/**
 * 罚款超出裁量基准: a penalty's fines (added up: one act, one fine — 行政处罚法第二十九条) below the
 * minimum or above the maximum of the item's benchmark range for the decision's circumstance, in
 * force on the decision's day (国办发〔2022〕27号). Ends are inclusive; no circumstance, no benchmark
 * or no range for the circumstance gives no finding.
 */
export const FINE_OUTSIDE_BENCHMARK: CaseRule = {
  code: 'FINE_OUTSIDE_BENCHMARK',
  version: 1,
  evaluate(facts) {
    const range = facts.benchmark;
    if (range === null || !facts.hasFine || facts.circumstance === null) return NO_FINDINGS;
    const below = range.min !== null && facts.fineTotal < range.min;
    const above = range.max !== null && facts.fineTotal > range.max;
    if (!below && !above) return NO_FINDINGS;
    return [
      finding(
        FINE_OUTSIDE_BENCHMARK,
        '',
        `罚款${yuan(facts.fineTotal)}元${below ? '低于' : '高于'}事项 ${facts.itemCode} 在"${CIRCUMSTANCE_LABELS[facts.circumstance]}"情节下的裁量基准 (${rangeText(range)}, ${range.source}), 决定于${facts.first.decided}作出`,
        {
          fineTotal: facts.fineTotal,
          circumstance: facts.circumstance,
          min: range.min,
          max: range.max,
          source: range.source,
          decided: facts.first.decided,
          itemCode: facts.itemCode,
        },
      ),
    ];
  },
};

/**
 * 涉企检查频次超限: this inspection is the agency's Nth of the same party (credit code or ID number)
 * in its calendar year and N exceeds `maxPerYear` (辽政办发〔2015〕29号, 国办发〔2024〕54号). N comes from
 * the caller (`inspectionsOfPartyThisYear`, counted up to and including this inspection), so only the
 * inspections over the cap fire. The v1 record cannot tell complaint-triggered or campaign inspections
 * (which the cap excludes) from routine ones, so every inspection counts; dismiss those as justified.
 */
export const INSPECTION_FREQUENCY_EXCEEDED: CaseRule = {
  code: 'INSPECTION_FREQUENCY_EXCEEDED',
  version: 1,
  evaluate(facts, params) {
    const count = facts.inspectionsOfPartyThisYear;
    if (facts.kind !== 'inspection' || count === null) return NO_FINDINGS;
    const maxPerYear = parameter(params, 'INSPECTION_FREQUENCY_EXCEEDED', 'maxPerYear');
    if (count <= maxPerYear) return NO_FINDINGS;
    const year = yearOf(facts.actDay);
    return [
      finding(
        INSPECTION_FREQUENCY_EXCEEDED,
        '',
        `本次检查 (${facts.actDay}) 是本执法主体${year}年对同一检查对象的第${count}次检查, 超过每年${maxPerYear}次的上限`,
        { year, count, day: facts.actDay },
        { maxPerYear },
      ),
    ];
  },
};
