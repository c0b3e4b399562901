import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../src/platform/notifications/notifications.ts';
import { type OfficerTestbed, officerTestbed } from './officers-fixtures.ts';

let bed: OfficerTestbed;
let scjgOrg = '';
let bureau = '';
const db = () => bed.t.context.database.db;

beforeAll(async () => {
  bed = await officerTestbed();
  scjgOrg = await bed.orgId('和平区市场监督管理局');
  bureau = await bed.orgId('和平区司法局');
});
afterAll(() => bed.t.close());

describe('notifications', () => {
  it('ignores a second notice with the same dedupe key', async () => {
    const notice = {
      orgId: scjgOrg,
      kind: 'test',
      title: '测试通知',
      body: '第一条',
      dedupeKey: 'test:dedupe',
    };
    expect(
      await db()
        .transaction()
        .execute((trx) => notify(trx, notice)),
    ).toBe(true);
    expect(
      await db()
        .transaction()
        .execute((trx) => notify(trx, { ...notice, body: '重复' })),
    ).toBe(false);
    const rows = await db()
      .selectFrom('notification')
      .selectAll()
      .where('dedupe_key', '=', 'test:dedupe')
      .execute();
    expect(rows.map((r) => r.body)).toEqual(['第一条']);
    // Without a key every notice is its own.
    await notify(db(), { orgId: scjgOrg, kind: 'test', title: '无键通知', body: 'a' });
    await notify(db(), { orgId: scjgOrg, kind: 'test', title: '无键通知', body: 'b' });
    expect(
      await db().selectFrom('notification').select('id').where('title', '=', '无键通知').execute(),
    ).toHaveLength(2);
  });

  it("lists the user's own org notices newest first, counts unread and marks read", async () => {
    const before = (await bed.scjg.get('/api/notifications/unread-count')).json().count;
    await notify(db(), { orgId: scjgOrg, kind: 'test', title: '较早的通知', body: '甲', link: '/officers' });
    await new Promise((r) => setTimeout(r, 5));
    await notify(db(), { orgId: scjgOrg, kind: 'test', title: '最新的通知', body: '乙' });
    await notify(db(), { orgId: bureau, kind: 'test', title: '司法局的通知', body: '丙' });
    expect((await bed.scjg.get('/api/notifications/unread-count')).json()).toEqual({ count: before + 2 });
    const page = (await bed.scjg.get('/api/notifications?pageSize=2')).json();
    expect(page.items.map((n: { title: string }) => n.title)).toEqual(['最新的通知', '较早的通知']);
    expect(page.total).toBeGreaterThanOrEqual(2);
    const titles = (await bed.scjg.get('/api/notifications?pageSize=100'))
      .json()
      .items.map((n: { title: string }) => n.title);
    expect(titles).not.toContain('司法局的通知');
    const latest = page.items[0];
    const read = await bed.scjg.post(`/api/notifications/${latest.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await bed.scjg.get('/api/notifications/unread-count')).json()).toEqual({ count: before + 1 });
    const row = await db()
      .selectFrom('notification')
      .selectAll()
      .where('id', '=', latest.id)
      .executeTakeFirstOrThrow();
    expect(row.read_by).not.toBeNull();
  });

  it("hides another org's notices: 404, and 401 without signing in", async () => {
    const other = await db()
      .selectFrom('notification')
      .select('id')
      .where('title', '=', '司法局的通知')
      .executeTakeFirstOrThrow();
    const res = await bed.scjg.post(`/api/notifications/${other.id}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('通知不存在');
    expect((await bed.heping.post(`/api/notifications/${other.id}/read`)).statusCode).toBe(200);
    expect((await bed.t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });

  it('does not keep an idle session alive by polling the unread count', async () => {
    const sessions = () =>
      db()
        .selectFrom('session')
        .innerJoin('app_user', 'app_user.id', 'session.user_id')
        .select(['session.id', 'session.last_seen_at'])
        .where('app_user.username', '=', 'heping.scjg')
        .where('session.ended_at', 'is', null);
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000).toISOString();
    const ids = (await sessions().execute()).map((s) => s.id);
    await db().updateTable('session').set({ last_seen_at: tenMinutesAgo }).where('id', 'in', ids).execute();
    expect((await bed.scjg.get('/api/notifications/unread-count')).statusCode).toBe(200);
    expect((await sessions().execute()).map((s) => s.last_seen_at)).toEqual(ids.map(() => tenMinutesAgo));
    // Real activity does count.
    expect((await bed.scjg.get('/api/notifications')).statusCode).toBe(200);
    expect((await sessions().execute()).every((s) => s.last_seen_at > tenMinutesAgo)).toBe(true);
  });
});
