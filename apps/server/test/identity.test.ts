import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

let t: TestApp;
let sysadmin: SessionClient;
let secadmin: SessionClient;
let heping: SessionClient;
let shenhe: SessionClient;
let auditor: SessionClient;
const orgIds = new Map<string, string>();

async function orgId(name: string): Promise<string> {
  if (!orgIds.has(name)) {
    const row = await t.context.database.db
      .selectFrom('org')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    orgIds.set(name, row.id);
  }
  return orgIds.get(name)!;
}

async function userId(username: string): Promise<string> {
  return (
    await t.context.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).id;
}

beforeAll(async () => {
  t = await createTestApp({ seedCalendar: false, config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  sysadmin = await signIn(t.app, 'sysadmin', DEMO_PASSWORD);
  secadmin = await signIn(t.app, 'secadmin', DEMO_PASSWORD);
  // Two district offices side by side under Shenyang, each allowed to manage its own district's orgs.
  const role = await secadmin.post('/api/roles', {
    code: 'district_org_admin',
    name: '区县单位管理员',
    permissions: ['org.read', 'org.write', 'user.read'],
  });
  expect(role.statusCode).toBe(201);
  for (const [username, org] of [
    ['heping.jiandu', '和平区司法局'],
    ['shenhe.jiandu', '沈河区司法局'],
  ] as const) {
    const res = await secadmin.put(`/api/users/${await userId(username)}/roles`, {
      assignments: [{ roleId: role.json().id, scopeKind: 'org_subtree', scopeOrgId: await orgId(org) }],
    });
    expect(res.statusCode).toBe(200);
  }
  heping = await signIn(t.app, 'heping.jiandu', DEMO_PASSWORD);
  shenhe = await signIn(t.app, 'shenhe.jiandu', DEMO_PASSWORD);
  auditor = await signIn(t.app, 'auditadmin', DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('data scope between sibling districts', () => {
  it('lists only the orgs of the own district', async () => {
    const res = await heping.get('/api/orgs?pageSize=100');
    expect(res.statusCode).toBe(200);
    const names = res.json().items.map((o: { name: string }) => o.name);
    expect(names).toContain('和平区司法局');
    expect(names).toContain('和平区市场监督管理局');
    expect(names.some((n: string) => n.startsWith('沈河区'))).toBe(false);
    expect(names).not.toContain('沈阳市司法局');
    expect(res.json().total).toBe(5);
  });

  it('cannot read, change, move or disable an org of the sibling district through any org route', async () => {
    const target = await orgId('沈河区市场监督管理局');
    const own = await orgId('和平区司法局');
    const attempts = [
      await heping.get(`/api/orgs/${target}`),
      await heping.patch(`/api/orgs/${target}`, { name: '被篡改的名称' }),
      await heping.post(`/api/orgs/${target}/move`, { parentId: own }),
      await heping.post(`/api/orgs/${target}/disable`),
      await heping.post('/api/orgs', {
        parentId: target,
        name: '越权新建的单位',
        kind: 'agency',
        regionCode: '210103',
      }),
    ];
    for (const res of attempts) expect([403, 404]).toContain(res.statusCode);
    const row = await t.context.database.db
      .selectFrom('org')
      .selectAll()
      .where('id', '=', target)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: '沈河区市场监督管理局', status: 'active' });
    expect(
      await t.context.database.db
        .selectFrom('org')
        .select('id')
        .where('name', '=', '越权新建的单位')
        .executeTakeFirst(),
    ).toBeUndefined();
  });

  it('cannot see the sibling district users, by list, by id or by export', async () => {
    const list = await shenhe.get('/api/users?pageSize=100');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((u: { username: string }) => u.username)).toEqual(['shenhe.jiandu']);
    expect((await shenhe.get(`/api/users/${await userId('heping.jiandu')}`)).statusCode).toBe(404);
    const exported = await shenhe.get('/api/orgs/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
  });

  it('can manage orgs inside the own district, with an audit entry', async () => {
    const created = await heping.post('/api/orgs', {
      parentId: await orgId('和平区司法局'),
      name: '和平区卫生健康局',
      kind: 'agency',
      regionCode: '210102',
    });
    expect(created.statusCode).toBe(201);
    const audit = await t.context.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'org.create')
      .where('target_id', '=', created.json().id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_name).toBe('王磊(heping.jiandu)');
  });

  it('refuses an org whose region lies outside the parent org region', async () => {
    const res = await heping.post('/api/orgs', {
      parentId: await orgId('和平区司法局'),
      name: '错放的单位',
      kind: 'agency',
      regionCode: '210103',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('上级单位的行政区划');
  });
});

describe('the three administrators', () => {
  it('refuses to give one account two administrator roles', async () => {
    const roles = (await secadmin.get('/api/roles')).json() as { id: string; code: string }[];
    const id = (code: string) => roles.find((r) => r.code === code)!.id;
    const target = await userId('dalian.jiandu');
    const res = await secadmin.put(`/api/users/${target}/roles`, {
      assignments: [
        { roleId: id('system_admin'), scopeKind: 'all' },
        { roleId: id('audit_admin'), scopeKind: 'all' },
      ],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('三员分立');
    const mixed = await secadmin.put(`/api/users/${target}/roles`, {
      assignments: [
        { roleId: id('audit_admin'), scopeKind: 'all' },
        { roleId: id('supervisor'), scopeKind: 'own_org' },
      ],
    });
    expect(mixed.statusCode).toBe(409);
  });

  it('refuses a second administrator role in the database itself', async () => {
    const db = t.context.database.db;
    const auditRole = await db
      .selectFrom('role')
      .select('id')
      .where('code', '=', 'audit_admin')
      .executeTakeFirstOrThrow();
    await expect(
      db
        .insertInto('user_role')
        .values({
          id: 'x-admin',
          user_id: await userId('sysadmin'),
          role_id: auditRole.id,
          admin_kind: 'audit',
          scope_kind: 'all',
          scope_org_id: null,
          scope_region_code: null,
          granted_by: 't',
          granted_at: 't',
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('does not let the security administrator grant itself anything', async () => {
    const roles = (await secadmin.get('/api/roles')).json() as { id: string; code: string }[];
    const res = await secadmin.put(`/api/users/${await userId('secadmin')}/roles`, {
      assignments: [{ roleId: roles.find((r) => r.code === 'supervisor')!.id, scopeKind: 'all' }],
    });
    expect(res.statusCode).toBe(403);
  });

  it('keeps each administrator in its own lane', async () => {
    expect((await sysadmin.get('/api/audit-events')).statusCode).toBe(403);
    expect(
      (
        await sysadmin.put('/api/security-policy', {
          passwordProfile: 'asvs',
          lockoutThreshold: 5,
          lockoutMinutes: 30,
          idleTimeoutMinutes: 30,
          absoluteTimeoutHours: 12,
          mfaRequired: true,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await secadmin.post('/api/users', {
          username: 'sneaky',
          displayName: '偷建账号',
          orgId: await orgId('辽宁省司法厅'),
        })
      ).statusCode,
    ).toBe(403);
    expect((await secadmin.get('/api/audit-events')).statusCode).toBe(403);
    expect((await auditor.get('/api/audit-events?action=auth.login')).statusCode).toBe(200);
    expect((await auditor.get('/api/orgs')).statusCode).toBe(403);
    expect(
      (await auditor.post('/api/users', { username: 'x1234', displayName: 'x', orgId: 'x' })).statusCode,
    ).toBe(403);
  });

  it('refuses business roles that carry administrator permissions', async () => {
    const res = await secadmin.post('/api/roles', {
      code: 'sneaky_role',
      name: '夹带角色',
      permissions: ['org.read', 'audit.read'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('audit.read');
  });
});

describe('the audit trail as the audit administrator sees it', () => {
  it('finds the logins of both district users', async () => {
    const res = await auditor.get('/api/audit-events?action=auth.login&pageSize=100');
    expect(res.statusCode).toBe(200);
    const actors = res
      .json()
      .items.filter((e: { action: string }) => e.action === 'auth.login')
      .map((e: { actorName: string }) => e.actorName);
    expect(actors).toEqual(expect.arrayContaining(['王磊(heping.jiandu)', '刘洋(shenhe.jiandu)']));
    const verify = await auditor.get('/api/audit-events/verify');
    expect(verify.json()).toMatchObject({ ok: true });
  });
});
