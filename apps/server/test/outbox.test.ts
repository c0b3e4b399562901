import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { listRuns } from '../src/platform/jobs/jobs.repository.ts';
import { OUTBOX_JOB, Outbox } from '../src/platform/outbox/outbox.ts';
import { verifyWebhook } from '../src/platform/outbox/signature.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

/** One request the test receiver got. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let t: TestApp;
let sysadmin: SessionClient;
let secadmin: SessionClient;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
/** What the receiver answers next (status and body). */
let answer = { status: 200, body: 'ok' };
const db = () => t.context.database.db;
const outbox = () => t.context.services.outbox;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(answer.status, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/jiandu`;
  t = await createTestApp({ seedCalendar: false, config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  sysadmin = await signIn(t.app, 'sysadmin', DEMO_PASSWORD);
  secadmin = await signIn(t.app, 'secadmin', DEMO_PASSWORD);
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => receiver.close(resolve));
});
beforeEach(() => {
  received.length = 0;
  answer = { status: 200, body: 'ok' };
});

async function newSource(name: string): Promise<string> {
  const org = await db()
    .selectFrom('org')
    .select('id')
    .where('name', '=', '和平区市场监督管理局')
    .executeTakeFirstOrThrow();
  const res = await sysadmin.post('/api/sources', { name, orgIds: [org.id] });
  expect(res.statusCode).toBe(201);
  return res.json().source.id;
}

async function setWebhook(id: string, url = receiverUrl): Promise<string> {
  const res = await sysadmin.put(`/api/sources/${id}/webhook`, { url });
  expect(res.statusCode).toBe(200);
  return res.json().secret;
}

/** Queues a message the way a producer does: inside its own transaction. */
function produce(sourceId: string, key: string, payload: unknown = { n: 1 }) {
  return db()
    .transaction()
    .execute((trx) =>
      t.context.services.sources.enqueueForSource(trx, sourceId, 'warning.created', key, payload),
    );
}

const message = (id: string) =>
  db().selectFrom('outbox_message').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** Makes a waiting message due now, as if its retry time had come. */
const makeDue = (id: string) =>
  db()
    .updateTable('outbox_message')
    .set({ next_attempt_at: new Date(Date.now() - 1000).toISOString() })
    .where('id', '=', id)
    .execute();

const verifies = (r: Received, secret: string) =>
  verifyWebhook({
    secret,
    timestamp: r.headers['x-jiandu-timestamp'] as string,
    body: r.body,
    signature: r.headers['x-jiandu-signature'] as string,
  });

describe('webhook settings', () => {
  it('shows a new secret once, stores it encrypted, and never lists or audits it', async () => {
    const id = await newSource('和平区市场监管执法办案系统');
    const secret = await setWebhook(id);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const list = await sysadmin.get('/api/sources');
    const listed = list.json().find((s: { id: string }) => s.id === id);
    expect(listed.webhook.url).toBe(receiverUrl);
    expect(list.body).not.toContain(secret);
    const row = await db()
      .selectFrom('source_system')
      .select('webhook_secret_enc')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.webhook_secret_enc).toMatch(/^v1\./);
    expect(row.webhook_secret_enc).not.toContain(secret);

    const rotated = await sysadmin.post(`/api/sources/${id}/webhook/rotate`);
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json().secret).not.toBe(secret);
    const audit = await db()
      .selectFrom('audit_event')
      .select(['action', 'detail'])
      .where('target_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'source.create',
      'source.webhook.set',
      'source.webhook.rotate',
    ]);
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(JSON.stringify(audit)).not.toContain(rotated.json().secret);
  });

  it('accepts only http(s) addresses', async () => {
    const id = await newSource('地址校验系统');
    for (const url of ['ftp://example.com/x', 'not a url', 'https://user:pw@example.com/x']) {
      const res = await sysadmin.put(`/api/sources/${id}/webhook`, { url });
      expect(res.statusCode).toBe(400);
    }
    expect(
      (await sysadmin.put(`/api/sources/${id}/webhook`, { url: 'https://example.com/x' })).statusCode,
    ).toBe(200);
  });

  it('clears the webhook; then a test message is refused', async () => {
    const id = await newSource('清除地址系统');
    await setWebhook(id);
    const cleared = await sysadmin.send('DELETE', `/api/sources/${id}/webhook`);
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().webhook).toBeNull();
    const test = await sysadmin.post(`/api/sources/${id}/webhook/test`);
    expect(test.statusCode).toBe(409);
    expect(test.json().detail).toContain('尚未设置接收地址');
  });

  it('is refused without source.write, and deliveries without source.read', async () => {
    const id = await newSource('权限检查系统');
    expect((await secadmin.put(`/api/sources/${id}/webhook`, { url: receiverUrl })).statusCode).toBe(403);
    expect((await secadmin.post(`/api/sources/${id}/webhook/rotate`)).statusCode).toBe(403);
    expect((await secadmin.post(`/api/sources/${id}/webhook/test`)).statusCode).toBe(403);
    expect((await secadmin.send('DELETE', `/api/sources/${id}/webhook`)).statusCode).toBe(403);
    expect((await secadmin.post('/api/sources/deliveries/anything/retry')).statusCode).toBe(403);
    expect((await secadmin.get(`/api/sources/${id}/deliveries`)).statusCode).toBe(403);
  });
});

describe('delivery', () => {
  it('POSTs a test message signed with the secret, with its idempotency key', async () => {
    const id = await newSource('测试消息系统');
    const secret = await setWebhook(id);
    const queued = await sysadmin.post(`/api/sources/${id}/webhook/test`);
    expect(queued.statusCode).toBe(202);
    expect(queued.json()).toMatchObject({ topic: 'ping', status: 'pending', attempts: 0, maxAttempts: 12 });

    expect((await outbox().deliverDue()).delivered).toBe(1);
    expect(received).toHaveLength(1);
    const [request] = received as [Received];
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['idempotency-key']).toBe(queued.json().idempotencyKey);
    expect(request.headers['x-jiandu-topic']).toBe('ping');
    expect(request.headers['x-jiandu-signature']).toMatch(/^hmac-sm3=[0-9a-f]{64}$/);
    expect(verifies(request, secret)).toBe(true);
    expect(verifies(request, 'whsec_wrong')).toBe(false);
    expect(JSON.parse(request.body)).toMatchObject({
      id: queued.json().id,
      topic: 'ping',
      data: { source: '测试消息系统' },
    });

    const page = (await sysadmin.get(`/api/sources/${id}/deliveries`)).json();
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      status: 'delivered',
      attempts: 1,
      lastHttpStatus: 200,
      lastError: null,
    });
    expect(page.items[0].deliveredAt).not.toBeNull();
    expect(JSON.stringify(page)).not.toContain(secret);
  });

  it('retries after a 500 with the next attempt moved forward, and delivers when the receiver recovers', async () => {
    const id = await newSource('重试系统');
    await setWebhook(id);
    const { id: messageId } = await produce(id, 'warning:w1');
    answer = { status: 500, body: '数据库繁忙' };
    const before = Date.now();
    expect((await outbox().deliverDue()).retrying).toBe(1);
    let row = await message(messageId);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_http_status: 500 });
    expect(row.last_error).toContain('HTTP 500');
    expect(row.last_error).toContain('数据库繁忙');
    expect(Date.parse(row.next_attempt_at!)).toBeGreaterThan(before + 50_000);

    // Not due yet: a pass now sends nothing.
    await outbox().deliverDue();
    expect(received).toHaveLength(1);

    answer = { status: 204, body: '' };
    await makeDue(messageId);
    expect((await outbox().deliverDue()).delivered).toBe(1);
    row = await message(messageId);
    expect(row).toMatchObject({ status: 'delivered', attempts: 2, last_http_status: 204, last_error: null });
    expect(received.map((r) => r.headers['idempotency-key'])).toEqual(['warning:w1', 'warning:w1']);
  });

  it('keeps one message for two enqueues with the same key', async () => {
    const id = await newSource('幂等系统');
    const first = await produce(id, 'warning:same', { n: 1 });
    const second = await produce(id, 'warning:same', { n: 2 });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    const rows = await db()
      .selectFrom('outbox_message')
      .select('payload')
      .where('target_id', '=', id)
      .execute();
    expect(rows).toEqual([{ payload: '{"n":1}' }]);
  });

  it('gives up after the configured attempts; an administrator can send it again', async () => {
    const id = await newSource('放弃系统');
    await setWebhook(id);
    const { id: messageId } = await produce(id, 'warning:dead');
    const strict = new Outbox(db(), {
      resolve: (target) => t.context.services.sources.webhookTarget(target),
      maxAttempts: 3,
    });
    answer = { status: 503, body: 'down' };
    for (let attempt = 1; attempt <= 3; attempt++) {
      await makeDue(messageId);
      await strict.deliverDue();
    }
    expect(received).toHaveLength(3);
    expect(await message(messageId)).toMatchObject({ status: 'dead', attempts: 3, next_attempt_at: null });
    await makeDue(messageId);
    await strict.deliverDue();
    expect(received).toHaveLength(3);

    const dead = (await sysadmin.get(`/api/sources/${id}/deliveries?status=dead`)).json();
    expect(dead.items.map((d: { id: string }) => d.id)).toEqual([messageId]);
    expect((await sysadmin.get(`/api/sources/${id}/deliveries?status=delivered`)).json().total).toBe(0);

    const retried = await sysadmin.post(`/api/sources/deliveries/${messageId}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0 });
    answer = { status: 200, body: 'ok' };
    expect((await strict.deliverDue()).delivered).toBe(1);
    expect((await sysadmin.post(`/api/sources/deliveries/${messageId}/retry`)).statusCode).toBe(409);
    expect((await sysadmin.post('/api/sources/deliveries/no-such-message/retry')).statusCode).toBe(404);
    const audit = await db()
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'source.delivery.retry')
      .where('target_id', '=', id)
      .execute();
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ messageId, previousStatus: 'dead' });
  });

  it('records a connection failure as a failed attempt', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const id = await newSource('不可达系统');
    await setWebhook(id, `http://127.0.0.1:${port}/hook`);
    const { id: messageId } = await produce(id, 'warning:unreachable');
    await outbox().deliverDue();
    const row = await message(messageId);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_http_status: null });
    expect(row.last_error).toContain('连接失败');
    // Out of the way, so its retry cannot fall due during a later test.
    await db()
      .updateTable('outbox_message')
      .set({ status: 'dead', next_attempt_at: null })
      .where('id', '=', messageId)
      .execute();
  });

  it('counts an unreadable secret as a failed attempt instead of claiming the message forever', async () => {
    const id = await newSource('密钥损坏系统');
    await setWebhook(id);
    await db()
      .updateTable('source_system')
      .set({ webhook_secret_enc: 'v1.broken' })
      .where('id', '=', id)
      .execute();
    const { id: messageId } = await produce(id, 'warning:broken-secret');
    expect((await outbox().deliverDue()).retrying).toBe(1);
    const row = await message(messageId);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_http_status: null });
    expect(row.last_error).toContain('读取接收地址或密钥失败');
    expect(received).toHaveLength(0);
    await db()
      .updateTable('outbox_message')
      .set({ status: 'dead', next_attempt_at: null })
      .where('id', '=', messageId)
      .execute();
  });

  it('keeps messages of a source without a webhook waiting, and sends them once one is set', async () => {
    const id = await newSource('未配置地址系统');
    const { id: messageId } = await produce(id, 'warning:waits');
    expect((await outbox().deliverDue()).waiting).toBe(1);
    let row = await message(messageId);
    expect(row).toMatchObject({ status: 'pending', attempts: 0 });
    expect(row.last_error).toContain('未设置接收地址');
    expect(Date.parse(row.next_attempt_at!)).toBeGreaterThan(Date.now());

    const secret = await setWebhook(id);
    expect((await outbox().deliverDue()).delivered).toBe(1);
    row = await message(messageId);
    expect(row).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(verifies(received[0]!, secret)).toBe(true);
  });

  it('sends each message once when two nodes deliver at the same time', async () => {
    const id = await newSource('多节点系统');
    await setWebhook(id);
    for (let n = 0; n < 6; n++) await produce(id, `warning:multi-${n}`);
    const other = new Outbox(db(), { resolve: (target) => t.context.services.sources.webhookTarget(target) });
    const [a, b] = await Promise.all([outbox().deliverDue(), other.deliverDue()]);
    expect(a.delivered + b.delivered).toBe(6);
    const keys = received.map((r) => r.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(6);
    expect(keys).toHaveLength(6);
  });

  it('runs as the job system’s delivery job', async () => {
    const id = await newSource('任务投递系统');
    await setWebhook(id);
    await produce(id, 'warning:job');
    const key = await t.context.scheduler.enqueue(OUTBOX_JOB, null);
    expect(await t.context.scheduler.tick()).toBe(1);
    await t.context.scheduler.drain();
    const [run] = await listRuns(db(), { jobKey: key, limit: 1 });
    expect(run).toMatchObject({ outcome: 'succeeded' });
    expect(run!.result).toContain('送达1条');
    expect(received).toHaveLength(1);
  });

  it('stops pushing to a source whose token is revoked', async () => {
    const id = await newSource('吊销系统');
    await setWebhook(id);
    const { id: messageId } = await produce(id, 'warning:revoked');
    expect((await sysadmin.post(`/api/sources/${id}/revoke`)).statusCode).toBe(200);
    await outbox().deliverDue();
    expect(received).toHaveLength(0);
    expect((await message(messageId)).status).toBe('pending');
    expect((await sysadmin.post(`/api/sources/${id}/webhook/test`)).statusCode).toBe(409);
  });
});
