import type { Random } from '@jiandu/generator/random';
import { addDays } from '../platform/calendar/dates.ts';
import type { ComplaintPlan, Step, StoryWriter } from './complaints-demo-steps.ts';

/**
 * Adds three complaints made again by the same person about the same officer in much the same
 * words, as people do when they hear nothing: merged with the first while it is open, declined as
 * a repeat once it has been answered. Returns every plan, oldest first.
 */
export function withRepeats(
  rng: Random,
  w: StoryWriter,
  plans: ComplaintPlan[],
  today: string,
): ComplaintPlan[] {
  const bases = plans.filter(
    (p) =>
      p.drafted.entry.complainant &&
      p.drafted.entry.target.officerName &&
      p.channel !== 'hotline_12345' &&
      p.steps[0]?.kind === 'accept' &&
      p.steps.some((s) => s.kind === 'answer') &&
      p.day < addDays(today, -45) &&
      p.day > addDays(today, -300),
  );
  const repeats = rng
    .shuffle(bases)
    .slice(0, 3)
    .map((base, i): ComplaintPlan => {
      const day = w.working(base.day, i === 0 ? rng.int(4, 6) : rng.int(30, 40));
      const answered = base.steps.find((s) => s.kind === 'answer')!;
      const entry = base.drafted.entry;
      const again = {
        ...entry,
        title: `再次反映: ${entry.title}`.slice(0, 60),
        content: `${entry.content}此前已经反映过一次, 至今没有看到处理结果, 现再次反映。`,
      };
      const plan = { ...base, day, channel: rng.pick(['phone', 'web'] as const), repeats: base };
      plan.drafted = { ...base.drafted, entry: again };
      if (answered.day < day) {
        const reason = `您反映的问题与此前提交的投诉 (查询码 {related}) 系同一事项, 已于${answered.day}作出答复, 不再重复受理。如对答复不满意, 可凭原查询码申请重新办理。`;
        return { ...plan, steps: [{ kind: 'decline', day: w.working(day, 1), reason }] };
      }
      const on = [w.working(day, 1), answered.day].sort()[1]!;
      const first = answered.kind === 'answer' ? answered.answer : '';
      const steps: Step[] = [
        { kind: 'accept', day: w.working(day, 1) },
        { kind: 'answer', day: on, answer: `本件与前次投诉 (查询码 {related}) 合并办理。${first}` },
        { kind: 'close', day: w.working(on, 16), note: '与前次投诉合并办理并答复, 予以办结。' },
      ];
      return { ...plan, steps };
    });
  return [...plans, ...repeats].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
