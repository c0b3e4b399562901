import type { PenaltyDraft } from './decisions.ts';
import { REVERSAL_RATE } from './defects.ts';
import { add, type Draft, evidence, lastDay, plant, review } from './draft.ts';

/*
 * The events of each kind of case, as day offsets, with the stages in their usual order and
 * realistic gaps, and the timing defects planted clearly over or under their limits. Compliant
 * cases keep clear margins too: publicity within 5 calendar days (7 working days allowed),
 * decisions by day 85 or by day 115 with a 30-day extension, 15+ days for a hearing request.
 */

/** The 法制审核 of a major decision due on day `decided`, no earlier than day `from`. */
function legalReview(d: Draft, from: number, decided: number): void {
  const r = d.rng;
  const missing = plant(d, 'MAJOR_WITHOUT_LEGAL_REVIEW');
  const unqualified = !missing && plant(d, 'REVIEWER_NOT_QUALIFIED');
  const day = Math.max(from, decided - r.int(1, 3));
  if (missing) {
    const variant = r.next();
    if (variant < 0.25) review(d, decided + r.int(1, 5), 'approved', true);
    else if (variant < 0.4) review(d, day, 'rejected', true);
    return;
  }
  if (!unqualified && decided - day >= 2 && r.chance(0.08)) {
    review(d, day, 'amend', true);
    review(d, day + 1, 'approved', true);
  } else review(d, day, 'approved', !unqualified);
  if (r.chance(0.6) && decided - day >= 1) add(d, 'collective_discussion', decided - 1);
}

/** Publication of a decision made on day `decided`; returns the day published, or null. */
function publish(d: Draft, decided: number): number | null {
  const r = d.rng;
  if (plant(d, 'PUBLICITY_OVERDUE')) {
    if (r.chance(0.5)) return null;
    const late = decided + r.int(25, 60);
    add(d, 'published', late);
    return late;
  }
  const day = decided + r.int(1, 5);
  add(d, 'published', day);
  return day;
}

/** A general-procedure penalty, filed on day 0. */
export function generalPenalty(d: Draft, decision: PenaltyDraft): void {
  const r = d.rng;
  d.violationEnded = plant(d, 'LIMITATION_EXPIRED')
    ? -r.int(2 * 365 + 40, 4 * 365)
    : -(r.chance(0.85) ? r.int(1, 60) : r.int(61, 300));
  if (r.chance(0.4)) add(d, 'accepted', -r.int(1, 7));
  add(d, 'filed', 0);
  const investigated = r.int(3, 20);
  add(d, 'investigated', investigated);
  evidence(d, 'document', r.int(0, investigated));
  evidence(d, 'photo', investigated);
  if (r.chance(0.5)) evidence(d, 'document', investigated);
  if (r.chance(0.4)) evidence(d, 'video', investigated);
  if (r.chance(0.1)) evidence(d, 'audio', investigated);
  const decided = d.decided;
  const noNotice = decided && !decision.hearingEligible && plant(d, 'NO_PRIOR_NOTICE');
  const cutShort =
    decided && decision.hearingEligible && !decision.hearingHeld && plant(d, 'HEARING_PERIOD_CUT_SHORT');
  const overdue = decided && plant(d, 'DECISION_OVERDUE');
  // Days after the notice: hearing, then the decision.
  const requested = r.int(1, 3);
  const held = requested + r.int(8, 20);
  const afterNotice = cutShort
    ? r.int(1, 2)
    : decision.hearingHeld
      ? held + r.int(3, 12)
      : decision.hearingEligible
        ? r.int(15, 30)
        : r.int(3, 12);
  let gap = r.int(5, 25);
  let decidedDay = investigated + gap + afterNotice;
  let extensionDay = -1;
  if (overdue) gap += Math.max(0, r.int(100, 200) - decidedDay);
  else if (r.chance(0.06)) {
    gap += Math.max(0, r.int(95, 115) - decidedDay);
    extensionDay = r.int(75, 88);
  } else if (decidedDay > 85) gap = Math.max(2, gap - (decidedDay - 85));
  decidedDay = investigated + gap + afterNotice;
  const notified = investigated + gap;
  if (extensionDay > 0) add(d, 'extension_approved', extensionDay).days = 30;
  if (!noNotice) add(d, 'notified', notified);
  let from = notified;
  if (decision.hearingHeld) {
    add(d, 'hearing_requested', notified + requested);
    add(d, 'hearing_held', notified + held);
    from = notified + held;
  }
  if (decision.major && decided) legalReview(d, from, decidedDay);
  else if (decision.major) review(d, Math.max(from, decidedDay - 2), 'approved', true);
  add(d, 'decided', decidedDay);
  afterDecision(d, decision, decidedDay, true);
}

/** Service, publication, execution, closing and (rarely) reversal of a decided penalty. */
function afterDecision(d: Draft, decision: PenaltyDraft, decided: number, general: boolean): void {
  const r = d.rng;
  const served = general && r.chance(0.4) ? decided + r.int(1, 5) : decided;
  add(d, 'served', served);
  const published = d.decided ? publish(d, decided) : null;
  if (decision.fine !== null) add(d, 'executed', served + (r.chance(0.9) ? r.int(0, 14) : r.int(30, 90)));
  add(d, 'closed', lastDay(d) + r.int(1, 10));
  if (!general || published === null || !r.chance(REVERSAL_RATE)) return;
  const reconsideration = r.chance(0.7);
  const reversed = Math.max(published + 1, decided + (reconsideration ? r.int(45, 80) : r.int(150, 300)));
  // A reversal (and a take-down 40 days late) must fall inside the period, or it has not happened yet.
  if (reversed + 80 > d.room) return;
  add(d, reconsideration ? 'reconsideration_reversed' : 'litigation_reversed', reversed);
  if (!plant(d, 'WITHDRAWAL_OVERDUE')) add(d, 'withdrawn', reversed + r.int(0, 2));
  else if (r.chance(0.5)) add(d, 'withdrawn', reversed + r.int(20, 40));
}

/** A simple-procedure (当场) penalty, decided on day 0 where the violation was seen. */
export function simplePenalty(d: Draft, decision: PenaltyDraft): void {
  d.violationEnded = 0;
  add(d, 'decided', 0);
  evidence(d, 'photo', 0);
  if (d.rng.chance(0.5)) evidence(d, 'document', 0);
  afterDecision(d, decision, 0, false);
}

/** On-site audio-video evidence, unless AV_RECORD_MISSING is planted. */
function onSiteRecord(d: Draft, day: number): void {
  if (plant(d, 'AV_RECORD_MISSING')) return;
  evidence(d, 'video', day);
  if (d.rng.chance(0.1)) evidence(d, 'audio', day);
}

/** An on-site inspection on day 0, its results sometimes published (双随机、一公开). */
export function inspection(d: Draft): void {
  const r = d.rng;
  add(d, 'investigated', 0);
  evidence(d, 'document', 0);
  if (r.chance(0.6)) evidence(d, 'photo', 0);
  onSiteRecord(d, 0);
  if (r.chance(0.6)) add(d, 'published', r.int(3, 15));
  add(d, 'closed', r.int(0, 7));
}

/** A coercive measure (查封、扣押) decided and carried out on day 0, lifted or handled weeks later. */
export function coercion(d: Draft, major: boolean): void {
  const r = d.rng;
  add(d, 'investigated', -r.int(1, 2));
  if (major) legalReview(d, 0, 0);
  add(d, 'decided', 0);
  add(d, 'served', 0);
  add(d, 'executed', 0);
  evidence(d, 'document', 0);
  evidence(d, 'photo', 0);
  onSiteRecord(d, 0);
  add(d, 'closed', r.int(10, 30));
}

/** A licence, accepted on day 0 and decided within the 20-day limit. */
export function license(d: Draft, major: boolean): void {
  const r = d.rng;
  add(d, 'accepted', 0);
  evidence(d, 'document', 0);
  if (r.chance(0.5)) evidence(d, 'document', 0);
  let ready = 1;
  if (r.chance(0.5)) {
    ready = r.int(2, 8);
    add(d, 'investigated', ready);
  }
  const decided = ready + r.int(2, 10);
  if (major && d.decided) legalReview(d, ready, decided);
  add(d, 'decided', decided);
  const served = decided + r.int(0, 3);
  add(d, 'served', served);
  if (d.decided) publish(d, decided);
  add(d, 'closed', lastDay(d) + r.int(0, 3));
}

/** A levy, payment, confirmation, adjudication, reward or other act: accepted, decided, served. */
export function otherAct(d: Draft): void {
  const r = d.rng;
  add(d, 'accepted', 0);
  evidence(d, 'document', 0);
  if (r.chance(0.5)) add(d, 'investigated', r.int(1, 7));
  const decided = r.int(8, 20);
  add(d, 'decided', decided);
  add(d, 'served', decided + r.int(0, 3));
  add(d, 'closed', lastDay(d) + r.int(0, 5));
}
