import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CERTIFICATE_EXPIRY_JOB } from '../src/modules/officers/officers.jobs.ts';
import { addDays } from '../src/platform/calendar/dates.ts';
import {
  certificateBody,
  type OfficerTestbed,
  officerBody,
  officerTestbed,
  today,
} from './officers-fixtures.ts';

let bed: OfficerTestbed;
const db = () => bed.t.context.database.db;

beforeAll(async () => {
  bed = await officerTestbed();
});
afterAll(() => bed.t.close());

describe('certificate expiry job', () => {
  it('is a daily recurring job', () => {
    expect(bed.t.context.recurringJobs).toContainEqual(
      expect.objectContaining({
        key: CERTIFICATE_EXPIRY_JOB,
        handler: CERTIFICATE_EXPIRY_JOB,
        cron: '10 0 * * *',
      }),
    );
  });

  it('notifies the holder org 60, 30 and 7 days ahead once each, and expires the day after', async () => {
    const org = await bed.orgId('和平区市场监督管理局');
    const officer = (await bed.heping.post('/api/officers', officerBody(org, { name: '钱振宇' }))).json();
    const expiry = addDays(today(), 70);
    const cert = (
      await bed.heping.post(
        '/api/certificates',
        certificateBody(officer.id, { issueDate: '2021-01-01', expiryDate: expiry }),
      )
    ).json();
    const run = (daysBefore: number) =>
      bed.t.context.services.certificates.runExpiryCheck(addDays(expiry, -daysBefore));
    const notices = async () =>
      (await bed.scjg.get('/api/notifications?pageSize=100'))
        .json()
        .items.filter((n: { body: string }) => n.body.includes(cert.number));

    await run(61);
    expect(await notices()).toHaveLength(0);
    await run(60);
    await run(59);
    await run(45);
    let mine = await notices();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      kind: 'certificate.expiring',
      title: '行政执法证将在60天内到期',
      link: `/officers/${officer.id}`,
      readAt: null,
    });
    expect(mine[0].body).toBe(
      `钱振宇的行政执法证 (编号 ${cert.number}) 将于${expiry}到期, 还剩60天。请及时组织换证, 或在调离执法岗位时办理注销。`,
    );
    await run(30);
    await run(29);
    await run(8);
    expect((await notices()).map((n: { title: string }) => n.title)).toEqual([
      '行政执法证将在30天内到期',
      '行政执法证将在60天内到期',
    ]);
    await run(7);
    await run(1);
    await run(0);
    mine = await notices();
    expect(mine.map((n: { title: string }) => n.title)).toEqual([
      '行政执法证将在7天内到期',
      '行政执法证将在30天内到期',
      '行政执法证将在60天内到期',
    ]);
    const row = await db()
      .selectFrom('certificate')
      .selectAll()
      .where('id', '=', cert.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'valid', expiry_notice_days: 7 });

    const result = await run(-1);
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const after = await db()
      .selectFrom('certificate')
      .selectAll()
      .where('id', '=', cert.id)
      .executeTakeFirstOrThrow();
    expect(after.status).toBe('expired');
    const events = (await bed.heping.get(`/api/certificates/${cert.id}/events`)).json();
    expect(events.at(-1)).toMatchObject({
      status: 'expired',
      effectiveDate: addDays(expiry, 1),
      reason: '有效期届满',
      actor: 'system',
    });
    expect(
      (await bed.t.context.services.certificates.validityOn(cert.number, addDays(expiry, 1))).reason,
    ).toBe(`该证件有效期至${expiry}, 已于${addDays(expiry, 1)}过期`);
    expect((await bed.t.context.services.certificates.validityOn(cert.number, expiry)).valid).toBe(true);
    // A rerun finds nothing more to do for this certificate.
    await run(-2);
    expect((await notices()).length).toBe(3);
    expect((await bed.heping.get(`/api/certificates/${cert.id}/events`)).json()).toHaveLength(2);
  });

  it('sends only the nearest notice when earlier ones were missed', async () => {
    const org = await bed.orgId('和平区市场监督管理局');
    const officer = (await bed.heping.post('/api/officers', officerBody(org))).json();
    const expiry = addDays(today(), 20);
    const cert = (
      await bed.heping.post(
        '/api/certificates',
        certificateBody(officer.id, { issueDate: '2021-01-01', expiryDate: expiry }),
      )
    ).json();
    await bed.t.context.services.certificates.runExpiryCheck(today());
    const rows = await db()
      .selectFrom('notification')
      .select('dedupe_key')
      .where('dedupe_key', 'like', `certificate-expiry:${cert.id}:%`)
      .execute();
    expect(rows.map((r) => r.dedupe_key)).toEqual([`certificate-expiry:${cert.id}:30`]);
  });
});
