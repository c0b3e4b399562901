import { REFERRAL_TARGET_LABELS } from '@jiandu/contracts/referral-labels';
import { personName } from '@jiandu/generator/people';
import { Random } from '@jiandu/generator/random';
import type { Services } from '../context.ts';
import type { ReferralService } from '../modules/referrals/referrals.service.ts';
import { addDays, todayInShanghai, weekday } from '../platform/calendar/dates.ts';
import type { Db } from '../platform/db/tables.ts';
import { demoActor } from './demo-actor.ts';
import { DemoClock } from './demo-clock.ts';
import { REFERRAL_STORIES, type ReferralEnd, type ReferralStory } from './referrals-demo-data.ts';

const ENDS: readonly ReferralEnd[] = [
  'draft',
  'submitted',
  'approved',
  'sent',
  'received',
  'answered',
  'closed',
];

interface Org {
  id: string;
  name: string;
  kind: string;
}

/** What a story refers to: its org, the origin's reference, the words to fill in, the handlers. */
interface Cast {
  org: Org;
  origin: ReferralStory['origin'];
  originRef: string | null;
  fill: (text: string) => string;
  handlers: string[];
}

/** A working day on or before `day` (drafting and sending happen in office hours). */
function workday(day: string): string {
  let d = day;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, -1);
  return d;
}

/** Finds who and what a story is about in the demo database; null when the demo lacks it. */
async function castOf(db: Db, story: ReferralStory, day: string, used: Set<string>): Promise<Cast | null> {
  const words: Record<string, string> = { subject: story.subject };
  let org: Org | undefined;
  let originRef: string | null = null;
  if (story.origin === 'complaint') {
    // A founded complaint about an officer's conduct: its office refers the officer to 纪检监察.
    const complaint = await db
      .selectFrom('complaint')
      .innerJoin('org', 'org.id', 'complaint.org_id')
      .select(['complaint.tracking_code', 'complaint.target', 'org.id', 'org.name', 'org.kind'])
      .where('complaint.category', '=', 'conduct')
      .where('complaint.status', '=', 'closed')
      .where('complaint.closed_on', '<=', day)
      .where('complaint.target', 'like', '%officerName%')
      .orderBy('complaint.closed_on', 'desc')
      .orderBy('complaint.id')
      .executeTakeFirst();
    if (!complaint) return null;
    org = { id: complaint.id, name: complaint.name, kind: complaint.kind };
    originRef = complaint.tracking_code;
    words.officer = (JSON.parse(complaint.target) as { officerName: string }).officerName;
    words['complaint office discipline'] = complaint.name.replace(/司法(局|厅)$/, '纪委监委');
  } else
    org = await db
      .selectFrom('org')
      .select(['id', 'name', 'kind'])
      .where('name', '=', story.org)
      .executeTakeFirst();
  if (!org) return null;
  let origin = story.origin;
  if (origin === 'case') {
    const found = await db
      .selectFrom('enforcement_case')
      .select(['id', 'party_name', 'title'])
      .where('org_id', '=', org.id)
      .where('party_type', '=', 'organization')
      .where('decided_on', '<', day)
      .where('fine_cents', '>', 0)
      .orderBy('fine_cents', 'desc')
      .orderBy('external_id')
      .execute();
    const pick = found.find((c) => !used.has(c.id) && story.caseLike?.test(c.title ?? ''));
    // No case of the agency fits the facts: the lead is referred as found otherwise.
    if (pick) {
      used.add(pick.id);
      // The referral names the case's party; a party recorded without a name keeps the story's.
      [originRef, words.subject] = [pick.id, pick.party_name?.trim() || story.subject];
    } else origin = 'manual';
  }
  if (story.origin === 'matter') {
    const matter = await db
      .selectFrom('matter')
      .innerJoin('org', 'org.id', 'matter.agency_org_id')
      .select(['matter.id', 'org.name'])
      .where('matter.org_id', '=', org.id)
      .where('matter.opened_on', '<', day)
      .orderBy('matter.opened_on')
      .orderBy('matter.id')
      .executeTakeFirst();
    if (!matter) return null;
    [originRef, words.agency] = [matter.id, matter.name];
  }
  const certificates = await db
    .selectFrom('certificate')
    .select('number')
    .where('org_id', '=', org.id)
    .where('type', '=', org.kind === 'supervisor' ? 'supervision' : 'enforcement')
    .where('status', '=', 'valid')
    .where('issue_date', '<=', day)
    .where('expiry_date', '>=', todayInShanghai())
    .orderBy('number')
    .limit(2)
    .execute();
  if (certificates.length < (story.target === 'police' ? 2 : 1)) return null;
  const fill = (text: string) => text.replace(/\{([\w ]+)\}/g, (_, key: string) => words[key] ?? '');
  return { org, origin, originRef, fill, handlers: certificates.map((c) => c.number) };
}

/** Plays one story through the referral service on its own clock, as far as it has gone by today. */
async function play(services: Services, story: ReferralStory, cast: Cast, draftedOn: string, rng: Random) {
  const today = todayInShanghai();
  const clock = new DemoClock(draftedOn);
  const referrals: ReferralService = services.referrals.withClock(clock);
  const { org, fill } = cast;
  const staff = demoActor(org.id, org.name, `${org.name}法制科`);
  const head = demoActor(org.id, org.name, `${org.name}主要负责人`, 'seed-head');
  const reaches = (end: ReferralEnd) => ENDS.indexOf(story.end) >= ENDS.indexOf(end);
  /** Moves the clock to a step's day; false when that day is still to come. */
  const on = (day: string) => {
    if (day > today) return false;
    clock.at(day);
    return true;
  };
  const { id } = await referrals.create(staff, {
    title: fill(story.title),
    targetKind: story.target,
    targetName: fill(story.targetName),
    origin: cast.origin,
    originRef: cast.originRef,
    subjectName: cast.origin === 'case' ? fill('{subject}') : fill(story.subject),
    suspectedOffence: story.offence,
    facts: fill(story.facts),
    handlers: cast.handlers,
    materials: story.materials.map((m) => ({ ...m, copies: 1, attachment: null })),
  });
  if (!reaches('submitted')) return;
  await referrals.submit(staff, id);
  const decided = addDays(draftedOn, 1);
  if (!reaches('approved') && !story.refusal) return;
  if (!on(decided)) return;
  await referrals.decide(
    head,
    id,
    story.refusal ? { decision: 'refused', reason: story.refusal } : { decision: 'approved', reason: '' },
  );
  if (story.refusal) {
    if (on(addDays(decided, 3))) await referrals.close(staff, id, { conclusion: story.conclusion! });
    return;
  }
  if (!reaches('sent')) return;
  await referrals.send(staff, id, { sentOn: decided, note: '' });
  const received = addDays(decided, 1);
  if (!reaches('received') || !on(received)) return;
  const receiver = `${story.target === 'police' ? '值班民警' : '案件监督管理室'} ${personName(rng, rng.chance(0.6))}`;
  await referrals.receive(staff, id, { receivedOn: received, receiver, attachments: [] });
  const outcome = story.outcome;
  const answeredOn = addDays(received, story.target === 'police' ? 2 : rng.int(18, 26));
  if (!reaches('answered') || !outcome || !on(addDays(answeredOn, 1))) return;
  const year = answeredOn.slice(0, 4);
  const contestable = story.target === 'police' && outcome.kind === 'not_filed';
  await referrals.feedback(staff, id, {
    outcome: outcome.kind,
    decidedOn: answeredOn,
    notifiedOn: contestable ? addDays(answeredOn, 1) : null,
    documentNumber: outcome.number?.replace('{year}', year) ?? null,
    reasons: outcome.reasons ?? '',
    attachments: [],
  });
  let filedOn = outcome.kind === 'filed' ? answeredOn : null;
  if (story.review && on(addDays(answeredOn, 3))) {
    const requestedOn = addDays(answeredOn, 3);
    await referrals.requestReview(staff, id, 'reconsideration', {
      requestedOn,
      bodyName: fill(story.targetName),
      documentNumber: story.review.request.replace('{year}', year),
      reasons: story.review.reasons,
      attachments: [],
    });
    const reviewed = addDays(requestedOn, 3);
    if (!on(addDays(reviewed, 1))) return;
    await referrals.decideReview(staff, id, 'reconsideration', {
      result: story.review.result,
      decidedOn: reviewed,
      notifiedOn: addDays(reviewed, 1),
      documentNumber: story.review.number.replace('{year}', year),
      reasons: story.review.answer ?? '',
      attachments: [],
    });
    filedOn = story.review.result === 'filed' ? reviewed : null;
  } else if (contestable && on(addDays(answeredOn, 6))) await referrals.runReminders();
  if (filedOn && story.target === 'police' && on(addDays(filedOn, 2)))
    await referrals.handover(staff, id, {
      handedOverOn: addDays(filedOn, 2),
      note: '涉案物品及有关材料已随案移交',
    });
  if (reaches('closed') && on(addDays(filedOn ?? answeredOn, 6)))
    await referrals.close(staff, id, { conclusion: story.conclusion! });
}

/**
 * About twenty referrals over the demo's years, played through the referral service on clocks set
 * to their days: most to the police (伪劣产品, 非法经营, 污染环境, 非法占用农用地 …) with the
 * 移送书 generated, filings, exhibits handed over, a refusal to file and one reconsidered, one
 * returned; a referral the head refused; a few to 纪检监察 and the procuratorate; the newest still
 * in draft, awaiting approval, sent or awaiting an answer, two of them overdue.
 */
export async function seedReferralsDemo(services: Services, db: Db, onProgress: (line: string) => void) {
  const today = todayInShanghai();
  const rng = new Random('liaoning-referrals');
  const used = new Set<string>();
  const counts = new Map<string, number>();
  for (const story of [...REFERRAL_STORIES].sort((a, b) => b.ago - a.ago)) {
    const draftedOn = workday(addDays(today, -story.ago));
    const cast = await castOf(db, story, draftedOn, used);
    if (!cast) continue;
    await play(services, story, cast, draftedOn, rng);
    const label = REFERRAL_TARGET_LABELS[story.target].replace(/ \(.*\)$/, '');
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const { overdue } = await services.referrals.runReminders();
  onProgress(
    `  线索移送: ${[...counts].map(([target, n]) => `${target} ${n} 件`).join(', ')}; 逾期 ${overdue} 件`,
  );
}
