import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '../src/demo/demo-actor.ts';
import { DEFAULT_COMPLAINT_PERIODS } from '../src/modules/complaints/complaint-periods.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { ConfigError, loadConfig } from '../src/platform/config.ts';
import { seed } from '../src/seed.ts';
import { PDF, PNG, publicBody, submitPublic } from './complaints-fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';

/** The public limits come from COMPLAINT_* variables, read and checked at boot. */
const ENV = {
  COMPLAINT_SUBMISSIONS_PER_IP_PER_HOUR: '2',
  COMPLAINT_ATTACHMENTS_MAX: '1',
  COMPLAINT_ATTACHMENT_MAX_BYTES: '2048',
  COMPLAINT_REOPEN_DAYS: '3',
};

describe('complaint limits in the configuration', () => {
  it('default to the built-in values and refuse bad ones, naming each', () => {
    const { complaintLimits } = loadConfig({});
    const { submissionsPerIpPerHour, submissionsPerPhonePerDay, trackingFailuresPerHour, reopenDays } =
      DEFAULT_COMPLAINT_PERIODS;
    expect(complaintLimits).toEqual({
      submissionsPerIpPerHour,
      submissionsPerPhonePerDay,
      trackingFailuresPerHour,
      attachmentsMax: 3,
      attachmentMaxBytes: 2 * 1024 * 1024,
      reopenDays,
      challengeTtlSeconds: 600,
    });
    expect(loadConfig(ENV).complaintLimits).toMatchObject({ attachmentsMax: 1, reopenDays: 3 });
    try {
      loadConfig({ COMPLAINT_ATTACHMENTS_MAX: '11', COMPLAINT_REOPEN_DAYS: 'soon' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('COMPLAINT_ATTACHMENTS_MAX');
      expect(problems).toContain('COMPLAINT_REOPEN_DAYS');
    }
  });

  describe('a server started with changed limits', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({
        config: { demoSeed: true, complaintLimits: loadConfig(ENV).complaintLimits },
      });
      await seed(t.context, SYSTEM_ACTOR);
    });
    afterAll(() => t.close());

    it('tells the portal the limits and applies them to files, submissions and the reopen window', async () => {
      const limits = await t.app.inject({ method: 'GET', url: '/api/public/complaints/limits' });
      expect(limits.json()).toEqual({ attachmentsMax: 1, attachmentMaxBytes: 2048, reopenDays: 3 });
      const file = (bytes: Buffer) => ({ fileName: '证据.pdf', contentBase64: bytes.toString('base64') });
      const two = await submitPublic(t.app, publicBody({ attachments: [file(PDF), file(PNG)] }), '10.8.0.1');
      expect(two.statusCode).toBe(400);
      expect(two.json().detail).toBe('最多上传1个附件');
      const large = Buffer.concat([PDF, Buffer.alloc(3000, 0x20)]);
      const big = await submitPublic(t.app, publicBody({ attachments: [file(large)] }), '10.8.0.1');
      expect(big.statusCode).toBe(400);
      expect(big.json().detail).toBe('单个附件不超过2KB');
      const anonymous = publicBody({ anonymous: true, complainant: undefined });
      const first = await submitPublic(t.app, { ...anonymous, attachments: [file(PDF)] }, '10.8.0.2');
      expect(first.statusCode, first.body).toBe(201);
      expect((await submitPublic(t.app, anonymous, '10.8.0.2')).statusCode).toBe(201);
      expect((await submitPublic(t.app, anonymous, '10.8.0.2')).statusCode).toBe(429);

      const { trackingCode, password } = first.json();
      const service = t.context.services.complaints;
      const at = (day: string) => service.withClock({ today: () => day, now: () => `${day}T01:00:00.000Z` });
      const row = await t.context.database.db
        .selectFrom('complaint')
        .select('id')
        .where('tracking_code', '=', trackingCode)
        .executeTakeFirstOrThrow();
      await at('2026-11-02').accept(demoActor(), row.id);
      await at('2026-11-03').answer(demoActor(), row.id, {
        answer: '经核实, 已责令整改并答复如上, 请知悉。',
      });
      await expect(
        at('2026-11-07').public.reopen(trackingCode, { password, reason: '对答复仍不满意' }, '10.8.0.3'),
      ).rejects.toThrow('答复后3日内, 至2026-11-06');
      const reopened = await at('2026-11-06').public.reopen(
        trackingCode,
        { password, reason: '对答复仍不满意' },
        '10.8.0.3',
      );
      expect(reopened.status).toBe('handling');
    });
  });
});
