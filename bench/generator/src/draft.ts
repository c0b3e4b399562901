import type { CaseKind, EventType, EvidenceKind, ReviewOpinion } from '@jiandu/contracts/case-labels';
import type { CaseRecordInput } from '@jiandu/contracts/exchange';
import { dateTime, LAST_TIME } from './days.ts';
import { DEFECT_BIT, DEFECTS, type PlantedDefect } from './defects.ts';
import type { AgencyPlan } from './plan.ts';
import type { Random } from './random.ts';

/*
 * A case while it is being drawn: its events as day offsets (turned into Shanghai times once the
 * case is placed in the period), its evidence, and which defects it could carry and carries.
 * Builders add events in logical order; `settle` sorts them by day, keeping that order within a day.
 */

/** One event of a record. */
export type CaseEventInput = NonNullable<CaseRecordInput['events']>[number];

/** The mutable state of one case being drawn. */
export interface Draft {
  rng: Random;
  plan: AgencyPlan;
  kind: CaseKind;
  /** False for a case cut before its decision (in progress on `to`). */
  decided: boolean;
  events: CaseEventInput[];
  days: number[];
  evidenceKinds: EvidenceKind[];
  evidenceDays: number[];
  /** Days in the period after the 10 kept free at its start: how long a case may span. */
  room: number;
  /** The real day of offset 0, once `stamp` has placed the case. */
  anchor: number;
  /** Day offset of violationEndedAt, or null when the record does not say. */
  violationEnded: number | null;
  eligible: number;
  defects: PlantedDefect[] | null;
}

/** Starts a draft. */
export function newDraft(
  rng: Random,
  plan: AgencyPlan,
  kind: CaseKind,
  decided: boolean,
  room: number,
): Draft {
  return {
    rng,
    plan,
    kind,
    decided,
    events: [],
    days: [],
    evidenceKinds: [],
    evidenceDays: [],
    room,
    anchor: 0,
    violationEnded: null,
    eligible: 0,
    defects: null,
  };
}

/** Records that the case could carry a defect, and draws whether it does. */
export function plant(d: Draft, code: PlantedDefect): boolean {
  d.eligible |= DEFECT_BIT[code];
  if (!d.rng.chance(DEFECTS[code].rate)) return false;
  label(d, code);
  return true;
}

/** Labels a defect the case carries (planted, or forced by a world that leaves no choice). */
export function label(d: Draft, code: PlantedDefect): void {
  d.eligible |= DEFECT_BIT[code];
  if (!d.defects) d.defects = [code];
  else if (!d.defects.includes(code)) d.defects.push(code);
}

/** Adds an event at a day offset; returns it so builders can add fields. */
export function add(d: Draft, type: EventType, day: number): CaseEventInput {
  const event: CaseEventInput = { type, at: '' };
  d.events.push(event);
  d.days.push(day);
  return event;
}

/** Adds a legal review signed by a qualified reviewer, or (when `qualified` is false) an unqualified one. */
export function review(d: Draft, day: number, opinion: ReviewOpinion, qualified: boolean): void {
  const { reviewers, unqualifiedReviewers } = d.plan;
  let reviewer: string;
  if (qualified && reviewers.length > 0) reviewer = d.rng.pick(reviewers);
  else {
    if (qualified) label(d, 'REVIEWER_NOT_QUALIFIED');
    reviewer = unqualifiedReviewers.length > 0 ? d.rng.pick(unqualifiedReviewers) : unknownCertificate(d);
  }
  const event = add(d, 'legal_review', day);
  event.reviewer = reviewer;
  event.opinion = opinion;
}

/** A certificate number of the agency's style that no officer holds (issue year 1999, before any world). */
export function unknownCertificate(d: Draft): string {
  return `${d.plan.agency.regionCode}99${d.rng.int(900_000, 999_999)}`;
}

/** Adds a piece of evidence captured on a day offset. */
export function evidence(d: Draft, kind: EvidenceKind, day: number): void {
  d.evidenceKinds.push(kind);
  d.evidenceDays.push(day);
}

/** The largest day offset of any event. */
export function lastDay(d: Draft): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const day of d.days) if (day > max) max = day;
  return max;
}

/** The smallest day offset of any event. */
export function firstDay(d: Draft): number {
  let min = Number.POSITIVE_INFINITY;
  for (const day of d.days) if (day < min) min = day;
  return min;
}

/** Sorts events by day (stable: logical order within a day), as an insertion sort on a near-sorted list. */
export function settle(d: Draft): void {
  const { events, days } = d;
  for (let i = 1; i < days.length; i++) {
    const day = days[i]!;
    const event = events[i]!;
    let j = i - 1;
    while (j >= 0 && days[j]! > day) {
      days[j + 1] = days[j]!;
      events[j + 1] = events[j]!;
      j--;
    }
    days[j + 1] = day;
    events[j + 1] = event;
  }
}

/**
 * Places the settled events on real days from `anchor` and gives them increasing office-hours
 * times within a day, dropping those after `cutoff` and, for a case in progress, everything from
 * its decision on.
 */
export function stamp(d: Draft, anchor: number, cutoff: number): void {
  const { events, days, rng } = d;
  d.anchor = anchor;
  let keep = events.length;
  for (let i = 0; i < events.length; i++) {
    if ((!d.decided && events[i]!.type === 'decided') || (!d.decided && anchor + days[i]! > cutoff)) {
      keep = i;
      break;
    }
  }
  events.length = keep;
  days.length = keep;
  let previousDay = Number.NaN;
  let time = 0;
  for (let i = 0; i < keep; i++) {
    const day = anchor + days[i]!;
    time = day === previousDay ? Math.min(LAST_TIME, time + rng.int(1, 6)) : rng.int(0, 30);
    previousDay = day;
    days[i] = day;
    events[i]!.at = dateTime(day, time);
  }
}
