import {
  COMPLAINT_RATING_LABELS,
  type ComplaintChannel,
  type ComplaintRating,
} from '@jiandu/contracts/complaint-labels';
import type { MatterMode, MatterProblem } from '@jiandu/contracts/matter-labels';
import type { Random } from '@jiandu/generator/random';
import { addDays } from '../platform/calendar/dates.ts';
import { ANSWERS, RATING_COMMENTS, REMEDIES, UNRATED_CLOSE_NOTE } from './complaints-demo-data.ts';
import type { DemoAgency, DemoCase, Drafted } from './complaints-demo-entry.ts';

/** One step of a complaint's loop, on its day. `{related}` in a text is the repeated complaint's code. */
export type Step = { day: string } & (
  | { kind: 'accept' }
  | { kind: 'decline'; reason: string }
  | { kind: 'transfer'; regionCode: string; reason: string }
  | { kind: 'extend'; days: number; reason: string }
  | { kind: 'decide'; decision: 'approved' | 'refused'; note?: string }
  | { kind: 'answer'; answer: string }
  | { kind: 'rate'; rating: ComplaintRating; comment?: string }
  | { kind: 'reopen'; reason: string }
  | { kind: 'close'; note?: string }
  | { kind: 'matter'; title: string; mode: MatterMode; problems: MatterProblem[]; description: string }
);

/** A complaint of the demo: when and how it came, what it says, and what happens to it. */
export interface ComplaintPlan {
  day: string;
  channel: ComplaintChannel;
  drafted: Drafted;
  steps: Step[];
  /** The plan this one repeats (same person, same target, much the same words). */
  repeats?: ComplaintPlan;
  /** The client address of a portal submission. */
  ip: string;
  /** A 12345 work order's number, call time and the hotline's deadline (承办时限). */
  order?: { number: string; calledAt: string; dueOn: string };
}

/** What the plan is drawn against. */
export interface PlanWorld {
  today: string;
  agencies: readonly DemoAgency[];
  cases: readonly DemoCase[];
  isWorkingDay: (day: string) => boolean;
}

/** Problem types of a matter opened from a complaint, by category. */
export const MATTER_PROBLEMS_OF: Partial<Record<string, MatterProblem[]>> = {
  abuse_of_power: ['arbitrary_fines', 'discretion'],
  inaction: ['unfiled_case', 'buck_passing'],
  procedure: ['procedure'],
  conduct: ['other'],
};

type Finding = keyof typeof ANSWERS;

/** Running sums of weights for Random.weighted. */
export function cumulative(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

/** Writes the steps of complaints: working days on the demo's calendar, answers, ratings, matters. */
export class StoryWriter {
  constructor(
    private readonly rng: Random,
    private readonly world: PlanWorld,
  ) {}

  /** The `n`th working day after `day`. */
  working(day: string, n: number): string {
    let d = day;
    for (let left = n; left > 0; ) {
      d = addDays(d, 1);
      if (this.world.isWorkingDay(d)) left -= 1;
    }
    return d;
  }

  /** `day` if it is a working day, else the next one. */
  onWorkingDay(day: string): string {
    return this.world.isWorkingDay(day) ? day : this.working(day, 1);
  }

  /** The last working day before `day`. */
  before(day: string): string {
    let d = addDays(day, -1);
    while (!this.world.isWorkingDay(d)) d = addDays(d, -1);
    return d;
  }

  /** An answer of the handling office, with a remedy fitting the category when it is founded. */
  answer(p: ComplaintPlan, finding: Finding): string {
    return this.rng
      .pick(ANSWERS[finding])
      .replaceAll('{agency}', p.drafted.agency.name)
      .replace('{remedy}', this.rng.pick(REMEDIES[p.drafted.entry.category]));
  }

  /** Accepted within days, answered within the period (a few late, if `late`), rated and closed. */
  loop(p: ComplaintPlan, start: string, late = false): Step[] {
    const { rng } = this;
    const [min, max] =
      p.channel === 'petition' ? [20, 50] : p.channel === 'hotline_12345' ? [4, 14] : [6, 27];
    const accepted = this.working(start, late ? rng.int(6, 8) : rng.int(1, 3));
    const answered = this.onWorkingDay(addDays(accepted, late ? rng.int(31, 35) : rng.int(min, max)));
    const finding = rng.pick(['founded', 'founded', 'partly', 'unfounded'] as const);
    return [
      { kind: 'accept', day: accepted },
      { kind: 'answer', day: answered, answer: this.answer(p, finding) },
      ...this.rated(p, answered, finding),
    ];
  }

  /**
   * The complainant's rating (mostly satisfied; less so when the complaint was not founded) and the
   * closing; a 12345 order is rated by the hotline's own call-back, noted on closing; some never rate.
   */
  rated(p: ComplaintPlan, answered: string, finding: Finding): Step[] {
    const { rng } = this;
    const weights = finding === 'founded' ? [85, 13, 2] : finding === 'partly' ? [55, 38, 7] : [50, 35, 15];
    const rating = (['satisfied', 'basically', 'unsatisfied'] as const)[rng.weighted(cumulative(weights))]!;
    if (p.channel === 'hotline_12345') {
      const note = `12345热线回访结果: ${COMPLAINT_RATING_LABELS[rating]}, 予以办结。`;
      return [{ kind: 'close', day: this.working(answered, rng.int(2, 5)), note }];
    }
    if (!rng.chance(0.9))
      return [
        { kind: 'close', day: this.working(addDays(answered, 15), rng.int(1, 3)), note: UNRATED_CLOSE_NOTE },
      ];
    const day = addDays(answered, rng.int(1, 9));
    const comment = rng.pick(RATING_COMMENTS[rating]);
    return [
      { kind: 'rate', day, rating, ...(comment ? { comment } : {}) },
      { kind: 'close', day: this.working(day, rng.int(0, 2)) },
    ];
  }

  /** Opening a supervision matter on the agency, today (the matter service keeps the real clock). */
  matter(p: ComplaintPlan): Step {
    const { entry, agency } = p.drafted;
    return {
      kind: 'matter',
      day: this.world.today,
      title: `${agency.name}${entry.title.replace(/[, ，]/g, '')}问题监督`.slice(0, 100),
      mode: entry.category === 'abuse_of_power' || entry.category === 'procedure' ? 'binding' : 'advisory',
      problems: MATTER_PROBLEMS_OF[entry.category]!,
      description: `群众投诉反映: ${entry.title}。经初步核实, 该局执法中可能存在同类问题, 转立监督事项调查。`,
    };
  }
}
