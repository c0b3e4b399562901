import type { EnforcementField } from '@jiandu/contracts/fields';
import { dayNumber, isoDay, plusYears } from './days.ts';
import { type AgencyLevel, FIELD_PROFILES, type FieldProfile, type Place } from './fields.ts';
import { agencyItems, type WorldItem } from './items.ts';
import { creditCode, personName } from './people.ts';
import { Random } from './random.ts';
import { CITIES, PROVINCE } from './regions.ts';

/*
 * The world cases happen in: agencies across Liaoning's cities and counties, their officers with
 * certificates, and their catalogue items. Plain, serialisable data, so the demo seed can build one
 * from its own agencies, officers and items, and the bench can build a large one from a seed.
 */

/** A certificate's standing; only `active` lets an officer act. */
export type CertificateState = 'active' | 'suspended' | 'revoked' | 'cancelled';

/** An enforcement officer and the certificate the cases name. */
export interface WorldOfficer {
  certificateNumber: string;
  name: string;
  validFrom: string;
  validTo: string;
  legalReviewer: boolean;
  /** Absent means active. */
  status?: CertificateState;
  /** The day a non-active status took effect. */
  statusFrom?: string;
}

/** An enforcement agency with its officers and catalogue. */
export interface WorldAgency {
  creditCode: string;
  name: string;
  regionCode: string;
  field: EnforcementField;
  level?: AgencyLevel;
  officers: WorldOfficer[];
  items: WorldItem[];
}

/** Everything a case generator needs; `seed` and `from` say how a generated world was made. */
export interface World {
  seed?: string;
  from?: string;
  agencies: WorldAgency[];
}

/** What `generateWorld` builds. */
export interface WorldOptions {
  seed: string | number;
  /** How many agencies; at most `maxAgencies()`. */
  agencies: number;
  /** The first day cases may happen (YYYY-MM-DD); certificates are issued years before it. */
  from: string;
}

interface Candidate {
  place: Place;
  profile: FieldProfile;
}

/** Candidate agencies grouped by city (the province first), each group in drawn order. */
function candidateGroups(rng: Random): Candidate[][] {
  const province: Place = {
    level: 'province',
    code: PROVINCE.code,
    name: PROVINCE.name,
    cityName: '',
    short: PROVINCE.short,
    district: false,
  };
  const groups: Candidate[][] = [
    FIELD_PROFILES.filter((p) => p.levels.includes('province')).map((profile) => ({
      place: province,
      profile,
    })),
  ];
  for (const city of CITIES) {
    const group: Candidate[] = [];
    const cityPlace: Place = {
      level: 'city',
      code: city.code,
      name: city.name,
      cityName: city.name,
      short: city.short,
      district: false,
    };
    for (const profile of FIELD_PROFILES) {
      if (profile.levels.includes('city')) group.push({ place: cityPlace, profile });
      if (!profile.levels.includes('county')) continue;
      for (const county of city.counties)
        group.push({
          place: {
            level: 'county',
            code: county.code,
            name: county.name,
            cityName: city.name,
            short: county.short,
            district: county.district,
          },
          profile,
        });
    }
    groups.push(group);
  }
  // Busier kinds of agency and city-level bureaus come first, so a small world is a typical one.
  return groups.map((group) =>
    weightedOrder(rng, group, (c) => c.profile.weight * (c.place.level === 'county' ? 1 : 2)),
  );
}

function weightedOrder<T>(rng: Random, items: T[], weight: (item: T) => number): T[] {
  const left = items.slice();
  const out: T[] = [];
  while (left.length > 0) {
    let total = 0;
    for (const item of left) total += weight(item);
    let target = rng.next() * total;
    let index = 0;
    while (index < left.length - 1 && target >= weight(left[index]!)) target -= weight(left[index++]!);
    out.push(left.splice(index, 1)[0]!);
  }
  return out;
}

/** The most agencies a world can have: every kind of agency in every place. */
export function maxAgencies(): number {
  return candidateGroups(new Random(0)).reduce((sum, group) => sum + group.length, 0);
}

function officersOf(
  rng: Random,
  agency: Candidate,
  from: number,
  sequences: Map<string, number>,
): WorldOfficer[] {
  const level = agency.place.level;
  const count = level === 'province' ? rng.int(20, 60) : level === 'city' ? rng.int(12, 60) : rng.int(8, 35);
  const officers: WorldOfficer[] = [];
  for (let i = 0; i < count; i++) {
    const fate = rng.next();
    const expired = fate < 0.04;
    const issued = expired ? from - rng.int(6 * 365 + 30, 7 * 365 + 200) : from - rng.int(365, 4 * 365);
    const year = isoDay(issued).slice(2, 4);
    const key = agency.place.code + year;
    const sequence = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, sequence);
    const officer: WorldOfficer = {
      certificateNumber: key + String(sequence).padStart(6, '0'),
      name: personName(rng, rng.chance(0.62)),
      validFrom: isoDay(issued),
      validTo: isoDay(plusYears(issued, 6) - 1),
      legalReviewer: rng.chance(0.08),
    };
    if (!expired && fate < 0.06) {
      officer.status = 'suspended';
      officer.statusFrom = isoDay(from - rng.int(10, 300));
    } else if (!expired && fate < 0.07) {
      officer.status = 'cancelled';
      officer.statusFrom = isoDay(from - rng.int(10, 300));
    }
    officers.push(officer);
  }
  // Every agency needs legal reviewers for its major decisions (国办发〔2018〕118号).
  let reviewers = officers.filter((o) => o.legalReviewer && !o.status && o.validTo > isoDay(from)).length;
  for (const officer of officers) {
    if (reviewers >= 2) break;
    if (officer.legalReviewer || officer.status || officer.validTo <= isoDay(from)) continue;
    officer.legalReviewer = true;
    reviewers++;
  }
  return officers;
}

/**
 * Builds N agencies spread round-robin over the province and its 14 cities (city bureaus and
 * busier fields first), each with 8–60 officers and 20–200 items. Same options, same world.
 */
export function generateWorld(options: WorldOptions): World {
  const seed = String(options.seed);
  const rng = new Random(`${seed}/world`);
  const from = dayNumber(options.from);
  const groups = candidateGroups(rng);
  const limit = groups.reduce((sum, group) => sum + group.length, 0);
  if (!Number.isInteger(options.agencies) || options.agencies < 1 || options.agencies > limit)
    throw new RangeError(`执法主体数量须为 1 至 ${limit} 的整数: ${options.agencies}`);
  const chosen: Candidate[] = [];
  for (let round = 0; chosen.length < options.agencies; round++)
    for (const group of groups) {
      const candidate = group[round];
      if (candidate && chosen.length < options.agencies) chosen.push(candidate);
    }
  const sequences = new Map<string, number>();
  const agencies = chosen.map((candidate) => ({
    creditCode: creditCode(rng, '11', candidate.place.code),
    name: candidate.profile.name(candidate.place),
    regionCode: candidate.place.code,
    field: candidate.profile.field,
    level: candidate.place.level,
    officers: officersOf(rng, candidate, from, sequences),
    items: agencyItems(rng, candidate.profile.prefix, candidate.place.level),
  }));
  return { seed, from: options.from, agencies };
}
