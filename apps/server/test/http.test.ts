import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_PREFIX } from '../src/platform/http/openapi.ts';
import { createTestApp, TEST_DIALECT, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seedCalendar: false });
});
afterAll(() => t.close());

describe('system endpoints', () => {
  it('answers /healthz', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('reports ready when the database answers and migrations are current', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ready',
      checks: { database: { ok: true, dialect: TEST_DIALECT }, migrations: { ok: true, pending: [] } },
    });
  });

  it('exposes Prometheus metrics including request counts by route', async () => {
    await t.app.inject({ method: 'GET', url: '/healthz' });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(/jiandu_http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/);
    expect(res.body).toContain('jiandu_process_cpu_user_seconds_total');
  });

  it('answers an unknown path with a Chinese problem document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      title: '资源不存在',
      instance: '/api/nothing-here',
    });
    expect(body.detail).toContain('找不到');
    expect(body.requestId).toBe(res.headers['x-request-id']);
  });

  it('keeps a sane caller request id and replaces an unsafe one', async () => {
    const kept = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(kept.headers['x-request-id']).toBe('abc-123');
    const replaced = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': '<script>alert(1)</script>' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes an OpenAPI 3.1 document generated from the contracts', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${DOCS_PREFIX}/json` });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const op = doc.paths['/api/calendar/working-days'].get;
    expect(op.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['add', 'from']);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '422']));
    expect(doc.paths['/metrics']).toBeUndefined();
    // The public complaint channel and the referral desk are part of the published API.
    const submit = doc.paths['/api/public/complaints/'].post;
    expect(Object.keys(submit.responses)).toEqual(expect.arrayContaining(['201', '400', '429']));
    expect(doc.paths['/api/public/complaints/{trackingCode}'].get).toBeDefined();
    expect(doc.paths['/api/complaints/{id}/decline'].post.requestBody).toBeDefined();
    expect(doc.paths['/api/referrals/'].post.tags).toEqual(['referrals']);
  });

  it('serves the browsable API reference', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${DOCS_PREFIX}/` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('swagger');
  });

  it('sends the root to the API reference until the web shell exists', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(DOCS_PREFIX);
  });
});

describe('the built web app', () => {
  it('serves the portal at /, the console under /console/ with its client routes, and hashed assets', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'jiandu-web-'));
    mkdirSync(path.join(dist, 'console'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>门户</title>');
    writeFileSync(path.join(dist, 'console', 'index.html'), '<!doctype html><title>控制台</title>');
    writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    const web = await createTestApp({ seedCalendar: false, webDist: dist });
    try {
      const portal = await web.app.inject({ method: 'GET', url: '/' });
      expect(portal.statusCode).toBe(200);
      expect(portal.body).toContain('门户');
      const deep = await web.app.inject({ method: 'GET', url: '/console/orgs/123' });
      expect(deep.body).toContain('控制台');
      expect(deep.headers['cache-control']).toBe('no-cache');
      expect((await web.app.inject({ method: 'GET', url: '/console' })).headers.location).toBe('/console/');
      const asset = await web.app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
      expect(asset.headers['cache-control']).toContain('immutable');
      expect((await web.app.inject({ method: 'GET', url: '/api/nope' })).json().code).toBe('NOT_FOUND');
    } finally {
      await web.close();
    }
  });
});

describe('route access declarations', () => {
  it('every route declares a permission or public access', () => {
    // Swagger UI's own routes are the public API reference; they are registered by the plugin.
    const undeclared = t.app.routeCatalogue.filter(
      (r) => r.access === undefined && !r.url.startsWith(DOCS_PREFIX) && r.method !== 'HEAD',
    );
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(t.app.routeCatalogue.length).toBeGreaterThan(5);
  });
});
