import { makeResidentId } from '@jiandu/contracts/codes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { seedEquipmentDemo } from '../src/demo/equipment-demo.ts';
import { type DemoOrg, LIAONING_DEMO } from '../src/demo/liaoning-orgs.ts';
import { seedPeopleDemo } from '../src/demo/people-demo.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { blindIndex, encryptField } from '../src/platform/crypto/field-cipher.ts';
import { newId } from '../src/platform/ids.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { signIn } from './session-client.ts';

let t: TestApp;
const db = () => t.context.database.db;
const lines: string[] = [];

/** The demo's org keys, found by name, as seedDemo's map has them. */
async function demoOrgIds(): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const walk = async (org: DemoOrg) => {
    const row = await db()
      .selectFrom('org')
      .select('id')
      .where('name', '=', org.name)
      .executeTakeFirstOrThrow();
    ids.set(org.key, row.id);
    for (const child of org.children ?? []) await walk(child);
  };
  await walk(LIAONING_DEMO);
  return ids;
}

beforeAll(async () => {
  t = await createTestApp({ seedCalendar: false, config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  const orgIds = await demoOrgIds();
  // Two officers in one agency, as the officers seed would have made them.
  for (const [seq, name] of [
    [21, '孙丽丽'],
    [32, '周海涛'],
  ] as const) {
    const idNumber = makeResidentId(`21010219900101${String(seq).padStart(3, '0')}`);
    const now = new Date().toISOString();
    await db()
      .insertInto('officer')
      .values({
        id: newId(),
        org_id: orgIds.get('shenyang.heping.scjg')!,
        region_code: '210102',
        name,
        gender: 'female',
        id_number_enc: encryptField(t.context.keyring, idNumber),
        id_number_index: blindIndex(t.context.keyring, idNumber, 'id_number'),
        birth_date: '1990-01-01',
        phone_enc: null,
        photo: null,
        photo_public: 0,
        post: '执法一队队员',
        staff_kind: 'civil_servant',
        fields: '["market"]',
        legal_qualification: 0,
        legal_reviewer: 0,
        status: 'active',
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  await seedPeopleDemo(t.context.services, orgIds, (line) => lines.push(line));
  await seedEquipmentDemo(t.context.services, orgIds, (line) => lines.push(line));
});
afterAll(() => t.close());

describe('people and equipment demo', () => {
  it('appoints invited supervisors of every category, one ended and one dismissed', async () => {
    const rows = await db()
      .selectFrom('invited_supervisor')
      .select(['category', 'status', 'term_number'])
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rows.map((r) => r.category)).size).toBe(6);
    expect(rows.filter((r) => r.status === 'ended')).toHaveLength(1);
    expect(rows.filter((r) => r.status === 'dismissed')).toHaveLength(1);
    expect(rows.every((r) => r.term_number === 3)).toBe(true);
    const log = await db().selectFrom('supervisor_participation').select('date').execute();
    expect(log.length).toBeGreaterThan(30);
    expect(log.every((p) => p.date >= '2025-01-01' && p.date <= '2026-12-31')).toBe(true);
    expect(lines[0]).toMatch(/^ {2}特邀行政执法监督员: 13 人, 履职记录 \d+ 条$/);
  });

  it('fills the expert pool with conflicts and one expert no longer available', async () => {
    const experts = await db().selectFrom('expert').select('availability').execute();
    expect(experts.length).toBe(20);
    expect(experts.filter((e) => e.availability === 'unavailable')).toHaveLength(1);
    expect(await db().selectFrom('expert_conflict').select('id').execute()).toHaveLength(4);
    expect((await db().selectFrom('talent').select('id').execute()).length).toBeGreaterThanOrEqual(10);
  });

  it('issues uniforms per officer and team equipment per agency, some returned', async () => {
    const perOfficer = await db()
      .selectFrom('equipment_issue')
      .select(['item_name', 'officer_id'])
      .where('officer_id', 'is not', null)
      .execute();
    expect(new Set(perOfficer.map((r) => r.officer_id)).size).toBe(2);
    expect(perOfficer.filter((r) => r.item_name === '春秋执勤服')).toHaveLength(2);
    const cameras = await db()
      .selectFrom('equipment_issue')
      .select('org_id')
      .where('item_name', '=', '执法记录仪')
      .where('officer_id', 'is', null)
      .execute();
    const agencies = await db().selectFrom('org').select('id').where('kind', '=', 'agency').execute();
    expect(new Set(cameras.map((c) => c.org_id)).size).toBe(agencies.length);
    expect((await db().selectFrom('equipment_return').select('id').execute()).length).toBeGreaterThan(5);
  });

  it('shows Shenyang its own people on the console API', async () => {
    const shenyang = await signIn(t.app, 'shenyang.jiandu', DEMO_PASSWORD);
    const list = (await shenyang.get('/api/people/invited-supervisors?pageSize=100')).json();
    expect(list.items.map((s: { orgName: string }) => s.orgName)).toEqual(
      Array(list.total).fill('沈阳市司法局'),
    );
    expect(list.total).toBe(5);
    const summary = (await shenyang.get('/api/equipment/summary?pageSize=100')).json();
    expect(
      summary.items.every(
        (r: { inUse: number; issued: number; returned: number }) => r.inUse === r.issued - r.returned,
      ),
    ).toBe(true);
  });
});
