import type { CaseKind } from '@jiandu/contracts/case-labels';
import { type FieldProfile, profileOf } from './fields.ts';
import type { WorldItem } from './items.ts';
import { cumulative } from './random.ts';
import { type County, countiesUnder } from './regions.ts';
import type { World, WorldAgency, WorldOfficer } from './world.ts';

/*
 * Per-agency tables computed once per run, so drawing a case is lookups: which kinds and items the
 * agency has, which officers may act throughout the period, who may sign a legal review, and which
 * certificates are bad for the whole period (for planting OFFICER_NOT_CERTIFIED).
 */

/** Case kinds by share of all cases. */
const KIND_WEIGHTS: [CaseKind, number][] = [
  ['penalty', 45],
  ['inspection', 35],
  ['license', 10],
  ['coercion', 5],
  ['confirmation', 1.5],
  ['levy', 1],
  ['payment', 1],
  ['adjudication', 0.5],
  ['reward', 0.5],
  ['other', 0.5],
];

/** The on-the-spot fine limits of 行政处罚法 Art. 51, in yuan. */
export const SIMPLE_LIMIT = { person: 200, organization: 3000 } as const;

/** What the case generator knows about one agency. */
export interface AgencyPlan {
  index: number;
  agency: WorldAgency;
  profile: FieldProfile;
  /** externalId prefix: region code and field prefix, e.g. 210102SJ. */
  tag: string;
  counties: readonly County[];
  kinds: CaseKind[];
  kindWeights: Float64Array;
  items: Partial<Record<CaseKind, WorldItem[]>>;
  /** Penalty items whose lightest tier allows an on-the-spot fine, by party type. */
  simplePerson: WorldItem[];
  simpleOrganization: WorldItem[];
  /** Certificates valid all through the period; case officers first, legal reviewers last. */
  handlers: string[];
  reviewers: string[];
  /** Certificates that may not sign a review: valid non-reviewers and lapsed reviewers. */
  unqualifiedReviewers: string[];
  /** Certificates of this agency not valid on any day of the period. */
  invalid: string[];
}

/** Everything per run: the plans, agency draw weights, every item code and certificate in the world. */
export interface WorldPlan {
  agencies: AgencyPlan[];
  agencyWeights: Float64Array;
  itemCodes: Set<string>;
  certificates: Set<string>;
  stems: Map<WorldItem, string>;
}

function validThroughout(o: WorldOfficer, from: string, to: string): boolean {
  const status = o.status ?? 'active';
  return o.validFrom <= from && o.validTo >= to && (status === 'active' || (o.statusFrom ?? '') > to);
}

function invalidThroughout(o: WorldOfficer, from: string, to: string): boolean {
  const status = o.status ?? 'active';
  return o.validTo < from || o.validFrom > to || (status !== 'active' && (o.statusFrom ?? '') <= from);
}

function lightestMin(item: WorldItem): number {
  const fines = item.fines;
  if (!fines) return 0;
  let min = Number.POSITIVE_INFINITY;
  for (const range of Object.values(fines)) if (range && range.min < min) min = range.min;
  return min;
}

/** The 案由 stem of an item: "对X的行政处罚" → "X". */
function stemOf(name: string): string {
  const match = /^对(.+?)(的行政处罚|的监督检查|的现场检查)?$/.exec(name);
  return match?.[1] ?? name;
}

function planAgency(world: World, index: number, from: string, to: string): AgencyPlan {
  const agency = world.agencies[index]!;
  const profile = profileOf(agency.field);
  const items: Partial<Record<CaseKind, WorldItem[]>> = {};
  for (const item of agency.items) {
    const list = items[item.kind];
    if (list) list.push(item);
    else items[item.kind] = [item];
  }
  const kinds = KIND_WEIGHTS.filter(([kind]) => items[kind]?.length);
  const penalties = items.penalty ?? [];
  const valid = agency.officers.filter((o) => validThroughout(o, from, to));
  const validReviewers = valid.filter((o) => o.legalReviewer).map((o) => o.certificateNumber);
  const validOthers = valid.filter((o) => !o.legalReviewer).map((o) => o.certificateNumber);
  const lapsedReviewers = agency.officers
    .filter((o) => o.legalReviewer && invalidThroughout(o, from, to))
    .map((o) => o.certificateNumber);
  return {
    index,
    agency,
    profile,
    tag: agency.regionCode + profile.prefix,
    counties: countiesUnder(agency.regionCode),
    kinds: kinds.map(([kind]) => kind),
    kindWeights: cumulative(kinds.map(([, weight]) => weight)),
    items,
    simplePerson: penalties.filter((item) => lightestMin(item) <= SIMPLE_LIMIT.person),
    simpleOrganization: penalties.filter((item) => lightestMin(item) <= SIMPLE_LIMIT.organization),
    handlers: validOthers.length >= 2 ? validOthers : validOthers.concat(validReviewers),
    reviewers: validReviewers,
    unqualifiedReviewers: validOthers.concat(lapsedReviewers),
    invalid: agency.officers.filter((o) => invalidThroughout(o, from, to)).map((o) => o.certificateNumber),
  };
}

/** Builds the per-agency tables for cases between `from` and `to` (YYYY-MM-DD). */
export function planWorld(world: World, from: string, to: string): WorldPlan {
  if (world.agencies.length === 0) throw new RangeError('世界中没有执法主体, 无法生成案件');
  const agencies = world.agencies.map((_, index) => planAgency(world, index, from, to));
  const usable = agencies.filter((plan) => plan.kinds.length > 0);
  if (usable.length === 0) throw new RangeError('执法主体均无执法事项, 无法生成案件');
  const itemCodes = new Set<string>();
  const certificates = new Set<string>();
  const stems = new Map<WorldItem, string>();
  for (const agency of world.agencies) {
    for (const item of agency.items) {
      itemCodes.add(item.code);
      if (!stems.has(item)) stems.set(item, stemOf(item.name));
    }
    for (const officer of agency.officers) certificates.add(officer.certificateNumber);
  }
  return {
    agencies: usable,
    agencyWeights: cumulative(usable.map((plan) => plan.profile.weight * Math.max(1, plan.handlers.length))),
    itemCodes,
    certificates,
    stems,
  };
}
