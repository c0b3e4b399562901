import type { ComplaintChannel } from '@jiandu/contracts/complaint-labels';
import type { ComplaintTarget } from '@jiandu/contracts/complaints';
import { birthDate, companyName, personName, residentId } from '@jiandu/generator/people';
import type { Random } from '@jiandu/generator/random';
import { type County, countiesUnder } from '@jiandu/generator/regions';
import { addDays } from '../platform/calendar/dates.ts';
import {
  ASIDES,
  CITY_PLACES,
  DEMANDS,
  INDUSTRIES,
  MOBILE_PREFIXES,
  OPENERS,
  SHOPS,
} from './complaints-demo-data.ts';
import { type DemoField, SCENARIOS, type Scenario } from './complaints-demo-scenarios.ts';

/** An agency of the demo tree a complaint can name, with its field. */
export interface DemoAgency {
  id: string;
  name: string;
  regionCode: string;
  field: DemoField;
}

/** A decided case of a demo agency against an organisation, that a complaint can be about. */
export interface DemoCase {
  id: string;
  agencyId: string;
  externalId: string;
  partyName: string;
  fineYuan: number;
  decidedOn: string;
}

/** What is registered: the entry form's fields. */
export interface ComplaintEntry {
  anonymous: boolean;
  confidential: boolean;
  complainant?: { name: string; phone: string; idNumber?: string };
  regionCode: string;
  target: ComplaintTarget;
  category: Scenario['category'];
  title: string;
  content: string;
}

/** A drafted complaint: the entry, its scenario and the agency it is about. */
export interface Drafted {
  entry: ComplaintEntry;
  scenario: Scenario;
  /** The agency named, with its id when it is in the demo tree. */
  agency: { id: string | null; name: string; regionCode: string };
}

const FIELDS: [RegExp, DemoField][] = [
  [/市场监督管理局$/, 'market'],
  [/生态环境(局|厅)$/, 'environment'],
  [/交通运输局$/, 'transport'],
  [/应急管理局$/, 'emergency'],
  [/城市管理综合行政执法局$/, 'urban'],
];

/** The field of an agency by its name, or undefined for units scenarios do not name. */
export function fieldOf(name: string): DemoField | undefined {
  return FIELDS.find(([pattern]) => pattern.test(name))?.[1];
}

const CITY_CODES = Object.keys(CITY_PLACES);
const CITY_WEIGHTS = CITY_CODES.map((c) => CITY_PLACES[c]!.weight);
const ANONYMOUS_CHANNELS: readonly ComplaintChannel[] = ['web', 'letter', 'hotline_12345'];

function pickWeighted<T>(rng: Random, items: readonly T[], weights: readonly number[]): T {
  let left = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) {
    left -= weights[i]!;
    if (left < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

/** "3月12日", the way people write a recent day. */
const monthDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/** A mobile number with a carrier prefix and 0000 in the middle: valid in form, plainly made up. */
export const demoPhone = (rng: Random) =>
  `${rng.pick(MOBILE_PREFIXES)}0000${String(rng.int(0, 9999)).padStart(4, '0')}`;

/** The unit a complaint names: a demo agency of the field in the city, or one outside the tree. */
function agencyFor(
  rng: Random,
  scenario: Scenario,
  city: string,
  county: County,
  agencies: readonly DemoAgency[],
) {
  const mine = agencies.filter(
    (a) => a.field === scenario.field && a.regionCode.startsWith(city.slice(0, 4)),
  );
  if (mine.length && scenario.field !== 'other') {
    const district = mine.filter((a) => a.regionCode !== city);
    const pool = district.length && rng.chance(0.5) ? district : mine;
    const a = rng.pick(pool);
    return { id: a.id, name: a.name, regionCode: a.regionCode };
  }
  const unit = scenario.agency ?? (county.district ? '城市管理综合行政执法局' : '综合行政执法局');
  const name =
    county.district && scenario.agency
      ? `${county.city.name}${unit}${county.short}分局`
      : `${county.name}${unit}`;
  return { id: null, name, regionCode: county.code };
}

/**
 * Drafts one complaint received on `day` through `channel`: a city by its share of complaints, a
 * scenario, the agency it is about (one in the tree for a 12345 order), who complains (anonymous on some channels, an ID number now and
 * then), and the text with its slots filled; now and then about a decided case of that agency.
 */
export function draftComplaint(
  rng: Random,
  day: string,
  channel: ComplaintChannel,
  agencies: readonly DemoAgency[],
  cases: readonly DemoCase[],
): Drafted {
  const city = pickWeighted(rng, CITY_CODES, CITY_WEIGHTS);
  let [scenario, county] = [rng.pick(SCENARIOS), rng.pick(countiesUnder(city))];
  let agency = agencyFor(rng, scenario, city, county, agencies);
  // A 12345 order names a unit the importer can find in the tree.
  while (channel === 'hotline_12345' && !agency.id) {
    [scenario, county] = [rng.pick(SCENARIOS), rng.pick(countiesUnder(city))];
    agency = agencyFor(rng, scenario, city, county, agencies);
  }
  const officer = personName(rng, rng.chance(0.8));
  const slots: Record<string, string> = {
    place: rng.pick(CITY_PLACES[city]!.places),
    date: monthDay(addDays(day, -rng.int(3, 40))),
    shop: rng.pick(SHOPS),
    company: companyName(rng, county, rng.pick(INDUSTRIES)),
    officer,
    amount: String(scenario.amounts ? rng.pick(scenario.amounts) : 0),
    agency: agency.name,
    count: String(rng.int(4, 9)),
  };
  const target: ComplaintTarget = agency.id ? { agencyId: agency.id } : { agencyName: agency.name };
  const facts = rng.pick(scenario.facts);
  const decided = cases.filter((c) => c.agencyId === agency.id && c.decidedOn < addDays(day, -7));
  if (decided.length && facts.includes('{company}') && facts.includes('{amount}') && rng.chance(0.6)) {
    const c = rng.pick(decided);
    Object.assign(slots, { company: c.partyName, amount: String(c.fineYuan), date: monthDay(c.decidedOn) });
    Object.assign(target, { caseId: c.id, caseNumber: c.externalId });
  }
  if (scenario.officer) target.officerName = officer;
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? '');
  const [first, second] = rng.shuffle([...ASIDES]);
  const content = `${rng.pick(OPENERS[channel]!)}${fill(facts)}${first}${second}${rng.pick(DEMANDS)}`;
  const anonymous = ANONYMOUS_CHANNELS.includes(channel) && rng.chance(0.12);
  const male = rng.chance(0.55);
  const complainant = anonymous
    ? undefined
    : {
        name: personName(rng, male),
        phone: demoPhone(rng),
        ...(rng.chance(0.35) ? { idNumber: residentId(rng, county.code, birthDate(rng), male) } : {}),
      };
  return {
    entry: {
      anonymous,
      confidential: !anonymous && rng.chance(0.15),
      ...(complainant ? { complainant } : {}),
      regionCode: agency.regionCode,
      target,
      category: scenario.category,
      title: rng.pick(scenario.titles),
      content,
    },
    scenario,
    agency,
  };
}
