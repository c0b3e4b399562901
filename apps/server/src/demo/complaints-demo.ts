import { COMPLAINT_CHANNEL_LABELS, type ComplaintChannel } from '@jiandu/contracts/complaint-labels';
import { Random } from '@jiandu/generator/random';
import type { Services } from '../context.ts';
import type { ComplaintService } from '../modules/complaints/complaints.service.ts';
import { readHotlineUpload } from '../modules/complaints/complaints-import.ts';
import type { UserActor } from '../platform/authz/actor.ts';
import { bundledSchedules } from '../platform/calendar/calendar-seed.ts';
import { todayInShanghai } from '../platform/calendar/dates.ts';
import { buildCalendar, isWorkingDay, withProvisionalYears } from '../platform/calendar/working-calendar.ts';
import type { Db } from '../platform/db/tables.ts';
import { type DemoAgency, type DemoCase, fieldOf } from './complaints-demo-entry.ts';
import { planComplaints } from './complaints-demo-plan.ts';
import type { ComplaintPlan, Step } from './complaints-demo-steps.ts';
import { demoActor } from './demo-actor.ts';
import { DemoClock } from './demo-clock.ts';

/** Complaints in the demo over its 14 months: a city office sees one or two a week. */
const COMPLAINTS = 160;
/** Complaints carried through at once: each has its own clock, and the password hashing overlaps. */
const LANES = 4;

interface Office {
  id: string;
  name: string;
  region_code: string;
}

/** What the demo reads back to draw complaints against: agencies, supervision offices, decided cases. */
async function demoWorld(db: Db) {
  const orgs = await db
    .selectFrom('org')
    .select(['id', 'name', 'kind', 'region_code'])
    .where('kind', 'in', ['agency', 'supervisor'])
    .orderBy('path')
    .execute();
  const agencies: DemoAgency[] = orgs.flatMap((o) => {
    const field = o.kind === 'agency' ? fieldOf(o.name) : undefined;
    return field ? [{ id: o.id, name: o.name, regionCode: o.region_code, field }] : [];
  });
  const rows = await db
    .selectFrom('enforcement_case')
    .select(['id', 'org_id', 'external_id', 'party_name', 'fine_cents', 'decided_on'])
    .where('party_type', '=', 'organization')
    .where('fine_cents', '>', 0)
    .where('decided_on', 'is not', null)
    .orderBy('external_id')
    .execute();
  const cases: DemoCase[] = rows.map((r) => ({
    id: r.id,
    agencyId: r.org_id,
    externalId: r.external_id,
    partyName: r.party_name ?? '',
    fineYuan: Math.round(Number(r.fine_cents) / 100),
    decidedOn: r.decided_on!,
  }));
  const offices = orgs.filter((o) => o.kind === 'supervisor') as Office[];
  return { agencies, cases, offices };
}

/** The office that handles complaints about a place: the county's, else the city's, else the province's. */
function officeOf(offices: readonly Office[], regionCode: string): Office {
  for (const code of [regionCode, `${regionCode.slice(0, 4)}00`, `${regionCode.slice(0, 2)}0000`]) {
    const office = offices.find((o) => o.region_code === code);
    if (office) return office;
  }
  throw new Error(`演示数据: ${regionCode} 没有执法监督机构`);
}

/** The answer to a challenge's question ("7 + 5 = ?"), read as a person reads it. */
export function readChallenge(question: string): number {
  const [, a, op, b] = /^(\d+) ([+-]) (\d+) = \?$/.exec(question) ?? [];
  if (!a || !b) throw new Error(`验证题格式无法识别: ${question}`);
  return op === '+' ? Number(a) + Number(b) : Number(a) - Number(b);
}

/** A handler of the office; without complaint.identity, so each step is not an audited look at who complained. */
function handler(o: Office, displayName = `${o.name}执法监督科`, userId = 'seed'): UserActor {
  const actor = demoActor(o.id, o.name, displayName, userId);
  const grants = new Map(actor.grants);
  grants.delete('complaint.identity');
  return { ...actor, grants };
}
const leader = (o: Office) => handler(o, `${o.name}分管负责人`, 'seed-leader');

/** Registers a complaint the way its channel brings it in; returns its id and what the complainant keeps. */
async function register(complaints: ComplaintService, db: Db, plan: ComplaintPlan, office: Office) {
  const entry = plan.drafted.entry;
  if (plan.channel === 'web') {
    const challenge = complaints.public.challenge();
    const { trackingCode, password } = await complaints.public.submit(
      {
        ...entry,
        attachments: [],
        challengeToken: challenge.token,
        challengeAnswer: readChallenge(challenge.question),
      },
      plan.ip,
    );
    const row = await db
      .selectFrom('complaint')
      .select('id')
      .where('tracking_code', '=', trackingCode)
      .executeTakeFirstOrThrow();
    return { id: row.id, trackingCode, password };
  }
  if (plan.channel === 'hotline_12345') return importOrder(complaints, plan, office);
  const done = await complaints.register(handler(office), {
    ...entry,
    channel: plan.channel,
    receivedOn: plan.day,
  });
  return { id: done.complaint.id, trackingCode: done.trackingCode, password: done.password };
}

/** A 12345 work order imported as the office does it (as JSON); its caller follows it through 12345. */
async function importOrder(complaints: ComplaintService, plan: ComplaintPlan, office: Office) {
  const { entry, agency } = plan.drafted;
  const order = plan.order!;
  const rows = await readHotlineUpload(
    [
      {
        orderNumber: order.number,
        calledAt: order.calledAt,
        callerName: entry.complainant?.name ?? '',
        callerPhone: entry.complainant?.phone ?? '',
        anonymous: entry.anonymous,
        confidential: entry.confidential,
        category: entry.category,
        title: entry.title,
        content: entry.content,
        agencyName: agency.name,
        officerName: entry.target.officerName ?? '',
        dueOn: order.dueOn,
      },
    ],
    'application/json',
  );
  const result = await complaints.importHotline(handler(office), rows);
  const done = result.orders[0];
  if (!done?.created)
    throw new Error(`演示数据: 12345工单 ${order.number} 未能导入: ${JSON.stringify(result.errors)}`);
  return { id: done.complaintId, trackingCode: done.trackingCode, password: '' };
}

/** Carries one complaint through its steps up to today, on a clock of its own. */
async function carry(
  services: Services,
  db: Db,
  offices: readonly Office[],
  plan: ComplaintPlan,
  registered: Map<ComplaintPlan, Promise<{ id: string; trackingCode: string; password: string }>>,
  today: string,
) {
  const clock = new DemoClock(plan.day);
  const complaints = services.complaints.withClock(clock);
  const { entry, agency } = plan.drafted;
  let office = officeOf(offices, entry.target.agencyId ? agency.regionCode : entry.regionCode);
  const related = plan.repeats ? (await registered.get(plan.repeats)!).trackingCode : '';
  const done = register(complaints, db, plan, office);
  registered.set(plan, done);
  const { id, trackingCode, password } = await done;
  const fill = (text: string) => text.replace('{related}', related);
  for (const step of plan.steps as Step[]) {
    if (step.day > today) break;
    clock.at(step.day);
    const by = handler(office);
    if (step.kind === 'accept') await complaints.accept(by, id);
    else if (step.kind === 'decline') await complaints.decline(by, id, { reason: fill(step.reason) });
    else if (step.kind === 'transfer') {
      const to = officeOf(offices, step.regionCode);
      const reason = step.reason.replace('{agency}', agency.name).replaceAll('{org}', to.name);
      await complaints.transfer(by, id, { orgId: to.id, reason });
      office = to;
    } else if (step.kind === 'extend')
      await complaints.requestExtension(by, id, { days: step.days, reason: step.reason });
    else if (step.kind === 'decide')
      await complaints.decideExtension(leader(office), id, {
        decision: step.decision,
        ...(step.note ? { note: step.note } : {}),
      });
    else if (step.kind === 'answer') await complaints.answer(by, id, { answer: fill(step.answer) });
    else if (step.kind === 'rate')
      await complaints.public.rate(
        trackingCode,
        { password, rating: step.rating, ...(step.comment ? { comment: step.comment } : {}) },
        plan.ip,
      );
    else if (step.kind === 'reopen')
      await complaints.public.reopen(trackingCode, { password, reason: step.reason }, plan.ip);
    else if (step.kind === 'close') await complaints.close(by, id, step.note);
    else if (step.kind === 'matter')
      await complaints.openMatter(by, id, {
        title: step.title,
        agencyId: entry.target.agencyId!,
        mode: step.mode,
        problems: step.problems,
        description: step.description,
      });
  }
}

/**
 * Fourteen months of complaints for the Liaoning demo, drawn from a fixed seed and carried through
 * the complaint service on clocks set to their days: registered from every channel (the portal
 * with its challenge answered), accepted, declined with reasons or passed down to the office of
 * the place, extended, answered, rated and closed by the complainant's code, reopened, merged with
 * a repeat, turned into supervision matters; the newest still open and a few overdue.
 */
export async function seedComplaintsDemo(services: Services, db: Db, onProgress: (line: string) => void) {
  const { agencies, cases, offices } = await demoWorld(db);
  const schedules = bundledSchedules();
  const today = todayInShanghai();
  const calendar = withProvisionalYears(buildCalendar(schedules.keys(), [...schedules.values()].flat()), [
    Number(today.slice(0, 4)),
    Number(today.slice(0, 4)) + 1,
  ]);
  const world = { today, agencies, cases, isWorkingDay: (day: string) => isWorkingDay(calendar, day) };
  const plans = planComplaints(new Random('liaoning-complaints'), world, COMPLAINTS);
  const registered = new Map<
    ComplaintPlan,
    Promise<{ id: string; trackingCode: string; password: string }>
  >();
  let next = 0;
  const lane = async () => {
    while (next < plans.length) await carry(services, db, offices, plans[next++]!, registered, today);
  };
  await Promise.all(Array.from({ length: LANES }, lane));
  const reminders = await services.complaints.runReminders();
  const byChannel = new Map<ComplaintChannel, number>();
  for (const p of plans) byChannel.set(p.channel, (byChannel.get(p.channel) ?? 0) + 1);
  onProgress(
    `  投诉举报: ${plans.length} 件 (${[...byChannel].map(([c, n]) => `${COMPLAINT_CHANNEL_LABELS[c]} ${n}`).join(', ')}; 逾期 ${reminders.overdue} 件)`,
  );
}
