import { Random } from '@jiandu/generator/random';
import { describe, expect, it } from 'vitest';
import { similarity } from '../modules/complaints/complaint-similarity.ts';
import { bundledSchedules } from '../platform/calendar/calendar-seed.ts';
import { addDays } from '../platform/calendar/dates.ts';
import { buildCalendar, isWorkingDay, withProvisionalYears } from '../platform/calendar/working-calendar.ts';
import { type DemoAgency, fieldOf } from './complaints-demo-entry.ts';
import { planComplaints } from './complaints-demo-plan.ts';
import type { ComplaintPlan } from './complaints-demo-steps.ts';
import { type DemoOrg, LIAONING_DEMO } from './liaoning-orgs.ts';

const agencies: DemoAgency[] = [];
const walk = (org: DemoOrg) => {
  const field = org.kind === 'agency' ? fieldOf(org.name) : undefined;
  if (field) agencies.push({ id: org.key, name: org.name, regionCode: org.region, field });
  for (const child of org.children ?? []) walk(child);
};
walk(LIAONING_DEMO);
const schedules = bundledSchedules();
const calendar = withProvisionalYears(
  buildCalendar(schedules.keys(), [...schedules.values()].flat()),
  [2026, 2027],
);
const plan = (today: string) =>
  planComplaints(
    new Random('liaoning-complaints'),
    { today, agencies, cases: [], isWorkingDay: (day) => isWorkingDay(calendar, day) },
    160,
  );
const done = (p: ComplaintPlan, today: string) => p.steps.filter((s) => s.day <= today);
const kinds = (p: ComplaintPlan, today: string) => done(p, today).map((s) => s.kind);

// The demo is drawn relative to the day it is loaded: a day after a long holiday, a Monday, the
// first day of a year not yet on the official calendar.
describe.each(['2026-10-09', '2026-11-30', '2027-01-01'])('the demo complaints planned on %s', (today) => {
  const plans = plan(today);

  it('are the same every time they are drawn', () => {
    expect(JSON.stringify(plan(today))).toBe(JSON.stringify(plans));
  });

  it('come from every channel over fourteen months, the 12345 hotline the largest', () => {
    const byChannel = new Map<string, number>();
    for (const p of plans) byChannel.set(p.channel, (byChannel.get(p.channel) ?? 0) + 1);
    expect(byChannel.size).toBe(6);
    expect(Math.max(...byChannel.values())).toBe(byChannel.get('hotline_12345'));
    expect(plans[0]!.day < addDays(today, -365)).toBe(true);
    expect(plans.every((p) => p.day <= today)).toBe(true);
  });

  it('go through their steps in order, after they came in', () => {
    for (const p of plans) {
      const days = p.steps.map((s) => s.day);
      expect([...days].sort(), p.drafted.entry.title).toEqual(days);
      expect(days.every((d) => d >= p.day)).toBe(true);
    }
  });

  it('hold every special story, whatever the day', () => {
    const count = (test: (p: ComplaintPlan) => boolean) => plans.filter(test).length;
    expect(count((p) => done(p, today).length === 0 && p.day < addDays(today, -9))).toBeGreaterThanOrEqual(2);
    expect(count((p) => kinds(p, today).join() === 'transfer')).toBe(2);
    expect(count((p) => kinds(p, today).includes('matter'))).toBe(3);
    expect(count((p) => kinds(p, today).includes('reopen'))).toBe(5);
    expect(count((p) => kinds(p, today).includes('decide'))).toBe(6);
    expect(count((p) => !!p.repeats)).toBe(3);
    expect(count((p) => kinds(p, today).at(-1) === 'decline')).toBeGreaterThanOrEqual(5);
  });

  it('number each 12345 work order once, called in on the day it was registered', () => {
    const orders = plans.flatMap((p) => (p.order ? [{ ...p.order, day: p.day }] : []));
    expect(orders.length).toBe(plans.filter((p) => p.channel === 'hotline_12345').length);
    expect(new Set(orders.map((o) => o.number)).size).toBe(orders.length);
    for (const o of orders) expect(o.calledAt.slice(0, 10)).toBe(o.day);
  });

  it('resemble each other only where one repeats the other', () => {
    for (const [i, a] of plans.entries())
      for (const b of plans.slice(0, i)) {
        if (b.day < addDays(a.day, -90) || a.repeats === b || b.repeats === a) continue;
        const text = (p: ComplaintPlan) => `${p.drafted.entry.title}${p.drafted.entry.content}`;
        expect(
          similarity(text(a), text(b)),
          `${a.drafted.entry.title} / ${b.drafted.entry.title}`,
        ).toBeLessThan(0.6);
      }
  });
});
