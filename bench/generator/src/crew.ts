import { type Draft, label, plant, unknownCertificate } from './draft.ts';
import type { WorldPlan } from './plan.ts';

/*
 * The officers named on a case: two or three distinct certified officers of the agency for
 * on-site acts (行政处罚法 Art. 42, 行政强制法 Art. 18), one or two for desk acts such as licences.
 * When a world leaves no choice (too few valid certificates) the case is labelled honestly.
 */

/** A certificate that is not valid for this agency on the case's dates: another agency's, lapsed, or unknown. */
function badCertificate(d: Draft, world: WorldPlan): string {
  const r = d.rng;
  const variant = r.next();
  if (variant < 0.45 && d.plan.invalid.length > 0) return r.pick(d.plan.invalid);
  if (variant < 0.85 && world.agencies.length > 1)
    for (let attempt = 0; attempt < 4; attempt++) {
      const other = r.pick(world.agencies);
      if (other !== d.plan && other.handlers.length > 0) return r.pick(other.handlers);
    }
  return unknownCertificate(d);
}

/** Picks the case's officers and plants TOO_FEW_OFFICERS / OFFICER_NOT_CERTIFIED. */
export function chooseOfficers(d: Draft, world: WorldPlan): string[] {
  const r = d.rng;
  const handlers = d.plan.handlers;
  const onSite = d.kind === 'penalty' || d.kind === 'inspection' || d.kind === 'coercion';
  const wanted = onSite ? (r.chance(0.15) ? 3 : 2) : r.chance(0.4) ? 1 : 2;
  const tooFew = onSite && plant(d, 'TOO_FEW_OFFICERS');
  const notCertified = plant(d, 'OFFICER_NOT_CERTIFIED');
  let officers: string[];
  if (handlers.length === 0) {
    label(d, 'OFFICER_NOT_CERTIFIED');
    officers = [badCertificate(d, world)];
  } else if (tooFew) {
    const one = r.pick(handlers);
    officers = r.chance(0.3) ? [one, one] : [one];
  } else {
    const count = Math.min(wanted, handlers.length);
    const start = r.int(0, handlers.length - 1);
    const stride = handlers.length > 1 ? r.int(1, handlers.length - 1) : 1;
    officers = [];
    for (let i = 0, at = start; i < count; i++) {
      officers.push(handlers[at]!);
      at = (at + stride) % handlers.length;
      if (at === start) break;
    }
  }
  if (notCertified) {
    const bad = badCertificate(d, world);
    if (tooFew) officers.fill(bad);
    else officers[officers.length - 1] = bad;
  }
  if (onSite && (officers.length < 2 || officers.every((o) => o === officers[0])))
    label(d, 'TOO_FEW_OFFICERS');
  return officers;
}
