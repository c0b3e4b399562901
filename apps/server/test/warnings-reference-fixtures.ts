import { demoActor } from '../src/demo/demo-actor.ts';
import { seedDemo } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { addDays, todayInShanghai } from '../src/platform/calendar/dates.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import type { TestWorld } from './worlds.ts';

/*
 * The world the warning rules' reference data is checked in: the Liaoning demo (agencies,
 * officers, catalogue; no cases), then a transfer, a suspension and a reinstatement made through
 * the services after the certificates were issued, so history matters on the days tests ask about.
 */

/** The demo's registers and catalogue without its cases: the reference judges cases of its own. */
export const REFERENCE_WORLD: TestWorld = {
  key: 'reference',
  build: async (context) => {
    await context.calendar.seedBundled({ id: null, name: 'test' });
    await seed(context, SYSTEM_ACTOR);
    await seedDemo(context.services, () => {}, 'full');
  },
};

/** The console user the changes are made as. */
export const actor = demoActor();
/** Today in Shanghai. */
export const today = todayInShanghai();
/** The day before, the day itself and the day after (none for no day). */
export const around = (day: string | null) => (day ? [addDays(day, -1), day, addDays(day, 1)] : []);

/** A transfer after the certificate was issued, and a suspension lifted later, so history matters. */
async function makeHistory(t: TestApp) {
  const rows = await t.context.database.db
    .selectFrom('certificate')
    .innerJoin('officer', 'officer.id', 'certificate.officer_id')
    .select(['certificate.id', 'certificate.number', 'certificate.officer_id', 'certificate.org_id'])
    .where('certificate.status', '=', 'valid')
    .where('certificate.issue_date', '<', addDays(today, -400))
    .where('certificate.expiry_date', '>', addDays(today, 200))
    .where('officer.status', '=', 'active')
    .where('certificate.type', '=', 'enforcement')
    .orderBy('certificate.number')
    .limit(2)
    .execute();
  const [moved, suspended] = rows;
  if (!moved || !suspended) throw new Error('the demo has no long-valid certificates');
  const target = await t.context.database.db
    .selectFrom('org')
    .select('id')
    .where('kind', '=', 'agency')
    .where('id', '!=', moved.org_id)
    .orderBy('name')
    .executeTakeFirstOrThrow();
  await t.context.services.officers.transfer(actor, moved.officer_id, {
    orgId: target.id,
    post: '执法队员',
    effectiveDate: addDays(today, -100),
    reason: '工作调动',
  });
  const change = (status: 'suspended' | 'valid', days: number) =>
    t.context.services.certificates.changeStatus(actor, suspended.id, {
      status,
      effectiveDate: addDays(today, -days),
      reason: status === 'valid' ? '调查结束, 恢复' : '涉嫌违纪, 暂扣',
    });
  await change('suspended', 60);
  await change('valid', 20);
  return { moved: moved.number, suspended: suspended.number };
}

/** The demo with the changes above, and the two certificate numbers they touched. */
export async function referenceWorld(): Promise<{
  t: TestApp;
  history: { moved: string; suspended: string };
}> {
  const t = await createTestApp({ world: REFERENCE_WORLD });
  return { t, history: await makeHistory(t) };
}

/** Every item with the dates of its versions that took effect, as the catalogue stored them. */
export async function itemsWithVersions(t: TestApp) {
  const rows = await t.context.database.db
    .selectFrom('item')
    .innerJoin('org', 'org.id', 'item.org_id')
    .leftJoin('item_version', 'item_version.item_id', 'item.id')
    .select([
      'item.id',
      'item.code',
      'item.withdrawn_on',
      'org.credit_code',
      'item_version.subject',
      'item_version.effective_from',
      'item_version.effective_to',
      'item_version.status',
    ])
    .orderBy('item.id')
    .execute();
  const byId = new Map<
    string,
    {
      agency: string;
      code: string;
      withdrawn: boolean;
      versions: { from: string; to: string | null }[];
      benchmarks: { from: string; to: string | null }[];
    }
  >();
  for (const r of rows) {
    const item = byId.get(r.id) ?? {
      agency: r.credit_code!,
      code: r.code,
      withdrawn: r.withdrawn_on !== null,
      versions: [],
      benchmarks: [],
    };
    byId.set(r.id, item);
    if (!r.effective_from || r.status === 'draft' || r.status === 'submitted') continue;
    (r.subject === 'item' ? item.versions : item.benchmarks).push({
      from: r.effective_from,
      to: r.effective_to,
    });
  }
  return [...byId.values()];
}
