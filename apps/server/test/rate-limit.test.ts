import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRules, RateLimiter } from '../src/platform/http/rate-limit.ts';
import { createTestApp, type TestApp } from './harness.ts';

describe('rate limiter', () => {
  it('allows the limit per window, refuses beyond it, and starts again in the next window', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(defaultRules({ publicPerMinute: 2, loginPerMinute: 1 }), () => now);
    const get = () => limiter.hit('GET', '/api/public/certificates/X', '10.0.0.1');
    expect(get()?.limited).toBe(false);
    expect(get()?.remaining).toBe(0);
    expect(get()?.limited).toBe(true);
    // Another client has its own allowance; a console route is not limited at all.
    expect(limiter.hit('GET', '/api/public/agencies', '10.0.0.2')?.limited).toBe(false);
    expect(limiter.hit('GET', '/api/orgs', '10.0.0.1')).toBeNull();
    now += 60_000;
    expect(get()?.limited).toBe(false);
  });
});

describe('limits on the running app', () => {
  let t: TestApp;
  beforeAll(async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'jiandu-web-'));
    mkdirSync(path.join(dist, 'console'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>portal</title>');
    writeFileSync(path.join(dist, 'console', 'index.html'), '<!doctype html><title>console</title>');
    t = await createTestApp({
      seedCalendar: false,
      webDist: dist,
      config: { rateLimits: { publicPerMinute: 3, loginPerMinute: 2 } },
    });
  });
  afterAll(() => t.close());

  it('answers 429 with a Chinese problem and Retry-After after too many sign-in attempts', async () => {
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'nobody', password: 'wrong-password-1' },
      });
    expect((await attempt()).statusCode).toBe(401);
    expect((await attempt()).statusCode).toBe(401);
    const refused = await attempt();
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.json().detail).toMatch(/请求过于频繁, 请在 \d+ 秒后再试/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('counts every public request, including unknown public paths', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await t.app.inject({ method: 'GET', url: '/api/public/no-such-thing' })).statusCode);
    expect(statuses).toEqual([404, 404, 404, 429]);
  });

  it('sends the security headers, and a content policy on the web pages', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/certificates/21010219000123' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>portal</title>');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
  });
});
