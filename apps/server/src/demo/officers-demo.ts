import type { CertificateStatus, CertificateType } from '@jiandu/contracts/officers';
import type { Services } from '../context.ts';
import { certificateRows, firstPost, officerRow, type RowBatch } from '../modules/officers/officers-bulk.ts';
import type { Actor } from '../platform/audit/audit.ts';
import { addDays, toDayNumber, todayInShanghai, yearOf } from '../platform/calendar/dates.ts';
import { newId } from '../platform/ids.ts';
import {
  COMMON_COURSES,
  dateBetween,
  ISSUERS,
  laterOf,
  PROVIDERS,
  person,
  plusYears,
  profileOf,
  REVIEWER_POSTS,
  type Rng,
  random,
  SUPERVISION_POSTS,
} from './officers-demo-data.ts';

/*
 * The officer demo: every agency of the demo tree gets 6–25 officers (townships 6–10) with
 * realistic names, valid Liaoning ID numbers, posts matching the agency, at least two legal
 * reviewers, an enforcement certificate each, training and exam records; every justice bureau gets
 * 2–4 supervision staff with 监督证. Certificates span every status. Certificate numbers read
 * region code + 2-digit issue year + 6-digit sequence (21010219000123) — a demo format only, the
 * real one is not published. Built as rows and written in one transaction, so it takes well
 * under a second or two on a fresh start.
 */

const SEED_ACTOR: Actor = { id: 'seed', name: '演示数据(seed)' };

type Fate =
  | 'valid'
  | 'expiring7'
  | 'expiring30'
  | 'expiring60'
  | 'expired'
  | 'suspended'
  | 'revoked'
  | 'cancelled';

/** Issue and expiry dates for a fate: issued 2019–2025 for 5 or 6 years. */
function validity(rng: Rng, fate: Fate, today: string, earliest: string): { issue: string; expiry: string } {
  const years = rng.chance(0.5) ? 5 : 6;
  const ending = (expiry: string) => ({ issue: addDays(plusYears(expiry, -years), 1), expiry });
  if (fate === 'expiring7') return ending(addDays(today, rng.int(2, 6)));
  if (fate === 'expiring30') return ending(addDays(today, rng.int(12, 28)));
  if (fate === 'expiring60') return ending(addDays(today, rng.int(35, 58)));
  if (fate === 'expired') return ending(addDays(today, -rng.int(20, 400)));
  for (let i = 0; ; i++) {
    const issue = dateBetween(rng, laterOf(earliest, '2019-01-01'), '2025-10-31');
    const expiry = addDays(plusYears(issue, rng.chance(0.5) ? 5 : 6), -1);
    if (expiry > addDays(today, 75) || i > 40)
      return { issue, expiry: expiry > addDays(today, 75) ? expiry : plusYears(today, 3) };
  }
}

/** The later events of a certificate's fate, each dated between issue and today. */
function history(rng: Rng, fate: Fate, issue: string, today: string) {
  const late = (from: number, to: number) => addDays(today, -rng.int(from, to));
  const after = (date: string) => (date > issue ? date : addDays(issue, 30));
  if (fate === 'suspended')
    return [
      {
        status: 'suspended' as CertificateStatus,
        effectiveDate: after(late(20, 120)),
        reason: '涉嫌违法违纪, 立案调查期间暂扣',
      },
    ];
  if (fate === 'revoked') {
    const suspended = after(late(200, 300));
    return [
      {
        status: 'suspended' as CertificateStatus,
        effectiveDate: suspended,
        reason: '涉嫌违法违纪, 立案调查期间暂扣',
      },
      {
        status: 'revoked' as CertificateStatus,
        effectiveDate: addDays(suspended, rng.int(60, 150)),
        reason: '受到开除处分',
      },
    ];
  }
  if (fate === 'cancelled')
    return [
      {
        status: 'cancelled' as CertificateStatus,
        effectiveDate: after(late(30, 500)),
        reason: '调离执法岗位',
      },
    ];
  return [];
}

/** The officer demo's rows, built in memory; see the file comment. */
export function buildOfficerDemo(
  services: Services,
  orgs: { id: string; name: string; kind: string; region_code: string }[],
  today: string,
): RowBatch & { officerCount: number } {
  const rng = random(20_261_127);
  const now = new Date().toISOString();
  const batch = {
    officers: [],
    posts: [],
    certificates: [],
    events: [],
    trainings: [],
    exams: [],
  } as Required<RowBatch>;
  const used = new Set<string>();
  const sequences = new Map<string, number>();
  const keyring = services.officers.keyring;
  const year = yearOf(today);
  const agencies = orgs.filter((o) => o.kind === 'agency' || o.kind === 'township_government');
  const fates: Fate[] = [
    'suspended',
    'suspended',
    'revoked',
    'cancelled',
    'cancelled',
    'cancelled',
    'expired',
    'expired',
    'expired',
    'expired',
  ];
  fates.push(
    'expiring7',
    'expiring7',
    'expiring30',
    'expiring30',
    'expiring30',
    'expiring60',
    'expiring60',
    'expiring60',
    'expiring60',
  );
  let transfers = 3;

  const add = (org: (typeof orgs)[number], role: 'officer' | 'reviewer' | 'supervision', fate: Fate) => {
    const profile = profileOf(org.name);
    const region = org.region_code.slice(0, 6);
    const p = person(rng, today, region.slice(0, 4), used, fate === 'valid' ? 25 : 35);
    const post =
      role === 'supervision'
        ? rng.pick(SUPERVISION_POSTS)
        : role === 'reviewer'
          ? rng.pick(REVIEWER_POSTS)
          : rng.pick(profile.posts);
    const fields = role === 'supervision' ? ['supervision' as const] : profile.fields;
    const left = fate === 'revoked' || fate === 'cancelled';
    const officer = officerRow(
      keyring,
      {
        orgId: org.id,
        regionCode: org.region_code,
        name: p.name,
        idNumber: p.idNumber,
        phone: rng.chance(0.85) ? p.phone : null,
        post,
        staffKind: rng.chance(org.kind === 'township_government' ? 0.35 : 0.15)
          ? 'public_institution'
          : 'civil_servant',
        fields,
        legalQualification: role === 'reviewer' ? rng.chance(0.8) : rng.chance(0.08),
        legalReviewer: role === 'reviewer',
        status: left ? 'left' : 'active',
      },
      now,
    );
    const adult = plusYears(p.birth, 23);
    const { issue, expiry } = validity(rng, fate, today, adult);
    const joined = dateBetween(rng, laterOf(adult, '2008-01-01'), laterOf(issue, adult));
    const later = history(rng, fate, issue, today);
    const post0 = firstPost(officer, joined, now, '入职');
    const moved =
      transfers > 0 && !left && role === 'officer' && toDayNumber(issue) - toDayNumber(joined) > 800;
    if (moved) {
      transfers -= 1;
      const other = agencies.find((a) => a.id !== org.id && a.region_code.slice(0, 4) === region.slice(0, 4));
      if (other) {
        const when = addDays(issue, -rng.int(60, 300));
        batch.posts.push({
          ...post0,
          org_id: other.id,
          post: rng.pick(profileOf(other.name).posts),
          to_date: addDays(when, -1),
        });
        post0.id = newId();
        post0.from_date = when;
        post0.reason = '工作调动';
      }
    }
    if (left) post0.to_date = later.at(-1)!.effectiveDate;
    batch.officers.push(officer);
    batch.posts.push(post0);
    const yy = issue.slice(2, 4);
    const seq = (sequences.get(`${region}${yy}`) ?? 0) + 1;
    sequences.set(`${region}${yy}`, seq);
    const type: CertificateType = role === 'supervision' ? 'supervision' : 'enforcement';
    const expiredLater =
      fate === 'expired'
        ? [
            {
              status: 'expired' as CertificateStatus,
              effectiveDate: addDays(expiry, 1),
              reason: '有效期届满',
            },
          ]
        : [];
    const rows = certificateRows(
      {
        officerId: officer.id,
        orgId: org.id,
        regionCode: org.region_code,
        number: `${region}${yy}${String(seq).padStart(6, '0')}`,
        type,
        issuingAuthority: ISSUERS[region.slice(0, 4)] ?? ISSUERS['21']!,
        issueDate: issue,
        expiryDate: expiry,
        fields,
        actor: '演示数据',
        later: [...later, ...expiredLater],
      },
      now,
    );
    batch.certificates.push(rows.certificate);
    batch.events.push(...rows.events);
    for (const subject of ['public_law', 'professional_law'] as const) {
      const score = rng.int(64, 96);
      batch.exams.push({
        id: newId(),
        officer_id: officer.id,
        subject,
        title: `${issue.slice(0, 4)}年度行政执法人员${subject === 'public_law' ? '公共法律知识' : '专业法律知识'}考试`,
        taken_on: addDays(issue, -rng.int(30, 90)),
        score,
        passed: 1,
        created_at: now,
      });
    }
    for (const y of [year - 1, year]) {
      if (left) break;
      const target = y === year && rng.chance(0.25) ? rng.int(12, 56) : rng.int(60, 84);
      let hours = 0;
      const courses = [profile.course, ...COMMON_COURSES];
      for (let i = 0; hours < target; i++) {
        const h = Math.min(target - hours, rng.pick([12, 16, 24, 32]));
        hours += h;
        const last = y === year ? today : `${y}-12-20`;
        const first = `${y}-01-05` < last ? `${y}-01-05` : `${y}-01-01`;
        batch.trainings.push({
          id: newId(),
          officer_id: officer.id,
          course: courses[i % courses.length]!,
          provider: rng.pick(PROVIDERS),
          year: y,
          completed_on: dateBetween(rng, first, last),
          hours: h,
          created_at: now,
        });
      }
    }
  };

  // Plan every seat first, then spread the unusual fates evenly over the ordinary officers.
  const seats: { org: (typeof orgs)[number]; role: 'officer' | 'reviewer' | 'supervision'; fate: Fate }[] =
    [];
  for (const org of agencies) {
    const count = org.kind === 'township_government' ? rng.int(6, 10) : rng.int(6, 25);
    for (let i = 0; i < count; i++)
      seats.push({ org, role: i < 2 || (count >= 24 && i === 2) ? 'reviewer' : 'officer', fate: 'valid' });
  }
  const ordinary = seats.filter((s) => s.role === 'officer');
  const step = Math.floor(ordinary.length / (fates.length + 1));
  fates.forEach((fate, i) => {
    ordinary[(i + 1) * step - 1 - rng.int(0, Math.max(0, step - 2))]!.fate = fate;
  });
  for (const org of orgs.filter((o) => o.kind === 'supervisor')) {
    const count = rng.int(2, 4);
    for (let i = 0; i < count; i++) seats.push({ org, role: 'supervision', fate: 'valid' });
  }
  for (const seat of seats) add(seat.org, seat.role, seat.fate);
  return { ...batch, officerCount: batch.officers.length };
}

/**
 * Loads the officer demo for the demo org tree (`orgIds`: demo key → org id), then runs the
 * expiry pass once so the certificates about to expire have their notices.
 */
export async function seedOfficerDemo(
  services: Services,
  orgIds: Map<string, string>,
  onProgress: (line: string) => void = () => {},
): Promise<void> {
  const today = todayInShanghai();
  const orgs = await services.orgs.findByIds([...orgIds.values()]);
  orgs.sort((a, b) => a.path.localeCompare(b.path));
  const { officerCount, ...batch } = buildOfficerDemo(services, orgs, today);
  await services.officers.loadPrepared(SEED_ACTOR, batch, '辽宁演示数据: 执法人员与证件');
  const { notified } = await services.certificates.runExpiryCheck(today);
  onProgress(
    `  执法人员: ${officerCount} 人, 证件 ${batch.certificates?.length ?? 0} 张, 培训记录 ${batch.trainings?.length ?? 0} 条, 到期提醒 ${notified} 条`,
  );
}
