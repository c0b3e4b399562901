import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, MAX_RETRY_MS, retryDelayMs } from './retry-schedule.ts';
import { signWebhook, verifyWebhook } from './signature.ts';

const secret = 'whsec_test-secret';
const body = '{"id":"m1","topic":"ping","data":{"message":"测试"}}';
const now = 1_764_300_000;
const check = (overrides: Partial<Parameters<typeof verifyWebhook>[0]> = {}) =>
  verifyWebhook({
    secret,
    timestamp: String(now),
    body,
    signature: signWebhook(secret, now, body),
    now,
    ...overrides,
  });

describe('webhook signature', () => {
  it('is hmac-sm3= and 64 hex digits, the same for the same input', () => {
    const signature = signWebhook(secret, now, body);
    expect(signature).toMatch(/^hmac-sm3=[0-9a-f]{64}$/);
    expect(signWebhook(secret, String(now), body)).toBe(signature);
    expect(signWebhook(secret, now + 1, body)).not.toBe(signature);
  });

  it('verifies what was signed with the secret', () => {
    expect(check()).toBe(true);
    expect(
      check({ signature: signWebhook(secret, now, body).toUpperCase().replace('HMAC-SM3', 'hmac-sm3') }),
    ).toBe(true);
  });

  it('refuses another secret, a changed body or a changed timestamp', () => {
    expect(check({ secret: 'whsec_other' })).toBe(false);
    expect(check({ body: body.replace('测试', '测验') })).toBe(false);
    expect(check({ timestamp: String(now + 1) })).toBe(false);
  });

  it('refuses a timestamp outside the tolerance, either way', () => {
    const old = now - 301;
    expect(check({ timestamp: String(old), signature: signWebhook(secret, old, body) })).toBe(false);
    const future = now + 301;
    expect(check({ timestamp: String(future), signature: signWebhook(secret, future, body) })).toBe(false);
    expect(
      check({ timestamp: String(old), signature: signWebhook(secret, old, body), toleranceSeconds: 600 }),
    ).toBe(true);
  });

  it('refuses missing, malformed or truncated headers without throwing', () => {
    expect(check({ signature: undefined })).toBe(false);
    expect(check({ timestamp: undefined })).toBe(false);
    expect(check({ timestamp: 'yesterday' })).toBe(false);
    expect(check({ signature: signWebhook(secret, now, body).slice(0, -2) })).toBe(false);
    expect(check({ signature: 'hmac-sha256=00' })).toBe(false);
  });
});

describe('retry schedule', () => {
  const middle = () => 0.5;

  it('doubles from one minute', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, middle))).toEqual([
      FIRST_RETRY_MS,
      2 * FIRST_RETRY_MS,
      4 * FIRST_RETRY_MS,
      8 * FIRST_RETRY_MS,
    ]);
  });

  it('never waits more than six hours', () => {
    expect(retryDelayMs(9, middle)).toBe(256 * FIRST_RETRY_MS);
    expect(retryDelayMs(10, middle)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(40, () => 0.999)).toBe(MAX_RETRY_MS);
  });

  it('spreads each wait by at most ten percent', () => {
    expect(retryDelayMs(3, () => 0)).toBe(216_000);
    expect(retryDelayMs(3, () => 1)).toBe(264_000);
  });
});
