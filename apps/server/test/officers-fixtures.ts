import { makeResidentId } from '@jiandu/contracts/codes';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { todayInShanghai } from '../src/platform/calendar/dates.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

/*
 * Shared set-up of the officer tests: the Liaoning demo with its accounts, and test people whose
 * ID numbers (Beijing region codes) and certificate numbers (T prefix) never meet the demo's.
 */

/** Today in Shanghai, as the server sees it. */
export const today = () => todayInShanghai();

let serial = 0;

/** A fresh valid 居民身份证号 of a person born on `birth` (YYYYMMDD), male unless told otherwise. */
export function testId(options: { birth?: string; female?: boolean } = {}): string {
  serial += 1;
  const seq = (serial * 2 + (options.female ? 0 : 1)) % 1000;
  return makeResidentId(`110101${options.birth ?? '19880715'}${String(seq).padStart(3, '0')}`);
}

/** A fresh certificate number that no demo certificate uses. */
export function testNumber(): string {
  serial += 1;
  return `T${process.pid}${String(serial).padStart(5, '0')}`.slice(0, 20);
}

/** The demo, signed in as the people the officer tests act as. */
export interface OfficerTestbed {
  t: TestApp;
  /** Agency staff of 和平区市场监督管理局 (officer.read/write over their own org). */
  scjg: SessionClient;
  /** Supervisor of 和平区司法局 and everything under it (incl. certificate.manage). */
  heping: SessionClient;
  /** Supervisor of 沈河区司法局: a neighbour who must not see 和平区's officers. */
  shenhe: SessionClient;
  orgId: (name: string) => Promise<string>;
}

/** Builds the demo app and signs the test users in. */
export async function officerTestbed(): Promise<OfficerTestbed> {
  const t = await createTestApp({ seedCalendar: false, config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  const [scjg, heping, shenhe] = await Promise.all(
    ['heping.scjg', 'heping.jiandu', 'shenhe.jiandu'].map((u) => signIn(t.app, u, DEMO_PASSWORD)),
  );
  const orgId = async (name: string) =>
    (
      await t.context.database.db
        .selectFrom('org')
        .select('id')
        .where('name', '=', name)
        .executeTakeFirstOrThrow()
    ).id;
  return { t, scjg: scjg!, heping: heping!, shenhe: shenhe!, orgId };
}

/** A registration body with sensible defaults. */
export function officerBody(orgId: string, overrides: Record<string, unknown> = {}) {
  return {
    orgId,
    name: '测试人员',
    idNumber: testId(),
    phone: '13904001234',
    post: '执法稽查科科员',
    staffKind: 'civil_servant',
    fields: ['market'],
    legalQualification: false,
    legalReviewer: false,
    ...overrides,
  };
}

/** A certificate body with sensible defaults. */
export function certificateBody(officerId: string, overrides: Record<string, unknown> = {}) {
  return {
    officerId,
    number: testNumber(),
    type: 'enforcement',
    issuingAuthority: '沈阳市人民政府',
    issueDate: '2024-01-10',
    expiryDate: '2030-01-09',
    fields: ['market'],
    ...overrides,
  };
}
