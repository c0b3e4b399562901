import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { type AppContext, createContext } from '../src/context.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { createTestDatabase, TEST_DIALECT, type TestDatabase, testConfig } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

// A valid 居民身份证号 (check digit correct) and a phone number that must never appear in clear.
const ID_NUMBER = '210102198807150039';
const PHONE = '13904001234';

const logLines: string[] = [];
let database: TestDatabase;
let context: AppContext;
let app: FastifyInstance;
let sysadmin: SessionClient;
let dbFile: string | null = null;

beforeAll(async () => {
  dbFile =
    TEST_DIALECT === 'sqlite'
      ? path.join(mkdtempSync(path.join(tmpdir(), 'jiandu-pii-')), 'pii.sqlite')
      : null;
  database = await createTestDatabase(dbFile ?? undefined);
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  context = await createContext(
    testConfig(database.url, { demoSeed: true }),
    pino({ level: 'trace' }, sink),
    { migrate: true },
  );
  await seed(context, SYSTEM_ACTOR);
  app = await buildApp(context);
  await app.ready();
  sysadmin = await signIn(app, 'sysadmin', DEMO_PASSWORD);
});
afterAll(async () => {
  await app.close();
  await context.database.close();
  await database.drop();
});

describe('personal data', () => {
  let userId = '';

  it('is stored encrypted and shown masked to a user without the permission', async () => {
    const org = await context.database.db
      .selectFrom('org')
      .select('id')
      .where('name', '=', '和平区司法局')
      .executeTakeFirstOrThrow();
    const res = await sysadmin.post('/api/users', {
      username: 'pii.case',
      displayName: '张小三',
      orgId: org.id,
      idNumber: ID_NUMBER,
      phone: PHONE,
    });
    expect(res.statusCode).toBe(201);
    userId = res.json().user.id;
    expect(res.json().user.idNumber).toBe('2101**********0039');
    expect(res.json().user.phone).toBe('139****1234');
    const row = await context.database.db
      .selectFrom('app_user')
      .selectAll()
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    expect(row.id_number_enc).toMatch(/^v1\.k\d+\./);
    expect(JSON.stringify(row)).not.toContain(ID_NUMBER);
    expect(JSON.stringify(row)).not.toContain(PHONE);
  });

  it('can be found by exact ID number through the blind index', async () => {
    const res = await sysadmin.get(`/api/users?idNumber=${ID_NUMBER}`);
    expect(res.json().items.map((u: { username: string }) => u.username)).toEqual(['pii.case']);
    expect(JSON.stringify(res.json())).not.toContain(ID_NUMBER);
    expect((await sysadmin.get('/api/users?idNumber=210102198807150011')).json().total).toBe(0);
  });

  it('is shown in clear only to a user holding pii.read', async () => {
    const secadmin = await signIn(app, 'secadmin', DEMO_PASSWORD);
    const role = await secadmin.post('/api/roles', {
      code: 'pii_reader',
      name: '个人信息查阅',
      permissions: ['user.read', 'pii.read'],
    });
    const target = await context.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'sheng.jiandu')
      .executeTakeFirstOrThrow();
    await secadmin.put(`/api/users/${target.id}/roles`, {
      assignments: [{ roleId: role.json().id, scopeKind: 'org_subtree' }],
    });
    const reader = await signIn(app, 'sheng.jiandu', DEMO_PASSWORD);
    expect((await reader.get(`/api/users/${userId}`)).json()).toMatchObject({
      idNumber: ID_NUMBER,
      phone: PHONE,
    });
  });

  it('never reaches the audit trail or the logs in clear', async () => {
    const audit = await context.database.db.selectFrom('audit_event').select('detail').execute();
    expect(audit.map((a) => a.detail).join('\n')).not.toContain(ID_NUMBER);
    expect(audit.some((a) => a.detail.includes('2101**********0039'))).toBe(true);
    // A rejected request carrying an ID number does not echo it either.
    const bad = await sysadmin.post('/api/users', {
      username: 'pii.bad',
      displayName: '李四',
      orgId: 'x',
      idNumber: '210102198807150038',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toContain('210102198807150038');
    const logs = logLines.join('');
    expect(logs.length).toBeGreaterThan(1000);
    expect(logs).not.toContain(ID_NUMBER);
    expect(logs).not.toContain('210102198807150038');
    expect(logs).not.toContain(PHONE);
  });

  it.runIf(TEST_DIALECT === 'sqlite')('is not in the database file in clear', async () => {
    const bytes = [dbFile!, `${dbFile}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f));
    expect(bytes.length).toBeGreaterThan(0);
    for (const b of bytes) {
      expect(b.includes(Buffer.from(ID_NUMBER))).toBe(false);
      expect(b.includes(Buffer.from(PHONE))).toBe(false);
    }
    // The clear-text username is there (in the file or, before a checkpoint, in the WAL), so the
    // search above looks where the row really is.
    expect(bytes.some((b) => b.includes(Buffer.from('pii.case')))).toBe(true);
  });
});
