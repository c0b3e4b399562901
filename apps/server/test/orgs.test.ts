import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoCreditCode } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

let t: TestApp;
let admin: SessionClient;
const db = () => t.context.database.db;
const idOf = async (name: string) =>
  (await db().selectFrom('org').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  t = await createTestApp({ seedCalendar: false, config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  admin = await signIn(t.app, 'sysadmin', DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('org tree', () => {
  it('checks the credit code check character', async () => {
    const parentId = await idOf('沈阳市司法局');
    const good = demoCreditCode('沈阳市文化旅游和广播电视局', '210100');
    const bad = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
    const refused = await admin.post('/api/orgs', {
      parentId,
      name: '沈阳市文化旅游和广播电视局',
      kind: 'agency',
      regionCode: '210100',
      creditCode: bad,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toEqual({
      path: 'body.creditCode',
      message: '统一社会信用代码校验位错误',
    });
    const created = await admin.post('/api/orgs', {
      parentId,
      name: '沈阳市文化旅游和广播电视局',
      kind: 'agency',
      regionCode: '210100',
      creditCode: good.toLowerCase(),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ creditCode: good, regionName: '辽宁省沈阳市', depth: 2 });
    const duplicate = await admin.post('/api/orgs', {
      parentId,
      name: '重复代码的单位',
      kind: 'agency',
      regionCode: '210100',
      creditCode: good,
    });
    expect(duplicate.statusCode).toBe(409);
  });

  it('moves an org with its whole subtree', async () => {
    const district = await idOf('铁西区司法局');
    const dalian = await idOf('大连市司法局');
    const wrongRegion = await admin.post(`/api/orgs/${district}/move`, { parentId: dalian });
    expect(wrongRegion.statusCode).toBe(409);
    const intoOwnChild = await admin.post(`/api/orgs/${await idOf('沈阳市司法局')}/move`, {
      parentId: district,
    });
    expect(intoOwnChild.statusCode).toBe(409);
    const province = await idOf('辽宁省司法厅');
    const moved = await admin.post(`/api/orgs/${district}/move`, { parentId: province });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: province, depth: 1 });
    const child = await db()
      .selectFrom('org')
      .selectAll()
      .where('name', '=', '铁西区市场监督管理局')
      .executeTakeFirstOrThrow();
    expect(child.path).toBe(`/${province}/${district}/${child.id}/`);
    expect(child.depth).toBe(2);
  });

  it('refuses to disable an org with active orgs under it, and disables a leaf', async () => {
    const res = await admin.post(`/api/orgs/${await idOf('大连市司法局')}/disable`);
    expect(res.statusCode).toBe(409);
    const leaf = await admin.post(`/api/orgs/${await idOf('大连市应急管理局')}/disable`);
    expect(leaf.json().status).toBe('disabled');
    const audit = await db()
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'org.disable')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail)).toEqual({ before: { status: 'active' }, after: { status: 'disabled' } });
  });

  it('offers an import template that reads back with its headers', async () => {
    const res = await admin.get('/api/orgs/import-template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getRow(1).getCell(1).value).toBe('单位名称*');
  });

  it('imports good rows, reports every bad row, and keeps going', async () => {
    const parent = demoCreditCode('抚顺市司法局', '210400');
    const newCode = demoCreditCode('抚顺市自然资源局', '210400');
    const csv = [
      '单位名称*,简称,单位类型*,行政区划代码*,统一社会信用代码,上级单位统一社会信用代码,排序',
      `抚顺市自然资源局,,行政执法主体,210400,${newCode},${parent},5`,
      `抚顺市住房和城乡建设局,,执法队伍,210400,,${parent},6`,
      `抚顺市水务局,,行政执法主体,999999,,${parent},7`,
      `"抚顺市林业和草原局, 林草",,行政执法主体,210400,,${parent},8`,
      `抚顺市司法局(改名),,司法行政机关,210400,${parent},,`,
    ].join('\n');
    const res = await admin.send('POST', '/api/orgs/import', csv, { 'content-type': 'text/csv' });
    expect(res.statusCode).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ received: 5, created: 2, updated: 1, rejected: 2 });
    expect(result.errors.map((e: { row: number }) => e.row)).toEqual([3, 4]);
    expect(result.errors[0].messages[0]).toContain('单位类型不正确: 执法队伍');
    expect(result.errors[1].messages[0]).toContain('行政区划代码不存在: 999999');
    expect(
      await db().selectFrom('org').select('name').where('credit_code', '=', newCode).executeTakeFirst(),
    ).toEqual({ name: '抚顺市自然资源局' });
    expect(
      await db()
        .selectFrom('org')
        .select('name')
        .where('name', '=', '抚顺市林业和草原局, 林草')
        .executeTakeFirst(),
    ).toBeDefined();
    expect(
      await db().selectFrom('org').select('name').where('credit_code', '=', parent).executeTakeFirst(),
    ).toEqual({ name: '抚顺市司法局(改名)' });
  });

  it('imports an xlsx workbook too, and refuses a file without the required columns', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('单位');
    sheet.addRow(['单位名称*', '单位类型*', '行政区划代码*', '上级单位统一社会信用代码']);
    sheet.addRow(['本溪市生态环境局', '行政执法主体', '210500', demoCreditCode('本溪市司法局', '210500')]);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const res = await admin.send('POST', '/api/orgs/import', xlsx, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(res.json()).toMatchObject({ received: 1, created: 1, rejected: 0 });
    const wrong = await admin.send('POST', '/api/orgs/import', 'name,kind\nx,y', {
      'content-type': 'text/csv',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().detail).toContain('缺少必需的列');
  });

  it('exports the orgs in scope as xlsx', async () => {
    const res = await admin.get('/api/orgs/export?q=本溪');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const names: string[] = [];
    book.worksheets[0]!.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(1).value));
    });
    expect(names).toEqual(expect.arrayContaining(['本溪市司法局', '本溪市生态环境局']));
    expect(names.every((n) => n.includes('本溪'))).toBe(true);
  });
});
