import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCreditCode } from '../src/demo/demo-seed.ts';
import { IMPORT_COLUMNS } from '../src/modules/officers/officers-import.ts';
import { XLSX_TYPE } from '../src/platform/files/xlsx.ts';
import {
  certificateBody,
  type OfficerTestbed,
  officerBody,
  officerTestbed,
  testId,
  testNumber,
} from './officers-fixtures.ts';

let bed: OfficerTestbed;
let scjgOrg = '';
const db = () => bed.t.context.database.db;
const SCJG_CODE = demoCreditCode('和平区市场监督管理局', '210102');

beforeAll(async () => {
  bed = await officerTestbed();
  scjgOrg = await bed.orgId('和平区市场监督管理局');
});
afterAll(() => bed.t.close());

type Row = Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>;

async function workbook(rows: Row[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('执法人员导入');
  sheet.addRow([...IMPORT_COLUMNS]);
  for (const row of rows) sheet.addRow(IMPORT_COLUMNS.map((h) => row[h] ?? ''));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const person = (overrides: Row = {}): Row => ({
  单位统一社会信用代码: SCJG_CODE,
  '姓名*': '导入人员',
  '身份证号*': testId(),
  手机号: '13700001111',
  '执法岗位*': '执法大队队员',
  '人员类别*': '公务员',
  '执法领域*': '市场监管、卫生健康',
  法律职业资格: '否',
  法制审核人员: '否',
  ...overrides,
});
const withCertificate = (number = testNumber()): Row => ({
  证件编号: number,
  证件类型: '行政执法证',
  发证机关: '沈阳市人民政府',
  发证日期: '2024-05-01',
  有效期至: '2030-04-30',
});

describe('officer import', () => {
  it('offers a template with the columns and an instructions sheet', async () => {
    const res = await bed.scjg.get('/api/officers/import-template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const headers: string[] = [];
    book.worksheets[0]!.getRow(1).eachCell((c) => {
      headers.push(String(c.value));
    });
    expect(headers).toEqual([...IMPORT_COLUMNS]);
    expect(book.worksheets[1]!.name).toBe('填写说明');
    expect(String(book.worksheets[1]!.getRow(2).getCell(1).value)).toContain('单位统一社会信用代码');
  });

  it('saves the good rows, updates a registered person and reports every bad row', async () => {
    const usedNumber = testNumber();
    const holder = (await bed.heping.post('/api/officers', officerBody(scjgOrg))).json();
    await bed.heping.post('/api/certificates', certificateBody(holder.id, { number: usedNumber }));
    const existingId = testId();
    const existing = (
      await bed.heping.post('/api/officers', officerBody(scjgOrg, { idNumber: existingId, name: '原有人员' }))
    ).json();
    const goodId = testId();
    const goodNumber = testNumber();
    const badCheck = testId();
    const file = await workbook([
      person({ '姓名*': '导入甲', '身份证号*': goodId, 法制审核人员: '是', ...withCertificate(goodNumber) }),
      person({ '身份证号*': `${badCheck.slice(0, 17)}${badCheck[17] === '1' ? '2' : '1'}` }),
      person({ 单位统一社会信用代码: demoCreditCode('大连市市场监督管理局', '210200') }),
      person({ '身份证号*': goodId }),
      person({ ...withCertificate(), 发证日期: '2025-02-30' }),
      person({ ...withCertificate(usedNumber) }),
      person({
        单位统一社会信用代码: '',
        单位名称: '和平区市场监督管理局',
        '姓名*': '导入乙',
        '执法领域*': '市场监管',
      }),
      person({ '身份证号*': existingId, '姓名*': '原有人员', '执法岗位*': '稽查科科长', 法律职业资格: '是' }),
    ]);
    const res = await bed.heping.send('POST', '/api/officers/import', file, { 'content-type': XLSX_TYPE });
    expect(res.statusCode).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ received: 8, created: 2, updated: 1, rejected: 5 });
    const byRow = Object.fromEntries(
      result.errors.map((e: { row: number; messages: string[] }) => [e.row, e.messages]),
    );
    expect(Object.keys(byRow).map(Number)).toEqual([3, 4, 5, 6, 7]);
    expect(byRow[3]).toEqual(['身份证号: 居民身份证号校验位错误']);
    expect(byRow[4]![0]).toContain('单位不存在或不在您的数据范围内');
    expect(byRow[5]).toEqual(['身份证号与第2行重复']);
    expect(byRow[6]).toEqual(['发证日期无效: 2025-02-30, 格式应为 YYYY-MM-DD']);
    expect(byRow[7]).toEqual([`证件编号已被使用: ${usedNumber}`]);

    const imported = (await bed.heping.get('/api/officers?q=导入甲')).json().items[0];
    expect(imported).toMatchObject({
      orgId: scjgOrg,
      legalReviewer: true,
      fields: ['market', 'health'],
      certificates: [expect.objectContaining({ number: goodNumber, status: 'valid', type: 'enforcement' })],
    });
    expect((await bed.heping.get('/api/officers?q=导入乙')).json().total).toBe(1);
    const updated = (await bed.heping.get(`/api/officers/${existing.id}`)).json();
    expect(updated).toMatchObject({ post: '稽查科科长', legalQualification: true, phone: '137****1111' });
    const audits = await db()
      .selectFrom('audit_event')
      .select(['target_id', 'detail'])
      .where('action', '=', 'officer.import')
      .execute();
    expect(audits).toHaveLength(3);
    expect(audits.map((a) => a.detail).join()).not.toContain(goodId);
  });

  it('refuses certificates from staff who may not issue them, and files without the columns', async () => {
    const file = await workbook([person({ ...withCertificate() }), person()]);
    const res = await bed.scjg.send('POST', '/api/officers/import', file, { 'content-type': XLSX_TYPE });
    expect(res.json()).toMatchObject({ received: 2, created: 1, rejected: 1 });
    expect(res.json().errors[0].messages[0]).toContain('您没有为该单位发放证件的权限');
    const csv = '姓名,身份证号\n张三,110101198807150011';
    const wrong = await bed.scjg.send('POST', '/api/officers/import', csv, { 'content-type': 'text/csv' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().detail).toContain(
      '缺少必需的列: 单位统一社会信用代码或单位名称、执法岗位、人员类别、执法领域',
    );
  });

  it('reads CSV too, with labels and dates in the usual Chinese forms', async () => {
    const id = testId({ female: true });
    const csv = [
      IMPORT_COLUMNS.join(','),
      `${SCJG_CODE},,刘芳,${id},,法制科科员,事业编制,"市场监管,其他",是,是,${testNumber()},执法证,沈阳市人民政府,2024年3月5日,2030/3/4`,
    ].join('\n');
    const res = await bed.heping.send('POST', '/api/officers/import', csv, { 'content-type': 'text/csv' });
    expect(res.json()).toMatchObject({ received: 1, created: 1, rejected: 0 });
    const officer = (await bed.heping.get('/api/officers?q=刘芳')).json().items[0];
    expect(officer).toMatchObject({
      gender: 'female',
      staffKind: 'public_institution',
      fields: ['market', 'other'],
    });
    const cert = (await bed.heping.get(`/api/certificates/${officer.certificates[0].id}`)).json();
    expect(cert).toMatchObject({ issueDate: '2024-03-05', expiryDate: '2030-03-04' });
  });
});
