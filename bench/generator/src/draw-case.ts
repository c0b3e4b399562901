import type { CaseKind, EventType } from '@jiandu/contracts/case-labels';
import type { CaseRecordInput } from '@jiandu/contracts/exchange';
import type { GeneratedCase } from './cases.ts';
import { chooseOfficers } from './crew.ts';
import { dateTime, isoDay } from './days.ts';
import { generalDecision, type PenaltyDraft, simpleDecision } from './decisions.ts';
import { DEFECT_BIT, type DefectCode } from './defects.ts';
import { type Draft, firstDay, label, lastDay, newDraft, plant, settle, stamp } from './draft.ts';
import { evidenceHash } from './evidence.ts';
import { breakRecord } from './invalid.ts';
import type { WorldItem } from './items.ts';
import { makeParty, partyTypeFor } from './parties.ts';
import type { AgencyPlan, WorldPlan } from './plan.ts';
import type { Random } from './random.ts';
import { coercion, generalPenalty, inspection, license, otherAct, simplePenalty } from './timelines.ts';

/*
 * One case drawn whole: agency, kind, item, party, decision, officers, events placed in the period,
 * evidence and versions, with its planted defects. Everything comes from the generator it is given.
 */

const NONE: readonly never[] = Object.freeze([]);
const INVALID: readonly DefectCode[] = Object.freeze(['INVALID']);
const KIND_CODES: Record<CaseKind, string> = {
  penalty: 'CF',
  license: 'XK',
  inspection: 'JC',
  coercion: 'QZ',
  levy: 'ZS',
  payment: 'JF',
  adjudication: 'CJ',
  confirmation: 'QR',
  reward: 'JL',
  other: 'QT',
};

/** An item code of the agency's style that no agency in the world holds. */
function strayCode(d: Draft, world: WorldPlan, item: WorldItem): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    const code = `${d.plan.profile.prefix}-${KIND_CODES[item.kind]}-${d.rng.int(2000, 9999)}`;
    if (!world.itemCodes.has(code)) return code;
  }
  return `${item.code}-X${d.rng.int(1, 9)}`;
}

function pickItem(
  rng: Random,
  plan: AgencyPlan,
  kind: CaseKind,
  simple: boolean,
  person: boolean,
): WorldItem {
  const list = simple ? (person ? plan.simplePerson : plan.simpleOrganization) : undefined;
  return rng.pick(list && list.length > 0 ? list : plan.items[kind]!);
}

function decide(
  d: Draft,
  item: WorldItem,
  person: boolean,
  simple: boolean,
  strayItem: boolean,
): PenaltyDraft {
  const party = person ? 'person' : 'organization';
  if (simple) return simpleDecision(d.rng, item, party, plant(d, 'SIMPLE_PROCEDURE_MISUSED'));
  const decision = generalDecision(d.rng, item, party, d.decided && !strayItem);
  if (decision.outsideEligible) d.eligible |= DEFECT_BIT.FINE_OUTSIDE_BENCHMARK;
  if (decision.outside) label(d, 'FINE_OUTSIDE_BENCHMARK');
  if (decision.circumstance !== 'exempt') {
    decision.hearingHeld = decision.hearingEligible && d.rng.chance(0.2);
    decision.major = decision.major || decision.hearingHeld || d.rng.chance(0.02);
  }
  return decision;
}

const NO_MILESTONES: readonly EventType[] = [];
const AFTER_FILING: readonly EventType[] = ['filed'];
const AFTER_INVESTIGATION: readonly EventType[] = ['investigated'];
const AFTER_INVESTIGATION_AND_DECISION: readonly EventType[] = ['investigated', 'decided'];
const AFTER_ACCEPTANCE: readonly EventType[] = ['accepted'];

function milestonesOf(d: Draft, simple: boolean, u: number): readonly EventType[] {
  if (d.kind === 'penalty' && !simple) {
    if (!d.decided) return u < 0.15 ? AFTER_FILING : NO_MILESTONES;
    return u < 0.1 ? AFTER_INVESTIGATION_AND_DECISION : u < 0.35 ? AFTER_INVESTIGATION : NO_MILESTONES;
  }
  if (d.kind === 'license' && u < 0.1) return AFTER_ACCEPTANCE;
  if (d.kind === 'inspection' && u < 0.05) return AFTER_INVESTIGATION;
  return NO_MILESTONES;
}

/** Event counts of the earlier versions: a record is re-sent after investigation and after the decision. */
function versionCuts(d: Draft, simple: boolean): readonly number[] {
  const milestones = milestonesOf(d, simple, d.rng.next());
  if (milestones.length === 0) return NONE;
  const cuts: number[] = [];
  for (const type of milestones) {
    const cut = d.events.findIndex((e) => e.type === type) + 1;
    if (cut > (cuts.at(-1) ?? 0) && cut < d.events.length) cuts.push(cut);
  }
  return cuts.length > 0 ? cuts : NONE;
}

/**
 * The case's evidence, captured at the time of the stage done that day (or during office hours
 * between stages), each hashed from its deterministic bytes.
 */
function evidenceOf(d: Draft, externalId: string, to: number): NonNullable<CaseRecordInput['evidence']> {
  const out: NonNullable<CaseRecordInput['evidence']> = [];
  for (let i = 0; i < d.evidenceKinds.length; i++) {
    const day = d.anchor + d.evidenceDays[i]!;
    if (!d.decided && day > to) continue;
    let at: string | null = null;
    for (let j = d.days.length - 1; j >= 0 && at === null; j--) if (d.days[j] === day) at = d.events[j]!.at;
    out.push({
      kind: d.evidenceKinds[i]!,
      sha256: evidenceHash(externalId, i),
      capturedAt: at ?? dateTime(day, d.rng.int(0, 30)),
    });
  }
  return out;
}

/** Draws case `index` from a generator already reseeded for it. */
export function drawCase(
  rng: Random,
  world: WorldPlan,
  index: number,
  period: { from: number; to: number; invalidRate: number },
): GeneratedCase {
  const { from, to } = period;
  const broken = rng.next() < period.invalidRate;
  const plan = world.agencies[rng.weighted(world.agencyWeights)]!;
  const kind = plan.kinds[rng.weighted(plan.kindWeights)]!;
  const partyType = partyTypeFor(rng, plan, kind);
  const person = partyType === 'person';
  const simple = kind === 'penalty' && rng.chance(0.4);
  const item = pickItem(rng, plan, kind, simple, person);
  const multiStage =
    (kind === 'penalty' && !simple) || (kind !== 'penalty' && kind !== 'inspection' && kind !== 'coercion');
  const d = newDraft(rng, plan, kind, !(multiStage && rng.chance(0.03)), to - from - 10);
  const strayItem = plant(d, 'ITEM_NOT_IN_CATALOGUE');
  const itemCode = strayItem ? strayCode(d, world, item) : item.code;
  const decision = kind === 'penalty' ? decide(d, item, person, simple, strayItem) : null;
  const major = decision
    ? decision.major
    : kind === 'license'
      ? rng.chance(0.04)
      : kind === 'coercion' && rng.chance(0.08);
  const officers = chooseOfficers(d, world);
  const party = makeParty(rng, plan, partyType);
  if (decision && simple) simplePenalty(d, decision);
  else if (decision) generalPenalty(d, decision);
  else if (kind === 'inspection') inspection(d);
  else if (kind === 'coercion') coercion(d, major);
  else if (kind === 'license') license(d, major);
  else otherAct(d);
  settle(d);
  const first = firstDay(d);
  const margin = d.defects ? 30 : 0;
  const lo = from + 10 - first;
  const hi = to - lastDay(d) - margin;
  const anchor = d.decided ? (hi > lo ? rng.int(lo, hi) : lo) : to - rng.int(10, 70);
  stamp(d, anchor, to);
  const externalId = `${plan.tag}-${d.events[0]!.at.slice(0, 4)}-${String(index).padStart(7, '0')}`;
  const stem = world.stems.get(item) ?? item.name;
  const penalty = decision !== null;
  const record: CaseRecordInput = {
    externalId,
    version: 1,
    agencyCreditCode: plan.agency.creditCode,
    itemCode,
    kind,
    procedure: penalty ? (simple ? 'simple' : 'general') : undefined,
    title: (penalty ? `${party.name}${stem}案` : `${item.name}（${party.name}）`).slice(0, 200),
    party,
    violationEndedAt: d.violationEnded === null ? undefined : isoDay(anchor + d.violationEnded),
    officers,
    major,
    hearingEligible: penalty && !simple ? decision.hearingEligible : undefined,
    events: d.events,
    decision:
      penalty && d.decided
        ? { penalties: decision.penalties, circumstance: decision.circumstance }
        : undefined,
    evidence: evidenceOf(d, externalId, to),
  };
  if (broken) {
    breakRecord(rng, record);
    return { index, record, defects: INVALID, eligible: 0, earlier: NONE };
  }
  const earlier = versionCuts(d, simple);
  record.version = earlier.length + 1;
  return { index, record, defects: d.defects ?? NONE, eligible: d.eligible, earlier };
}
