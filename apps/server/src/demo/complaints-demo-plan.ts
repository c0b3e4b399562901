import type { ComplaintChannel } from '@jiandu/contracts/complaint-labels';
import type { Random } from '@jiandu/generator/random';
import { bigrams, jaccard } from '../modules/complaints/complaint-similarity.ts';
import { addDays, toDayNumber } from '../platform/calendar/dates.ts';
import {
  CITY_ORDER_PREFIX,
  DECLINE_REASONS,
  EXTENSION_REASONS,
  REOPEN_REASONS,
  TRANSFER_REASON,
} from './complaints-demo-data.ts';
import { draftComplaint } from './complaints-demo-entry.ts';
import { withRepeats } from './complaints-demo-repeats.ts';
import {
  type ComplaintPlan,
  cumulative,
  MATTER_PROBLEMS_OF,
  type PlanWorld,
  StoryWriter,
} from './complaints-demo-steps.ts';

const CHANNELS: readonly ComplaintChannel[] = [
  'hotline_12345',
  'web',
  'phone',
  'letter',
  'visit',
  'petition',
];
const CHANNEL_WEIGHTS = [30, 21, 15, 12, 12, 10];
const HOTLINE = 'hotline_12345';

/** Complaints received over the 14 months to today, more of them lately; 12345 orders as work orders. */
function draftAll(rng: Random, world: PlanWorld, w: StoryWriter, count: number): ComplaintPlan[] {
  const plans: ComplaintPlan[] = [];
  const recent: { day: string; pairs: Set<string> }[] = [];
  for (let i = 0; i < count; i++) {
    let channel = CHANNELS[rng.weighted(cumulative(CHANNEL_WEIGHTS))]!;
    // Spread over the 14 months, more of them lately (the platform has been taken up).
    let day = addDays(world.today, -Math.floor(425 * (1 - Math.sqrt((i + rng.next()) / count))));
    if (channel !== 'web' && channel !== HOTLINE) day = w.onWorkingDay(day);
    if (day > world.today) [channel, day] = ['web', world.today];
    // Different people write differently: a draft much like a recent one is drawn again, so only
    // the planned repeats are found similar (the service links complaints at 0.6).
    let drafted = draftComplaint(rng, day, channel, world.agencies, world.cases);
    let pairs = bigrams(`${drafted.entry.title}${drafted.entry.content}`);
    for (
      let tries = 0;
      tries < 8 && recent.some((r) => r.day >= addDays(day, -90) && jaccard(r.pairs, pairs) >= 0.5);
      tries++
    ) {
      drafted = draftComplaint(rng, day, channel, world.agencies, world.cases);
      pairs = bigrams(`${drafted.entry.title}${drafted.entry.content}`);
    }
    recent.push({ day, pairs });
    // The hotline's callers give no ID number.
    if (channel === HOTLINE) delete drafted.entry.complainant?.idNumber;
    plans.push({ day, channel, drafted, steps: [], ip: `10.21.${Math.floor(i / 250)}.${(i % 250) + 1}` });
  }
  plans.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return plans;
}

/** Numbers the 12345 work orders by city and day, once the complaints' days are settled. */
function numberOrders(rng: Random, w: StoryWriter, plans: readonly ComplaintPlan[]): void {
  const perDay = new Map<string, number>();
  for (const p of plans) {
    if (p.channel !== HOTLINE) continue;
    const prefix = CITY_ORDER_PREFIX[`${p.drafted.agency.regionCode.slice(0, 4)}00`] ?? 'LN';
    const seq = (perDay.get(prefix + p.day) ?? 0) + 1;
    perDay.set(prefix + p.day, seq);
    const time = `${String(rng.int(8, 20)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    p.order = {
      number: `${prefix}12345${p.day.replaceAll('-', '')}${String(seq).padStart(4, '0')}`,
      calledAt: `${p.day} ${time}`,
      dueOn: w.working(p.day, 15),
    };
  }
}

/**
 * Plans the demo's complaints, oldest first. Special stories go to complaints of a fitting age:
 * two waiting past the acceptance period, three past the answer period (one with an extension
 * asked and not yet decided), three turned into matters, six extended (one refused), five
 * reopened, twelve passed down from the province or city and two still waiting on that office,
 * three repeats; the rest go round the ordinary loop, out-of-scope ones declined.
 */
export function planComplaints(rng: Random, world: PlanWorld, count: number): ComplaintPlan[] {
  const w = new StoryWriter(rng, world);
  const plans = draftAll(rng, world, w, count);
  const age = (day: string) => toDayNumber(world.today) - toDayNumber(day);
  const taken = new Set<ComplaintPlan>();
  const take = (
    n: number,
    fits: (p: ComplaintPlan) => boolean,
    tell: (p: ComplaintPlan, i: number) => void,
  ) =>
    rng
      .shuffle(plans.filter((q) => !taken.has(q) && fits(q)))
      .slice(0, n)
      .forEach((p, i) => {
        taken.add(p);
        tell(p, i);
      });
  const direct = (p: ComplaintPlan) => !!p.drafted.agency.id && p.channel !== 'petition';
  const entered = (p: ComplaintPlan) => direct(p) && p.channel !== HOTLINE;
  const between = (p: ComplaintPlan, min: number, max: number) => age(p.day) >= min && age(p.day) <= max;
  /** Takes complaints for a story of the last weeks, moving a slightly older one into the window. */
  const takeRecent = (
    n: number,
    fits: (p: ComplaintPlan) => boolean,
    [min, max]: [number, number],
    tell: (p: ComplaintPlan, i: number) => void,
  ) =>
    take(
      n,
      (p) => fits(p) && between(p, min, max + 90),
      (p, i) => {
        if (age(p.day) > max) p.day = w.before(addDays(world.today, -rng.int(min, max) + 1));
        tell(p, i);
      },
    );

  takeRecent(2, direct, [10, 25], () => {});
  takeRecent(3, direct, [45, 75], (p, i) => {
    const accepted = w.working(p.day, rng.int(1, 3));
    p.steps = [{ kind: 'accept', day: accepted }];
    if (i === 0)
      p.steps.push({ kind: 'extend', day: addDays(accepted, 20), days: 20, reason: EXTENSION_REASONS[2]! });
  });
  const supervisable = (p: ComplaintPlan) => direct(p) && !!MATTER_PROBLEMS_OF[p.drafted.entry.category];
  take(
    1,
    (p) => supervisable(p) && between(p, 60, 120),
    (p) => {
      p.steps = [...w.loop(p, p.day), w.matter(p)];
    },
  );
  takeRecent(
    2,
    (p) => supervisable(p) && p.channel !== HOTLINE,
    [10, 24],
    (p) => {
      p.steps = [{ kind: 'accept', day: w.working(p.day, 2) }, w.matter(p)];
    },
  );
  take(
    6,
    (p) => entered(p) && age(p.day) >= 80,
    (p, i) => {
      const accepted = w.working(p.day, rng.int(1, 3));
      const refused = i === 0;
      const asked = addDays(accepted, rng.int(22, 25));
      const answered = w.onWorkingDay(addDays(accepted, refused ? 29 : rng.int(34, 48)));
      p.steps = [
        { kind: 'accept', day: accepted },
        { kind: 'extend', day: asked, days: 30, reason: rng.pick(EXTENSION_REASONS) },
        refused
          ? {
              kind: 'decide',
              day: w.working(asked, 1),
              decision: 'refused',
              note: '理由不充分, 请在原期限内办结。',
            }
          : { kind: 'decide', day: w.working(asked, 1), decision: 'approved' },
        { kind: 'answer', day: answered, answer: w.answer(p, 'founded') },
        ...w.rated(p, answered, 'founded'),
      ];
    },
  );
  // Reopened: four answered again and rated; the newest reopened lately and in hand again.
  const reopen = (p: ComplaintPlan, i: number, recent = false) => {
    const accepted = w.working(p.day, 1);
    const answered = w.onWorkingDay(addDays(accepted, recent ? rng.int(6, 9) : rng.int(8, 20)));
    const reopened = addDays(answered, recent ? rng.int(3, 5) : rng.int(3, 10));
    const again = w.onWorkingDay(addDays(reopened, rng.int(10, 20)));
    p.steps = [
      { kind: 'accept', day: accepted },
      { kind: 'answer', day: answered, answer: w.answer(p, 'unfounded') },
      { kind: 'reopen', day: reopened, reason: REOPEN_REASONS[i % REOPEN_REASONS.length]! },
    ];
    if (again < world.today)
      p.steps.push(
        { kind: 'answer', day: again, answer: w.answer(p, 'founded') },
        ...w.rated(p, again, 'partly'),
      );
  };
  const rateable = (p: ComplaintPlan) => entered(p) && !!p.drafted.entry.complainant;
  take(4, (p) => rateable(p) && between(p, 60, 300), reopen);
  takeRecent(1, rateable, [20, 30], (p) => reopen(p, 0, true));
  // Sent to the province (or, for a district agency, to the city), which passes it down; two of
  // the last month's, moved to the last working days, still wait on the office they went to.
  const transfer = (p: ComplaintPlan, handled: boolean) => {
    const from = p.drafted.agency.regionCode;
    const { agencyId: _, ...target } = p.drafted.entry.target;
    p.drafted.entry.target = { ...target, agencyName: p.drafted.agency.name };
    p.drafted.entry.regionCode = from.endsWith('00') || rng.chance(0.5) ? '210000' : `${from.slice(0, 4)}00`;
    if (!handled) p.day = w.before(w.before(world.today));
    const moved = handled ? w.working(p.day, rng.int(1, 2)) : w.before(world.today);
    p.steps = [{ kind: 'transfer', day: moved, regionCode: from, reason: TRANSFER_REASON }];
    if (handled) p.steps.push(...w.loop(p, moved));
  };
  take(
    2,
    (p) => entered(p) && age(p.day) <= 30,
    (p) => transfer(p, false),
  );
  take(
    12,
    (p) => entered(p) && age(p.day) >= 60,
    (p) => transfer(p, true),
  );

  for (const p of plans) {
    if (taken.has(p)) continue;
    const scope = p.drafted.scenario.outOfScope;
    let declined = scope && rng.chance(0.85) ? scope : null;
    if (!declined && rng.chance(0.05)) {
      const [says, reason] = rng.pick(DECLINE_REASONS);
      p.drafted.entry.content += says;
      declined = reason.replace('{agency}', p.drafted.agency.name);
    }
    p.steps = declined
      ? [{ kind: 'decline', day: w.working(p.day, rng.int(1, 3)), reason: declined }]
      : w.loop(p, p.day, age(p.day) > 150 && rng.chance(0.05));
  }
  const all = withRepeats(rng, w, plans, world.today);
  numberOrders(rng, w, all);
  return all;
}
