import { expect } from 'vitest';
import { demoActor } from '../src/demo/demo-actor.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import type { ReferralService } from '../src/modules/referrals/referrals.service.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import type { UserActor } from '../src/platform/authz/actor.ts';
import { buildCalendar } from '../src/platform/calendar/working-calendar.ts';
import type { Db } from '../src/platform/db/tables.ts';
import { AppError } from '../src/platform/errors.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { certificateBody, officerBody } from './officers-fixtures.ts';
import { type SessionClient, signIn } from './session-client.ts';
import { insertCase, orgNamed } from './warnings-fixtures.ts';

/** A demo database with 和平区市场监督管理局's referral team: staff, head, a user with both roles, and officers. */
export interface ReferralTestbed {
  t: TestApp;
  db: Db;
  /** 和平区市场监督管理局 staff: referral.manage. */
  staff: SessionClient;
  /** The same agency's head: referral.approve. */
  head: SessionClient;
  /** A user of the agency holding both roles. */
  both: SessionClient;
  /** 和平区司法局 supervisor: sees the district's referrals. */
  heping: SessionClient;
  /** 沈河区司法局 supervisor: another district. */
  shenhe: SessionClient;
  agency: { id: string; regionCode: string };
  /** A case of the agency a referral can come from. */
  caseId: string;
  /** Certificate numbers of two officers of the agency. */
  handlers: string[];
}

/** Builds the testbed (about 10 s: the demo seed, two accounts, two officers with certificates). */
export async function referralTestbed(): Promise<ReferralTestbed> {
  const t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  const db = t.context.database.db;
  const agency = await orgNamed(db, '和平区市场监督管理局');
  const caseId = await insertCase(db, agency, 'RF-1');
  const { users, roles } = t.context.services;
  const admin = { ...demoActor(), userId: 'seed-admin' };
  for (const [username, codes] of [
    ['heping.scjg.head', ['agency_head']],
    ['heping.scjg.both', ['agency_staff', 'agency_head']],
  ] as const) {
    const { user } = await users.create(
      demoActor(),
      { username, displayName: username, orgId: agency.id },
      { password: DEMO_PASSWORD, mustChange: false },
    );
    const assignments = [];
    for (const code of codes)
      assignments.push({
        roleId: await roles.idOf(code),
        scopeKind: 'own_org' as const,
        scopeOrgId: agency.id,
      });
    await users.assignRoles(admin, user.id, assignments);
  }
  const [staff, head, both, heping, shenhe] = (await Promise.all(
    ['heping.scjg', 'heping.scjg.head', 'heping.scjg.both', 'heping.jiandu', 'shenhe.jiandu'].map((u) =>
      signIn(t.app, u, DEMO_PASSWORD),
    ),
  )) as [SessionClient, SessionClient, SessionClient, SessionClient, SessionClient];
  const handlers: string[] = [];
  for (const name of ['执法甲', '执法乙']) {
    const officer = await heping.post('/api/officers', officerBody(agency.id, { name, fields: ['market'] }));
    expect(officer.statusCode, officer.body).toBe(201);
    const certificate = await heping.post('/api/certificates', certificateBody(officer.json().id));
    expect(certificate.statusCode, certificate.body).toBe(201);
    handlers.push(certificate.json().number);
  }
  return { t, db, staff, head, both, heping, shenhe, agency, caseId, handlers };
}

/** A criminal transfer's draft; the testbed supplies the case and the handlers. */
export function policeDraft(
  bed: Pick<ReferralTestbed, 'caseId' | 'handlers'>,
  overrides: Record<string, unknown> = {},
) {
  return {
    title: '和平区某食品公司生产销售伪劣产品案',
    targetKind: 'police',
    targetName: '沈阳市公安局和平分局',
    origin: 'case',
    originRef: bed.caseId,
    subjectName: '沈阳某食品有限公司',
    suspectedOffence: '生产、销售伪劣产品罪',
    facts: '经查, 该公司生产销售掺杂使假的食用油, 货值金额达二十万元以上, 涉嫌构成犯罪。',
    handlers: bed.handlers,
    materials: [
      { kind: 'investigation_report', title: '涉嫌犯罪案件情况的调查报告', pages: 12 },
      { kind: 'items_list', title: '涉案物品清单' },
    ],
    ...overrides,
  };
}

/** The audit actions written about one object, in order. */
export function auditActions(db: Db, targetId: string): Promise<string[]> {
  return db
    .selectFrom('audit_event')
    .select('action')
    .where('target_id', '=', targetId)
    .orderBy('seq')
    .execute()
    .then((rows) => rows.map((r) => r.action));
}

/**
 * The referral service on a fixed Shanghai wall-clock time (`2026-12-04 10:00`), and two users of
 * the agency with every permission: `staff` drafts and records, `head` approves (a different person).
 */
export function clockedReferrals(bed: Pick<ReferralTestbed, 't' | 'agency'>) {
  const at = (wallClock: string): ReferralService => {
    const iso = new Date(`${wallClock.replace(' ', 'T')}:00+08:00`).toISOString();
    return bed.t.context.services.referrals.withClock({
      today: () => wallClock.slice(0, 10),
      now: () => iso,
    });
  };
  const staff: UserActor = demoActor(bed.agency.id, '和平区市场监督管理局', '执法甲', 'clock-staff');
  const head: UserActor = demoActor(bed.agency.id, '和平区市场监督管理局', '局长', 'clock-head');
  return { at, staff, head };
}

/** 2026 with the national holiday from Thursday 1 October to Wednesday 7 October: period tests count on it. */
export const HOLIDAY_2026 = buildCalendar(
  [2026],
  ['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
    date: `2026-10-${d}`,
    kind: 'holiday' as const,
    name: '国庆节',
  })),
);

/** The error a service call fails with. */
export async function failure(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
