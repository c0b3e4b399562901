import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/platform/calendar/dates.ts';
import {
  certificateBody,
  type OfficerTestbed,
  officerBody,
  officerTestbed,
  testNumber,
  today,
} from './officers-fixtures.ts';

let bed: OfficerTestbed;
let scjgOrg = '';
let bureau = '';

beforeAll(async () => {
  bed = await officerTestbed();
  scjgOrg = await bed.orgId('和平区市场监督管理局');
  bureau = await bed.orgId('和平区司法局');
});
afterAll(() => bed.t.close());

const register = async (orgId = scjgOrg, overrides: Record<string, unknown> = {}) => {
  const res = await bed.heping.post(
    '/api/officers',
    officerBody(orgId, { startDate: '2015-03-01', ...overrides }),
  );
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string };
};
const change = (id: string, status: string, effectiveDate: string, reason = '依法处理') =>
  bed.heping.post(`/api/certificates/${id}/status`, { status, effectiveDate, reason });
const validity = async (id: string, date: string) =>
  (await bed.heping.get(`/api/certificates/${id}/validity?date=${date}`)).json();

describe('issuing', () => {
  it('issues a certificate with a unique number, only of the type the org may hold', async () => {
    const officer = await register();
    const number = testNumber();
    const res = await bed.heping.post(
      '/api/certificates',
      certificateBody(officer.id, { number: number.toLowerCase() }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      number,
      type: 'enforcement',
      status: 'valid',
      orgName: '和平区市场监督管理局',
      officerName: '测试人员',
    });
    const other = await register();
    const taken = await bed.heping.post('/api/certificates', certificateBody(other.id, { number }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().detail).toBe(`证件编号已被使用: ${number}`);
    const second = await bed.heping.post('/api/certificates', certificateBody(officer.id));
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toContain(`该人员已持有行政执法证 (编号 ${number})`);
    const supervision = await bed.heping.post(
      '/api/certificates',
      certificateBody(other.id, { type: 'supervision' }),
    );
    expect(supervision.statusCode).toBe(400);
    expect(supervision.json().detail).toContain('行政执法监督证只发给司法行政机关');
    const staff = await register(bureau, { post: '执法监督科科员', fields: ['supervision'] });
    const wrong = await bed.heping.post('/api/certificates', certificateBody(staff.id));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().detail).toContain('行政执法证只发给行政执法主体');
    const right = await bed.heping.post(
      '/api/certificates',
      certificateBody(staff.id, { type: 'supervision', fields: ['supervision'] }),
    );
    expect(right.statusCode).toBe(201);
  });

  it('refuses agency staff (no certificate.manage), future issue dates and certificates already expired', async () => {
    const officer = await register();
    expect((await bed.scjg.post('/api/certificates', certificateBody(officer.id))).statusCode).toBe(403);
    const future = await bed.heping.post(
      '/api/certificates',
      certificateBody(officer.id, { issueDate: addDays(today(), 1), expiryDate: addDays(today(), 2000) }),
    );
    expect(future.json().detail).toBe('发证日期不能晚于今天');
    const expired = await bed.heping.post(
      '/api/certificates',
      certificateBody(officer.id, { issueDate: '2015-01-01', expiryDate: '2020-12-31' }),
    );
    expect(expired.statusCode).toBe(400);
    expect(expired.json().detail).toContain('有效期截止日期已过');
    const backwards = await bed.heping.post(
      '/api/certificates',
      certificateBody(officer.id, { issueDate: '2024-01-10', expiryDate: '2024-01-01' }),
    );
    expect(backwards.json().errors[0].message).toBe('有效期截止日期应晚于发证日期');
  });
});

describe('validity across status changes and dates', () => {
  let id = '';
  let number = '';

  beforeAll(async () => {
    const officer = await register(scjgOrg, { legalReviewer: true });
    number = testNumber();
    id = (await bed.heping.post('/api/certificates', certificateBody(officer.id, { number }))).json().id;
  });

  it('follows issue → suspension (back-dated) → reinstatement → revocation', async () => {
    expect((await change(id, 'suspended', '2025-03-01', '涉嫌违法违纪, 立案调查期间暂扣')).statusCode).toBe(
      200,
    );
    expect((await change(id, 'valid', '2025-06-01', '调查结束, 恢复执法资格')).statusCode).toBe(200);
    const revoked = await change(id, 'revoked', '2026-01-15', '受到开除处分');
    expect(revoked.json().status).toBe('revoked');

    const before = await validity(id, '2024-01-09');
    expect(before).toMatchObject({ valid: false, status: null });
    expect(before.reason).toContain('尚未发证');
    expect(await validity(id, '2024-01-10')).toMatchObject({ valid: true, status: 'valid' });
    const suspended = await validity(id, '2025-03-01');
    expect(suspended).toMatchObject({ valid: false, status: 'suspended' });
    expect(suspended.reason).toBe('该证件于2025-03-01被暂扣 (原因: 涉嫌违法违纪, 立案调查期间暂扣)');
    expect(await validity(id, '2025-05-31')).toMatchObject({ valid: false, status: 'suspended' });
    expect(await validity(id, '2025-06-01')).toMatchObject({ valid: true, status: 'valid' });
    expect(await validity(id, '2026-01-14')).toMatchObject({ valid: true });
    const gone = await validity(id, '2026-01-15');
    expect(gone).toMatchObject({ valid: false, status: 'revoked' });
    expect(gone.reason).toContain('该证件于2026-01-15被吊销');
    // Revocation is final: past the expiry date it still reads revoked, not expired.
    expect(await validity(id, '2031-01-01')).toMatchObject({ status: 'revoked' });

    const events = (await bed.heping.get(`/api/certificates/${id}/events`)).json();
    expect(events.map((e: { status: string; effectiveDate: string }) => [e.status, e.effectiveDate])).toEqual(
      [
        ['valid', '2024-01-10'],
        ['suspended', '2025-03-01'],
        ['valid', '2025-06-01'],
        ['revoked', '2026-01-15'],
      ],
    );
    expect(events[1].actor).toContain('heping.jiandu');
  });

  it('refuses changes out of a final status, and dates before the last change or in the future', async () => {
    const final = await change(id, 'valid', today());
    expect(final.statusCode).toBe(409);
    expect(final.json().detail).toBe('该证件已吊销, 不能再变更状态');
    const officer = await register();
    const other = (await bed.heping.post('/api/certificates', certificateBody(officer.id))).json().id;
    expect((await change(other, 'valid', today())).json().detail).toBe('证件状态不能由"有效"变更为"有效"');
    await change(other, 'suspended', '2025-05-01');
    const early = await change(other, 'valid', '2025-04-30');
    expect(early.statusCode).toBe(400);
    expect(early.json().detail).toBe('生效日期不能早于上一次状态变更的生效日期 2025-05-01');
    const future = await change(other, 'revoked', addDays(today(), 1));
    expect(future.json().detail).toBe('生效日期不能晚于今天');
    const noReason = await bed.heping.post(`/api/certificates/${other}/status`, {
      status: 'revoked',
      effectiveDate: today(),
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    expect(
      (
        await bed.scjg.post(`/api/certificates/${other}/status`, {
          status: 'revoked',
          effectiveDate: today(),
          reason: '依法吊销',
        })
      ).statusCode,
    ).toBe(403);
    expect((await bed.shenhe.get(`/api/certificates/${other}`)).statusCode).toBe(404);
  });

  it('answers the warning rules by number and date without an actor', async () => {
    const { certificates } = bed.t.context.services;
    const held = await certificates.officersByCertificate([number.toLowerCase(), 'NOSUCH001'], '2025-04-01');
    expect(held.get(number)).toMatchObject({
      exists: true,
      valid: false,
      status: 'suspended',
      legalReviewer: true,
      orgId: scjgOrg,
      type: 'enforcement',
    });
    expect(held.get(number)!.agencyCreditCode).toMatch(/^11210102/);
    expect(held.get('NOSUCH001')).toMatchObject({ exists: false, valid: false, orgId: null });
    expect(await certificates.validityOn(number, '2025-07-01')).toMatchObject({
      valid: true,
      status: 'valid',
    });
    await expect(certificates.validityOn('NOSUCH001', '2025-07-01')).rejects.toThrow('证件编号不存在');
  });
});

describe('listing and export', () => {
  it('filters by status and expiry, and exports xlsx', async () => {
    const officer = await register();
    const soon = (
      await bed.heping.post(
        '/api/certificates',
        certificateBody(officer.id, { issueDate: '2021-01-01', expiryDate: addDays(today(), 20) }),
      )
    ).json();
    const expiring = (await bed.heping.get('/api/certificates?expiringWithinDays=30&pageSize=100')).json();
    expect(expiring.items.map((c: { id: string }) => c.id)).toContain(soon.id);
    const suspended = (await bed.heping.get('/api/certificates?status=suspended&pageSize=100')).json();
    expect(suspended.items.every((c: { status: string }) => c.status === 'suspended')).toBe(true);
    const byName = (await bed.scjg.get(`/api/certificates?q=${soon.number}`)).json();
    expect(byName.items).toHaveLength(1);
    const res = await bed.heping.get(`/api/certificates/export?q=${soon.number}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const row = book.worksheets[0]!.getRow(2);
    expect(row.getCell(1).value).toBe(soon.number);
    expect(row.getCell(2).value).toBe('行政执法证');
    expect(row.getCell(9).value).toBe('有效');
  });
});
