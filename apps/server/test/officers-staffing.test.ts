import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { addDays } from '../src/platform/calendar/dates.ts';
import {
  certificateBody,
  type OfficerTestbed,
  officerBody,
  officerTestbed,
  today,
} from './officers-fixtures.ts';
import { type SessionClient, signIn } from './session-client.ts';

let bed: OfficerTestbed;
let shenyang: SessionClient;
let agencyA = '';
let agencyB = '';
let bureau = '';
const db = () => bed.t.context.database.db;

/** Registers `count` officers in an org; the first `reviewers` are legal reviewers. */
async function staff(orgId: string, count: number, reviewers: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await bed.heping.post('/api/officers', officerBody(orgId, { legalReviewer: i < reviewers }));
    ids.push(res.json().id);
  }
  return ids;
}

beforeAll(async () => {
  bed = await officerTestbed();
  shenyang = await signIn(bed.t.app, 'shenyang.jiandu', DEMO_PASSWORD);
  const sysadmin = await signIn(bed.t.app, 'sysadmin', DEMO_PASSWORD);
  bureau = await bed.orgId('和平区司法局');
  const create = async (name: string) =>
    (
      await sysadmin.post('/api/orgs', { parentId: bureau, name, kind: 'agency', regionCode: '210102' })
    ).json().id;
  agencyA = await create('和平区测试执法局甲');
  agencyB = await create('和平区测试执法局乙');
});
afterAll(() => bed.t.close());

describe('staffing figures', () => {
  it('counts legal reviewers, training below target and certificates expiring or expired', async () => {
    const a = await staff(agencyA, 10, 1);
    await staff(agencyB, 21, 1);
    const year = today().slice(0, 4);
    for (const [i, id] of a.entries()) {
      const hours = i < 3 ? 64 : 20;
      await bed.heping.post(`/api/officers/${id}/trainings`, {
        course: '执法实务培训',
        completedOn: `${year}-01-10`,
        hours,
      });
    }
    const issue = (officerId: string, expiryDate: string) =>
      bed.heping.post(
        '/api/certificates',
        certificateBody(officerId, { issueDate: '2021-01-01', expiryDate }),
      );
    for (const [i, days] of [5, 20, 45, 100].entries()) await issue(a[i]!, addDays(today(), days));
    const old = (await issue(a[4]!, addDays(today(), 3))).json();
    // An expired certificate, as the nightly job leaves it.
    await db()
      .updateTable('certificate')
      .set({ expiry_date: addDays(today(), -3), status: 'expired' })
      .where('id', '=', old.id)
      .execute();

    const res = await bed.heping.get(`/api/staffing/${agencyA}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      orgId: agencyA,
      orgName: '和平区测试执法局甲',
      year: Number(year),
      officers: 10,
      legalReviewers: 1,
      legalReviewerShare: 0.1,
      legalReviewerTarget: 0.05,
      legalReviewerShortfall: false,
      trainingHoursTarget: 60,
      officersBelowTraining: 7,
      certificatesExpiring: { within7: 1, within30: 2, within60: 3 },
      certificatesExpired: 1,
    });
    expect(await bed.t.context.services.staffing.staffingOf(agencyA)).toEqual(res.json());
    const b = (await bed.heping.get(`/api/staffing/${agencyB}`)).json();
    expect(b).toMatchObject({
      officers: 21,
      legalReviewers: 1,
      legalReviewerShortfall: true,
      officersBelowTraining: 21,
    });
    expect(b.legalReviewerShare).toBeCloseTo(1 / 21, 4);
  });

  it('lists agencies in scope with paging and the shortfall filter', async () => {
    const list = (await bed.heping.get(`/api/staffing?orgId=${bureau}&pageSize=100`)).json();
    const names = list.items.map((s: { orgName: string }) => s.orgName);
    expect(names).toEqual(
      expect.arrayContaining(['和平区测试执法局甲', '和平区测试执法局乙', '和平区市场监督管理局']),
    );
    expect(names).not.toContain('和平区司法局');
    expect(list.total).toBe(list.items.length);
    const short = (await bed.heping.get(`/api/staffing?orgId=${bureau}&shortfall=true&pageSize=100`)).json();
    expect(
      short.items.every(
        (s: { legalReviewerShortfall: boolean; officersBelowTraining: number }) =>
          s.legalReviewerShortfall || s.officersBelowTraining > 0,
      ),
    ).toBe(true);
    expect(short.items.map((s: { orgId: string }) => s.orgId)).toContain(agencyB);
    const paged = (await bed.heping.get(`/api/staffing?orgId=${bureau}&pageSize=1&page=2`)).json();
    expect(paged.items).toHaveLength(1);
    expect(paged.items[0].orgId).toBe(list.items[1].orgId);
    expect((await bed.scjg.get(`/api/staffing/${agencyA}`)).statusCode).toBe(404);
    expect((await bed.shenhe.get(`/api/staffing?orgId=${bureau}`)).json().total).toBe(0);
  });

  it('applies a region its own targets, else the nearest region above, else the defaults', async () => {
    expect((await bed.heping.get('/api/staffing/targets/210102')).json()).toEqual({
      regionCode: '210102',
      legalReviewerShare: 0.05,
      trainingHours: 60,
      inherited: true,
    });
    const refused = await bed.heping.put('/api/staffing/targets/210100', {
      legalReviewerShare: 0.12,
      trainingHours: 18,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toBe('只有该行政区划的司法行政机关可以设置人员配备标准');
    const city = await shenyang.put('/api/staffing/targets/210100', {
      legalReviewerShare: 0.12,
      trainingHours: 18,
    });
    expect(city.json()).toEqual({
      regionCode: '210100',
      legalReviewerShare: 0.12,
      trainingHours: 18,
      inherited: false,
    });
    expect((await bed.heping.get('/api/staffing/targets/210102')).json()).toMatchObject({
      legalReviewerShare: 0.12,
      trainingHours: 18,
      inherited: true,
    });
    expect((await bed.heping.get(`/api/staffing/${agencyA}`)).json()).toMatchObject({
      legalReviewerTarget: 0.12,
      legalReviewerShortfall: true,
      trainingHoursTarget: 18,
      officersBelowTraining: 0,
    });
    const own = await bed.heping.put('/api/staffing/targets/210102', {
      legalReviewerShare: 0.08,
      trainingHours: 40,
    });
    expect(own.json()).toMatchObject({ legalReviewerShare: 0.08, inherited: false });
    expect((await bed.heping.get(`/api/staffing/${agencyA}`)).json()).toMatchObject({
      legalReviewerTarget: 0.08,
      legalReviewerShortfall: false,
      trainingHoursTarget: 40,
      officersBelowTraining: 7,
    });
    // A district elsewhere in the city inherits the city's targets, not 和平区's.
    expect((await bed.heping.get('/api/staffing/targets/210103')).json()).toMatchObject({
      legalReviewerShare: 0.12,
    });
    expect((await bed.heping.get('/api/staffing/targets/999999')).statusCode).toBe(404);
    expect(
      (await bed.heping.put('/api/staffing/targets/210102', { legalReviewerShare: 2, trainingHours: 40 }))
        .statusCode,
    ).toBe(400);
  });
});
