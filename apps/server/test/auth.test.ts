import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { assertSourceMayWrite } from '../src/platform/authz/actor.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { SessionClient, signIn } from './session-client.ts';

let t: TestApp;
let sysadmin: SessionClient;
const db = () => t.context.database.db;

beforeAll(async () => {
  t = await createTestApp({ seedCalendar: false, config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  sysadmin = await signIn(t.app, 'sysadmin', DEMO_PASSWORD);
});
afterAll(() => t.close());

async function newAccount(username: string) {
  const org = await db()
    .selectFrom('org')
    .select('id')
    .where('name', '=', '沈阳市司法局')
    .executeTakeFirstOrThrow();
  const res = await sysadmin.post('/api/users', { username, displayName: '测试用户', orgId: org.id });
  expect(res.statusCode).toBe(201);
  return res.json() as { user: { id: string }; temporaryPassword: string };
}

describe('lockout', () => {
  it('locks the account after 5 wrong passwords, even for the right one afterwards', async () => {
    const { temporaryPassword } = await newAccount('lock.me');
    const client = new SessionClient(t.app);
    for (let i = 1; i <= 4; i++) {
      const res = await client.post('/api/auth/login', { username: 'lock.me', password: `wrong-${i}` });
      expect(res.statusCode).toBe(401);
      expect(res.json().detail).toContain(`再错${5 - i}次`);
    }
    const fifth = await client.post('/api/auth/login', { username: 'lock.me', password: 'wrong-5' });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    const right = await client.post('/api/auth/login', { username: 'lock.me', password: temporaryPassword });
    expect(right.statusCode).toBe(423);
    const user = await db()
      .selectFrom('app_user')
      .selectAll()
      .where('username', '=', 'lock.me')
      .executeTakeFirstOrThrow();
    expect(Date.parse(user.locked_until!)).toBeGreaterThan(Date.now() + 29 * 60_000);
    const audit = await db()
      .selectFrom('audit_event')
      .select(['action', 'result'])
      .where('target_id', '=', user.id)
      .where('action', 'like', 'auth.%')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([...Array(4).fill('auth.login.failure'), 'auth.lockout']);
    expect(audit.every((a) => a.result === 'failure')).toBe(true);
  });

  it('lets the system administrator unlock it', async () => {
    const user = await db()
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'lock.me')
      .executeTakeFirstOrThrow();
    const res = await sysadmin.post(`/api/users/${user.id}/unlock`);
    expect(res.statusCode).toBe(200);
    expect(res.json().locked).toBe(false);
  });

  it('does not reveal whether a username exists', async () => {
    const res = await new SessionClient(t.app).post('/api/auth/login', {
      username: 'nobody.here',
      password: 'x',
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe('用户名或密码错误');
  });
});

describe('first sign-in of a new account', () => {
  it('needs TOTP enrolment and a password change before anything else', async () => {
    const { temporaryPassword } = await newAccount('first.login');
    const client = new SessionClient(t.app);
    const login = await client.post('/api/auth/login', {
      username: 'first.login',
      password: temporaryPassword,
    });
    expect(login.json().stage).toBe('enrol');
    client.csrf = login.json().csrfToken;
    expect(login.headers['set-cookie']).toMatch(/jiandu_session=.+; Path=\/; HttpOnly; SameSite=Strict/);
    expect((await client.get('/api/orgs')).json().code).toBe('SIGN_IN_INCOMPLETE');
    const enrol = await client.post('/api/auth/totp/enrol');
    expect(enrol.json().qrSvg).toContain('<svg');
    expect(enrol.json().otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    client.secret = enrol.json().secret;
    expect((await client.post('/api/auth/totp/confirm', { code: '000000' })).statusCode).toBe(401);
    const confirm = await client.post('/api/auth/totp/confirm', { code: client.code() });
    expect(confirm.json().stage).toBe('password');
    expect(confirm.json().recoveryCodes).toHaveLength(10);
    const weak = await client.post('/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'password',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().detail).toMatch(/至少8位|至少3类|过于常见/);
    const same = await client.post('/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: temporaryPassword,
    });
    expect(same.json().detail).toContain('最近5次');
    const good = await client.post('/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'Shenyang#2026x',
    });
    expect(good.json().stage).toBe('active');
    expect((await client.get('/api/auth/session')).json()).toMatchObject({
      stage: 'active',
      user: { username: 'first.login' },
    });
  });

  it('accepts a recovery code once in place of the authenticator', async () => {
    const { temporaryPassword } = await newAccount('recover.me');
    const first = new SessionClient(t.app);
    const login = await first.post('/api/auth/login', {
      username: 'recover.me',
      password: temporaryPassword,
    });
    first.csrf = login.json().csrfToken;
    first.secret = (await first.post('/api/auth/totp/enrol')).json().secret;
    const { recoveryCodes } = (await first.post('/api/auth/totp/confirm', { code: first.code() })).json();
    await first.post('/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'Recover#2026q',
    });

    const again = new SessionClient(t.app);
    const second = await again.post('/api/auth/login', { username: 'recover.me', password: 'Recover#2026q' });
    expect(second.json().stage).toBe('mfa');
    again.csrf = second.json().csrfToken;
    expect((await again.post('/api/auth/otp', { recoveryCode: recoveryCodes[0] })).json().stage).toBe(
      'active',
    );

    const third = new SessionClient(t.app);
    third.csrf = (
      await third.post('/api/auth/login', { username: 'recover.me', password: 'Recover#2026q' })
    ).json().csrfToken;
    expect((await third.post('/api/auth/otp', { recoveryCode: recoveryCodes[0] })).statusCode).toBe(401);
  });

  it('refuses a TOTP code that was already used', async () => {
    const client = await signIn(t.app, 'dalian.jiandu', DEMO_PASSWORD);
    const other = new SessionClient(t.app);
    other.secret = client.secret;
    other.csrf = (
      await other.post('/api/auth/login', { username: 'dalian.jiandu', password: DEMO_PASSWORD })
    ).json().csrfToken;
    // The enrolment used the current step: the same code cannot sign in again.
    expect((await other.post('/api/auth/otp', { code: other.code(0) })).statusCode).toBe(401);
    expect((await other.post('/api/auth/otp', { code: other.code(1) })).json().stage).toBe('active');
  });
});

describe('sessions', () => {
  it('refuses a session idle for longer than 30 minutes', async () => {
    const client = await signIn(t.app, 'sheng.jiandu', DEMO_PASSWORD);
    expect((await client.get('/api/orgs')).statusCode).toBe(200);
    await db()
      .updateTable('session')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000).toISOString() })
      .where('ended_at', 'is', null)
      .where(
        'user_id',
        '=',
        (
          await db()
            .selectFrom('app_user')
            .select('id')
            .where('username', '=', 'sheng.jiandu')
            .executeTakeFirstOrThrow()
        ).id,
      )
      .execute();
    const res = await client.get('/api/orgs');
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toContain('超时');
    const ended = await db()
      .selectFrom('session')
      .select('end_reason')
      .where('end_reason', '=', 'idle')
      .executeTakeFirst();
    expect(ended?.end_reason).toBe('idle');
  });

  it('refuses a session past its absolute limit, however active', async () => {
    const client = await signIn(t.app, 'sheng.lingdao', DEMO_PASSWORD);
    const user = await db()
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'sheng.lingdao')
      .executeTakeFirstOrThrow();
    await db()
      .updateTable('session')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', user.id)
      .where('ended_at', 'is', null)
      .execute();
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('refuses a change without the CSRF token', async () => {
    const client = await signIn(t.app, 'heping.scjg', DEMO_PASSWORD);
    const res = await client.send('POST', '/api/auth/logout', {}, { 'x-csrf-token': 'forged' });
    expect(res.statusCode).toBe(204);
    const again = await signIn(t.app, 'heping.scjg', DEMO_PASSWORD, { secret: client.secret! });
    const noToken = await again.send('DELETE', '/api/auth/sessions/whatever', undefined, {
      'x-csrf-token': '',
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('CSRF_FAILED');
  });

  it('lists the own sessions, ends one, and signs out', async () => {
    const client = await signIn(t.app, 'shenyang.jiandu', DEMO_PASSWORD);
    const second = await signIn(t.app, 'shenyang.jiandu', DEMO_PASSWORD, { secret: client.secret! });
    const sessions = (await client.get('/api/auth/sessions')).json() as { id: string; current: boolean }[];
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    const other = sessions.find((s) => !s.current)!;
    expect((await client.send('DELETE', `/api/auth/sessions/${other.id}`)).statusCode).toBe(204);
    expect((await second.get('/api/auth/session')).statusCode).toBe(401);
    const history = (await client.get('/api/auth/login-history')).json() as { result: string }[];
    expect(history.map((h) => h.result)).toEqual(['success', 'success']);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
    const events = await db()
      .selectFrom('login_event')
      .select('result')
      .where('username', '=', 'shenyang.jiandu')
      .orderBy('at')
      .execute();
    expect(events.map((e) => e.result)).toEqual(['success', 'success', 'logout']);
  });
});

describe('source system tokens', () => {
  it('are shown once, work for their own orgs only, and stop working when revoked', async () => {
    const agency = await db()
      .selectFrom('org')
      .select(['id', 'credit_code'])
      .where('name', '=', '和平区市场监督管理局')
      .executeTakeFirstOrThrow();
    const other = await db()
      .selectFrom('org')
      .select('id')
      .where('name', '=', '沈河区市场监督管理局')
      .executeTakeFirstOrThrow();
    const created = await sysadmin.post('/api/sources', {
      name: '和平区市场监管执法办案系统',
      orgIds: [agency.id],
    });
    expect(created.statusCode).toBe(201);
    const { token, source } = created.json();
    expect(token).toMatch(/^jds_/);
    expect(JSON.stringify((await sysadmin.get('/api/sources')).json())).not.toContain(token);
    const stored = await db()
      .selectFrom('source_system')
      .selectAll()
      .where('id', '=', source.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toBe(token);

    const whoami = await t.app.inject({
      method: 'GET',
      url: '/api/exchange/v1/whoami',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(whoami.statusCode).toBe(200);
    expect(whoami.json()).toEqual({
      source: '和平区市场监管执法办案系统',
      orgs: [{ name: '和平区市场监督管理局', creditCode: agency.credit_code }],
    });
    expect(
      (
        await db()
          .selectFrom('source_system')
          .select('last_used_at')
          .where('id', '=', source.id)
          .executeTakeFirstOrThrow()
      ).last_used_at,
    ).not.toBeNull();

    const actor = await t.context.services.sources.fromToken(token, { ip: '127.0.0.1' });
    expect(() => assertSourceMayWrite(actor!, agency.id)).not.toThrow();
    expect(() => assertSourceMayWrite(actor!, other.id)).toThrow(/不在此数据来源系统的授权范围内/);

    expect((await sysadmin.post(`/api/sources/${source.id}/revoke`)).json().revokedAt).not.toBeNull();
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/exchange/v1/whoami',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/exchange/v1/whoami' })).statusCode).toBe(401);
  });
});

describe('password policy', () => {
  it('sends a user whose password is older than 90 days to change it (等保 profile)', async () => {
    const user = await db()
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'heping.jiandu')
      .executeTakeFirstOrThrow();
    await db()
      .updateTable('app_user')
      .set({ password_changed_at: new Date(Date.now() - 91 * 86_400_000).toISOString() })
      .where('id', '=', user.id)
      .execute();
    const client = new SessionClient(t.app);
    const login = await client.post('/api/auth/login', {
      username: 'heping.jiandu',
      password: DEMO_PASSWORD,
    });
    expect(login.json().stage).toBe('enrol');
    client.csrf = login.json().csrfToken;
    client.secret = (await client.post('/api/auth/totp/enrol')).json().secret;
    expect((await client.post('/api/auth/totp/confirm', { code: client.code() })).json().stage).toBe(
      'password',
    );
  });

  it('switches to the ASVS profile: length over composition, no forced rotation', async () => {
    const secadmin = await signIn(t.app, 'secadmin', DEMO_PASSWORD);
    const policy = (await secadmin.get('/api/security-policy')).json();
    expect(policy).toMatchObject({
      passwordProfile: 'dengbao',
      lockoutThreshold: 5,
      lockoutMinutes: 30,
      idleTimeoutMinutes: 30,
      absoluteTimeoutHours: 12,
      mfaRequired: true,
    });
    expect(
      (await secadmin.put('/api/security-policy', { ...policy, passwordProfile: 'asvs' })).statusCode,
    ).toBe(200);
    const { temporaryPassword } = await newAccount('asvs.user');
    const client = new SessionClient(t.app);
    client.csrf = (
      await client.post('/api/auth/login', { username: 'asvs.user', password: temporaryPassword })
    ).json().csrfToken;
    client.secret = (await client.post('/api/auth/totp/enrol')).json().secret;
    await client.post('/api/auth/totp/confirm', { code: client.code() });
    const short = await client.post('/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'Ab1#defg',
    });
    expect(short.json().detail).toContain('至少12位');
    const long = await client.post('/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'correct horse battery staple',
    });
    expect(long.json().stage).toBe('active');
    await secadmin.put('/api/security-policy', policy);
    const audit = await db()
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'policy.update')
      .execute();
    expect(audit.map((a) => JSON.parse(a.detail).after.passwordProfile)).toEqual(['asvs', 'dengbao']);
  });
});
