import { shanghaiDay } from '@jiandu/contracts/case-labels';
import type { CaseRecordInput } from '@jiandu/contracts/exchange';
import { describe, expect, it } from 'vitest';
import { type GeneratedCase, generateCases } from './cases.ts';
import { dayNumber } from './days.ts';
import { DEFECTS, isEligible, PLANTED_DEFECTS, type PlantedDefect } from './defects.ts';
import type { WorldItem } from './items.ts';
import { generateWorld, type WorldOfficer } from './world.ts';

/*
 * Checks the labels against the records with an independent, calendar-day reading of the rules:
 * a planted defect must be visible in the record, clearly past its limit, and an unplanted case
 * must be clearly within it — so a warning rule's test can trust the labels both ways.
 */

const FROM = '2025-01-01';
const TO = '2025-12-31';
const world = generateWorld({ seed: 'defects-test', agencies: 80, from: FROM });
const cases = [...generateCases(world, { seed: 'defects-test', count: 20_000, from: FROM, to: TO })];
const agencies = new Map(
  world.agencies.map((a) => [
    a.creditCode,
    {
      officers: new Map<string, WorldOfficer>(a.officers.map((o) => [o.certificateNumber, o])),
      items: new Map<string, WorldItem>(a.items.map((i) => [i.code, i])),
    },
  ]),
);

const day = (at: string) => dayNumber(shanghaiDay(at)!);
const toDay = dayNumber(TO);
type Event = NonNullable<CaseRecordInput['events']>[number];
const find = (r: CaseRecordInput, type: Event['type']) => r.events!.find((e) => e.type === type);
const general = (r: CaseRecordInput) => r.kind === 'penalty' && r.procedure === 'general';

function validOn(o: WorldOfficer | undefined, date: string): boolean {
  if (!o) return false;
  const active = !o.status || o.status === 'active' || (o.statusFrom ?? '') > date;
  return o.validFrom <= date && date <= o.validTo && active;
}

/** Whether each rule's condition holds, read from the record; null when the case is outside the rule. */
function observe(r: CaseRecordInput): Partial<Record<PlantedDefect, boolean>> {
  const agency = agencies.get(r.agencyCreditCode)!;
  const dates = r.events!.map((e) => shanghaiDay(e.at)!);
  const decided = find(r, 'decided');
  const notified = find(r, 'notified');
  const filed = find(r, 'filed');
  const out: Partial<Record<PlantedDefect, boolean>> = {
    ITEM_NOT_IN_CATALOGUE: !agency.items.has(r.itemCode),
    OFFICER_NOT_CERTIFIED: !r.officers.every((c) => dates.every((d) => validOn(agency.officers.get(c), d))),
    REVIEWER_NOT_QUALIFIED: r.events!.some((e) => {
      if (e.type !== 'legal_review') return false;
      const reviewer = agency.officers.get(e.reviewer!);
      return !reviewer?.legalReviewer || !validOn(reviewer, shanghaiDay(e.at)!);
    }),
  };
  if (['penalty', 'inspection', 'coercion'].includes(r.kind))
    out.TOO_FEW_OFFICERS = new Set(r.officers).size < 2;
  if (r.kind === 'inspection' || r.kind === 'coercion')
    out.AV_RECORD_MISSING = !r.evidence!.some((e) => e.kind === 'video' || e.kind === 'audio');
  if (r.procedure === 'simple') {
    const limit = r.party?.type === 'person' ? 200 : 3000;
    out.SIMPLE_PROCEDURE_MISUSED = r.decision!.penalties!.some(
      (p) => (p.type !== 'warning' && p.type !== 'fine') || (p.amount ?? 0) > limit,
    );
  }
  const fine = r.decision?.penalties?.find((p) => p.type === 'fine');
  const range = agency.items.get(r.itemCode)?.fines?.[r.decision?.circumstance ?? 'general'];
  if (fine && range) out.FINE_OUTSIDE_BENCHMARK = fine.amount! < range.min || fine.amount! > range.max;
  if (general(r) && filed) {
    const gap = day(filed.at) - dayNumber(r.violationEndedAt!);
    out.LIMITATION_EXPIRED = gap >= 770 ? true : gap <= 300 ? false : undefined;
  }
  if (general(r) && decided && filed) {
    out.NO_PRIOR_NOTICE = !notified || notified.at > decided.at;
    const extension = r.events!.reduce((sum, e) => sum + (e.type === 'extension_approved' ? e.days! : 0), 0);
    const gap = day(decided.at) - day(filed.at);
    out.DECISION_OVERDUE =
      gap >= 100 && extension === 0 ? true : gap <= 85 || (extension >= 30 && gap <= 115) ? false : undefined;
    if (r.hearingEligible && notified && !find(r, 'hearing_held')) {
      const wait = day(decided.at) - day(notified.at);
      out.HEARING_PERIOD_CUT_SHORT = wait <= 2 ? true : wait >= 15 ? false : undefined;
    }
  }
  if (general(r) && !decided && filed) expect(toDay - day(filed.at)).toBeLessThanOrEqual(85);
  if (r.major && decided)
    out.MAJOR_WITHOUT_LEGAL_REVIEW = !r.events!.some(
      (e) => e.type === 'legal_review' && e.opinion === 'approved' && e.at < decided.at,
    );
  if ((r.kind === 'penalty' || r.kind === 'license') && decided) {
    const published = find(r, 'published');
    const gap = published ? day(published.at) - day(decided.at) : toDay - day(decided.at);
    out.PUBLICITY_OVERDUE = gap >= 25 ? true : published && gap >= 1 && gap <= 5 ? false : undefined;
  }
  const reversal = r.events!.find((e) => e.type.endsWith('_reversed'));
  if (reversal) {
    const withdrawn = r.events!.find((e) => e.type === 'withdrawn' && e.at >= reversal.at);
    const gap = withdrawn ? day(withdrawn.at) - day(reversal.at) : toDay - day(reversal.at);
    out.WITHDRAWAL_OVERDUE = gap >= 20 ? true : withdrawn && gap <= 2 ? false : undefined;
  }
  return out;
}

/** The cases each defect may be planted in, read from the record (the rates' denominators). */
function population(c: GeneratedCase, code: PlantedDefect): boolean {
  const r = c.record;
  const decided = find(r, 'decided') !== undefined;
  switch (code) {
    case 'ITEM_NOT_IN_CATALOGUE':
    case 'OFFICER_NOT_CERTIFIED':
      return true;
    case 'TOO_FEW_OFFICERS':
      return ['penalty', 'inspection', 'coercion'].includes(r.kind);
    case 'LIMITATION_EXPIRED':
      return general(r);
    case 'SIMPLE_PROCEDURE_MISUSED':
      return r.procedure === 'simple';
    case 'FINE_OUTSIDE_BENCHMARK': {
      const item = agencies.get(r.agencyCreditCode)!.items.get(r.itemCode);
      const fine = r.decision?.penalties?.some((p) => p.type === 'fine');
      return general(r) && decided && !!fine && !!item?.fines?.[r.decision!.circumstance!];
    }
    case 'NO_PRIOR_NOTICE':
      return general(r) && decided && r.hearingEligible === false;
    case 'HEARING_PERIOD_CUT_SHORT':
      return general(r) && decided && r.hearingEligible === true && !find(r, 'hearing_held');
    case 'MAJOR_WITHOUT_LEGAL_REVIEW':
      return r.major === true && decided;
    case 'REVIEWER_NOT_QUALIFIED':
      return r.major === true && decided && !c.defects.includes('MAJOR_WITHOUT_LEGAL_REVIEW');
    case 'DECISION_OVERDUE':
      return general(r) && decided;
    case 'PUBLICITY_OVERDUE':
      return (r.kind === 'penalty' || r.kind === 'license') && decided;
    case 'WITHDRAWAL_OVERDUE':
      return r.events!.some((e) => e.type.endsWith('_reversed'));
    case 'AV_RECORD_MISSING':
      return r.kind === 'inspection' || r.kind === 'coercion';
  }
}

describe('planted defects', () => {
  it('are visible in the record, and unplanted cases are clearly compliant', () => {
    for (const c of cases) {
      const seen = observe(c.record);
      for (const code of PLANTED_DEFECTS) {
        const planted = c.defects.includes(code);
        const observed = seen[code] ?? false;
        if (observed !== planted) expect(observed, `${code} in ${JSON.stringify(c.record)}`).toBe(planted);
      }
    }
  });

  it('are planted among the cases the table names', () => {
    for (const c of cases)
      for (const code of PLANTED_DEFECTS)
        if (isEligible(c.eligible, code) !== population(c, code))
          expect(isEligible(c.eligible, code), `${code} of ${c.record.externalId}`).toBe(population(c, code));
  });

  it('come at the rates of the table', () => {
    for (const code of PLANTED_DEFECTS) {
      const eligible = cases.filter((c) => isEligible(c.eligible, code));
      const planted = eligible.filter((c) => c.defects.includes(code)).length;
      const { rate } = DEFECTS[code];
      // Four standard errors: a real drift fails, chance does not.
      const tolerance = 4 * Math.sqrt((rate * (1 - rate)) / eligible.length) + 0.002;
      expect(eligible.length, code).toBeGreaterThan(code === 'WITHDRAWAL_OVERDUE' ? 20 : 300);
      expect(
        Math.abs(planted / eligible.length - rate),
        `${code}: ${planted}/${eligible.length}`,
      ).toBeLessThan(tolerance);
    }
  });
});
