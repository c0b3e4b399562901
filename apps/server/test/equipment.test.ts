import { makeResidentId } from '@jiandu/contracts/codes';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { blindIndex, encryptField } from '../src/platform/crypto/field-cipher.ts';
import { newId } from '../src/platform/ids.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

let t: TestApp;
let staff: SessionClient;
let heping: SessionClient;
let shenyang: SessionClient;
let dalian: SessionClient;
const db = () => t.context.database.db;
const orgId = async (name: string) =>
  (await db().selectFrom('org').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

/** An officer row as the officers module keeps it (only what the register reads matters here). */
async function addOfficer(org: string, name: string, seq: number, status: 'active' | 'left' = 'active') {
  const id = newId();
  const idNumber = makeResidentId(`21010219880715${String(seq).padStart(3, '0')}`);
  const now = new Date().toISOString();
  await db()
    .insertInto('officer')
    .values({
      id,
      org_id: org,
      region_code: '210102',
      name,
      gender: seq % 2 ? 'male' : 'female',
      id_number_enc: encryptField(t.context.keyring, idNumber),
      id_number_index: blindIndex(t.context.keyring, idNumber, 'id_number'),
      birth_date: '1988-07-15',
      phone_enc: null,
      photo: null,
      photo_public: 0,
      post: '执法一队队员',
      staff_kind: 'civil_servant',
      fields: '["market"]',
      legal_qualification: 0,
      legal_reviewer: 0,
      status,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

const issue = (org: string, overrides: Record<string, unknown> = {}) => ({
  orgId: org,
  category: 'equipment',
  itemName: '执法记录仪',
  specification: 'DSJ-YZ2 4G',
  quantity: 10,
  issuedOn: '2024-03-15',
  ...overrides,
});

let agency = '';
let other = '';
let officerId = '';

beforeAll(async () => {
  t = await createTestApp({ seedCalendar: false, config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  const clients = await Promise.all(
    ['heping.scjg', 'heping.jiandu', 'shenyang.jiandu', 'dalian.jiandu'].map((u) =>
      signIn(t.app, u, DEMO_PASSWORD),
    ),
  );
  [staff, heping, shenyang, dalian] = clients as [SessionClient, SessionClient, SessionClient, SessionClient];
  agency = await orgId('和平区市场监督管理局');
  other = await orgId('沈河区市场监督管理局');
  officerId = await addOfficer(agency, '张执法', 11);
});
afterAll(() => t.close());

describe('equipment register', () => {
  let cameraId = '';

  it('lets agency staff issue items of their own org only', async () => {
    const created = await staff.post('/api/equipment', issue(agency));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      orgName: '和平区市场监督管理局',
      quantity: 10,
      returnedQuantity: 0,
      inUse: 10,
      state: 'in_use',
      officerId: null,
    });
    cameraId = created.json().id;
    const elsewhere = await staff.post('/api/equipment', issue(other));
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().detail).toBe('单位不存在或不在您的管理范围内');
    const audit = await db()
      .selectFrom('audit_event')
      .select(['action', 'detail'])
      .where('target_id', '=', cameraId)
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('equipment.issue');
    expect(JSON.parse(audit.detail).after).toMatchObject({ itemName: '执法记录仪', quantity: 10 });
  });

  it('validates quantities, dates and serial numbers in Chinese', async () => {
    const zero = await staff.post('/api/equipment', issue(agency, { quantity: 0 }));
    expect(zero.json().errors).toContainEqual({ path: 'body.quantity', message: '数量至少为1' });
    const serial = await staff.post('/api/equipment', issue(agency, { serialNumber: 'DSJ001', quantity: 2 }));
    expect(serial.json().errors).toContainEqual({
      path: 'body.quantity',
      message: '登记序列号的物品数量应为1',
    });
    const future = await staff.post('/api/equipment', issue(agency, { issuedOn: '2099-01-01' }));
    expect(future.json().detail).toBe('发放日期不能晚于今天');
    const noName = await staff.post('/api/equipment', issue(agency, { itemName: '' }));
    expect(noName.json().errors).toContainEqual({ path: 'body.itemName', message: '请填写物品名称' });
  });

  it('issues to an officer of the org, not of another or one who left', async () => {
    const uniform = await staff.post(
      '/api/equipment',
      issue(agency, { category: 'uniform', itemName: '春秋执勤服', quantity: 2, officerId }),
    );
    expect(uniform.statusCode).toBe(201);
    expect(uniform.json()).toMatchObject({ officerName: '张执法', category: 'uniform' });
    const stranger = await addOfficer(other, '李沈河', 12);
    const wrongOrg = await staff.post('/api/equipment', issue(agency, { officerId: stranger }));
    expect(wrongOrg.json().detail).toBe('领用人不是该单位的执法人员');
    const gone = await addOfficer(agency, '王离岗', 13, 'left');
    const left = await staff.post('/api/equipment', issue(agency, { officerId: gone }));
    expect(left.json().detail).toBe('王离岗 已离岗, 不能再领用');
    const options = (await staff.get(`/api/equipment/officer-options?orgId=${agency}`)).json();
    expect(options.map((o: { name: string }) => o.name)).toEqual(['张执法']);
  });

  it('takes items back in part, and sums issued − returned = in use per org and item', async () => {
    const url = `/api/equipment/${cameraId}/returns`;
    expect(
      (await staff.post(url, { returnedOn: '2025-06-01', quantity: 3, note: '设备故障, 返厂维修' }))
        .statusCode,
    ).toBe(201);
    const second = await staff.post(url, { returnedOn: '2025-03-01', quantity: 2 });
    expect(second.json()).toMatchObject({
      returnedQuantity: 5,
      inUse: 5,
      state: 'partly_returned',
      returnedOn: '2025-06-01',
    });
    expect(second.json().returns.map((r: { quantity: number }) => r.quantity)).toEqual([2, 3]);
    const tooMany = await staff.post(url, { returnedOn: '2025-07-01', quantity: 6 });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().detail).toBe('收回数量不能超过在用数量 (在用 5)');
    const early = await staff.post(url, { returnedOn: '2024-01-01', quantity: 1 });
    expect(early.json().detail).toBe('收回日期不能早于发放日期');
    // A second issue of the same item adds to the same summary line.
    await staff.post('/api/equipment', issue(agency, { quantity: 4, issuedOn: '2025-05-10' }));
    const summary = (await heping.get(`/api/equipment/summary?orgId=${agency}`)).json();
    expect(summary.items).toEqual([
      expect.objectContaining({ itemName: '春秋执勤服', issued: 2, returned: 0, inUse: 2, officers: 1 }),
      expect.objectContaining({ itemName: '执法记录仪', issued: 14, returned: 5, inUse: 9, officers: 0 }),
    ]);
    expect(
      (await staff.get('/api/equipment?state=partly_returned')).json().items.map((i: { id: string }) => i.id),
    ).toEqual([cameraId]);
    const reduce = await staff.patch(`/api/equipment/${cameraId}`, { quantity: 4 });
    expect(reduce.json().detail).toBe('已收回 5 件, 发放数量不能少于已收回数量');
    const rest = await staff.post(url, { returnedOn: '2025-08-01', quantity: 5 });
    expect(rest.json()).toMatchObject({ state: 'returned', inUse: 0 });
    expect((await staff.post(url, { returnedOn: '2025-08-02', quantity: 1 })).statusCode).toBe(409);
    const returns = await db()
      .selectFrom('equipment_return')
      .select('quantity')
      .where('issue_id', '=', cameraId)
      .execute();
    expect(returns.map((r) => r.quantity).sort()).toEqual([2, 3, 5]);
  });

  it('shows an org its own register, supervisors their subtree, and others nothing (404)', async () => {
    const shenheItem = await shenyang.post(
      '/api/equipment',
      issue(other, { itemName: '对讲机', quantity: 6 }),
    );
    expect(shenheItem.statusCode).toBe(201);
    expect((await staff.get(`/api/equipment/${shenheItem.json().id}`)).statusCode).toBe(404);
    expect(
      (
        await staff.post(`/api/equipment/${shenheItem.json().id}/returns`, {
          returnedOn: '2025-01-01',
          quantity: 1,
        })
      ).statusCode,
    ).toBe(404);
    expect((await heping.get(`/api/equipment/${shenheItem.json().id}`)).statusCode).toBe(404);
    expect((await heping.get(`/api/equipment/${cameraId}`)).statusCode).toBe(200);
    expect((await dalian.get(`/api/equipment/${cameraId}`)).statusCode).toBe(404);
    expect((await staff.get('/api/equipment?pageSize=100')).json().total).toBe(3);
    expect((await shenyang.get('/api/equipment?pageSize=100')).json().total).toBe(4);
    expect((await dalian.get('/api/equipment/summary')).json().total).toBe(0);
  });

  it('refuses changes to an account that may only read', async () => {
    const leader = await signIn(t.app, 'sheng.lingdao', DEMO_PASSWORD);
    expect((await leader.get('/api/equipment')).statusCode).toBe(200);
    const refused = await leader.post('/api/equipment', issue(agency));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toBe('您没有执行此操作的权限');
  });

  it('exports the register and the summary', async () => {
    const res = await heping.get('/api/equipment/export?category=equipment');
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['单位', '物品名称', '在用数量', '状态']));
    const rows = (sheet.getSheetValues().slice(2) as unknown[][]).map((r) => r.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(
      expect.arrayContaining([
        '和平区市场监督管理局',
        '执法记录仪',
        10,
        '2024-03-15',
        10,
        '2025-08-01',
        0,
        '已收回',
      ]),
    );
    const summary = await shenyang.get('/api/equipment/summary/export');
    await book.xlsx.load(summary.rawPayload as unknown as ArrayBuffer);
    const lines = (book.worksheets[0]!.getSheetValues().slice(2) as unknown[][]).map((r) => r.slice(1));
    expect(lines).toContainEqual(['和平区市场监督管理局', '执法装备', '执法记录仪', 14, 10, 4, 0]);
    expect(lines).toContainEqual(['沈河区市场监督管理局', '执法装备', '对讲机', 6, 0, 6, 0]);
  });
});
