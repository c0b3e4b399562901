import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/platform/calendar/dates.ts';
import {
  certificateBody,
  type OfficerTestbed,
  officerBody,
  officerTestbed,
  testId,
  today,
} from './officers-fixtures.ts';

let bed: OfficerTestbed;
let scjgOrg = '';
let yjglOrg = '';
const db = () => bed.t.context.database.db;
// A 1×1 transparent PNG.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

beforeAll(async () => {
  bed = await officerTestbed();
  scjgOrg = await bed.orgId('和平区市场监督管理局');
  yjglOrg = await bed.orgId('和平区应急管理局');
});
afterAll(() => bed.t.close());

describe('registering officers', () => {
  it('derives gender and birth date from the ID number, encrypts and masks personal data', async () => {
    const idNumber = testId({ birth: '19900312', female: true });
    const res = await bed.scjg.post('/api/officers', officerBody(scjgOrg, { name: '林晓雪', idNumber }));
    expect(res.statusCode).toBe(201);
    const officer = res.json();
    expect(officer).toMatchObject({
      name: '林晓雪',
      orgName: '和平区市场监督管理局',
      gender: 'female',
      birthDate: '1990-**-**',
      idNumber: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
      phone: '139****1234',
      status: 'active',
      certificates: [],
      trainingHoursThisYear: 0,
    });
    const row = await db()
      .selectFrom('officer')
      .selectAll()
      .where('id', '=', officer.id)
      .executeTakeFirstOrThrow();
    expect(row.id_number_enc).toMatch(/^v1\./);
    expect(row.id_number_enc).not.toContain(idNumber);
    expect(row.birth_date).toBe('1990-03-12');
    expect(row.gender).toBe('female');
    const audit = await db()
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'officer.create')
      .where('target_id', '=', officer.id)
      .executeTakeFirstOrThrow();
    expect(audit.detail).not.toContain(idNumber);
    expect(audit.detail).toContain(idNumber.slice(-4));
    const posts = await bed.scjg.get(`/api/officers/${officer.id}/posts`);
    expect(posts.json()).toEqual([
      expect.objectContaining({ orgId: scjgOrg, fromDate: today(), toDate: null, reason: '登记' }),
    ]);
  });

  it('refuses a second registration of the same person with a Chinese 409', async () => {
    const idNumber = testId();
    const first = await bed.scjg.post('/api/officers', officerBody(scjgOrg, { name: '王建军', idNumber }));
    expect(first.statusCode).toBe(201);
    const again = await bed.heping.post(
      '/api/officers',
      officerBody(yjglOrg, { idNumber: idNumber.toLowerCase() }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('该身份证号已登记为执法人员: 王建军 (和平区市场监督管理局)');
    const bad = await bed.scjg.post(
      '/api/officers',
      officerBody(scjgOrg, { idNumber: `${idNumber.slice(0, 17)}${idNumber[17] === '1' ? '2' : '1'}` }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toBe('居民身份证号校验位错误');
  });

  it('keeps officers inside the data scope: 404 outside it', async () => {
    const outside = await bed.scjg.post('/api/officers', officerBody(yjglOrg));
    expect(outside.statusCode).toBe(404);
    expect(outside.json().detail).toBe('单位不存在');
    const created = (await bed.scjg.post('/api/officers', officerBody(scjgOrg, { name: '赵一鸣' }))).json();
    expect((await bed.heping.get(`/api/officers/${created.id}`)).statusCode).toBe(200);
    const neighbour = await bed.shenhe.get(`/api/officers/${created.id}`);
    expect(neighbour.statusCode).toBe(404);
    expect(neighbour.json().detail).toBe('执法人员不存在');
    expect((await bed.shenhe.patch(`/api/officers/${created.id}`, { post: '科长' })).statusCode).toBe(404);
    const list = (await bed.shenhe.get('/api/officers?q=赵一鸣')).json();
    expect(list.total).toBe(0);
    const own = (await bed.scjg.get('/api/officers?q=赵一鸣')).json();
    expect(own.items.map((o: { id: string }) => o.id)).toEqual([created.id]);
  });

  it('edits an officer with an audit entry, and serves the photo', async () => {
    const created = (await bed.scjg.post('/api/officers', officerBody(scjgOrg, { name: '周海涛' }))).json();
    expect((await bed.scjg.get(`/api/officers/${created.id}/photo`)).statusCode).toBe(404);
    const res = await bed.scjg.patch(`/api/officers/${created.id}`, {
      post: '法制科科长',
      legalReviewer: true,
      legalQualification: true,
      photo: PNG,
      phone: '13800001111',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      post: '法制科科长',
      legalReviewer: true,
      hasPhoto: true,
      phone: '138****1111',
    });
    const photo = await bed.scjg.get(`/api/officers/${created.id}/photo`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const audit = await db()
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'officer.update')
      .where('target_id', '=', created.id)
      .executeTakeFirstOrThrow();
    const detail = JSON.parse(audit.detail);
    expect(detail.before).toMatchObject({
      post: '执法稽查科科员',
      legalReviewer: false,
      phone: '139****1234',
    });
    expect(detail.after).toMatchObject({ post: '法制科科长', legalReviewer: true, phone: '138****1111' });
  });

  it('lets only regular staff hold a certificate', async () => {
    const contract = (
      await bed.scjg.post('/api/officers', officerBody(scjgOrg, { staffKind: 'other', name: '临时工' }))
    ).json();
    const refused = await bed.heping.post('/api/certificates', certificateBody(contract.id));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain('只有公务员 (含参公管理人员) 和事业编制人员可以申领行政执法证');
    const regular = (await bed.scjg.post('/api/officers', officerBody(scjgOrg))).json();
    expect((await bed.heping.post('/api/certificates', certificateBody(regular.id))).statusCode).toBe(201);
    const demote = await bed.scjg.patch(`/api/officers/${regular.id}`, { staffKind: 'other' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().detail).toContain('请先注销证件');
  });
});

describe('transfers and leaving', () => {
  it('transfers an officer with history; certificates follow and the old org loses sight of them', async () => {
    const officer = (
      await bed.scjg.post('/api/officers', officerBody(scjgOrg, { name: '孙志刚', startDate: '2018-04-01' }))
    ).json();
    const cert = (await bed.heping.post('/api/certificates', certificateBody(officer.id))).json();
    const early = await bed.heping.post(`/api/officers/${officer.id}/transfer`, {
      orgId: yjglOrg,
      post: '执法大队队员',
      effectiveDate: '2018-04-01',
      reason: '工作需要',
    });
    expect(early.statusCode).toBe(400);
    const effective = addDays(today(), -30);
    const res = await bed.heping.post(`/api/officers/${officer.id}/transfer`, {
      orgId: yjglOrg,
      post: '执法大队队员',
      effectiveDate: effective,
      reason: '工作需要',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ orgId: yjglOrg, orgName: '和平区应急管理局', post: '执法大队队员' });
    const posts = (await bed.heping.get(`/api/officers/${officer.id}/posts`)).json();
    expect(posts).toEqual([
      expect.objectContaining({
        orgId: yjglOrg,
        post: '执法大队队员',
        fromDate: effective,
        toDate: null,
        reason: '工作需要',
      }),
      expect.objectContaining({
        orgId: scjgOrg,
        post: '执法稽查科科员',
        fromDate: '2018-04-01',
        toDate: addDays(effective, -1),
      }),
    ]);
    expect((await bed.heping.get(`/api/certificates/${cert.id}`)).json()).toMatchObject({
      orgId: yjglOrg,
      orgName: '和平区应急管理局',
    });
    expect((await bed.scjg.get(`/api/officers/${officer.id}`)).statusCode).toBe(404);
    const again = await bed.heping.post(`/api/officers/${officer.id}/transfer`, {
      orgId: yjglOrg,
      post: '执法大队队员',
      effectiveDate: today(),
      reason: '工作需要',
    });
    expect(again.statusCode).toBe(409);
  });

  it('cancels valid and suspended certificates when the officer leaves', async () => {
    const officer = (
      await bed.scjg.post('/api/officers', officerBody(scjgOrg, { startDate: '2020-01-01' }))
    ).json();
    const cert = (await bed.heping.post('/api/certificates', certificateBody(officer.id))).json();
    await bed.heping.post(`/api/certificates/${cert.id}/status`, {
      status: 'suspended',
      effectiveDate: '2025-02-01',
      reason: '涉嫌违法违纪, 立案调查期间暂扣',
    });
    const res = await bed.scjg.post(`/api/officers/${officer.id}/leave`, {
      effectiveDate: '2025-09-30',
      reason: '调离执法岗位',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('left');
    expect(res.json().certificates).toEqual([expect.objectContaining({ id: cert.id, status: 'cancelled' })]);
    const events = (await bed.heping.get(`/api/certificates/${cert.id}/events`)).json();
    expect(events.at(-1)).toMatchObject({
      status: 'cancelled',
      effectiveDate: '2025-09-30',
      reason: '离岗注销: 调离执法岗位',
    });
    const validity = (await bed.heping.get(`/api/certificates/${cert.id}/validity?date=2025-10-01`)).json();
    expect(validity).toMatchObject({ valid: false, status: 'cancelled' });
    expect(validity.reason).toContain('该证件于2025-09-30被注销');
    const posts = (await bed.scjg.get(`/api/officers/${officer.id}/posts`)).json();
    expect(posts[0]).toMatchObject({ toDate: '2025-09-30' });
    expect(
      (
        await bed.scjg.post(`/api/officers/${officer.id}/leave`, {
          effectiveDate: today(),
          reason: '再次离岗',
        })
      ).statusCode,
    ).toBe(409);
  });
});

describe('training and exams', () => {
  it('counts this year training hours and keeps exam results', async () => {
    const officer = (await bed.scjg.post('/api/officers', officerBody(scjgOrg))).json();
    const year = today().slice(0, 4);
    const add = (completedOn: string, hours: number) =>
      bed.scjg.post(`/api/officers/${officer.id}/trainings`, {
        course: '行政执法三项制度专题培训',
        provider: '沈阳市司法局',
        completedOn,
        hours,
      });
    const first = await add(`${year}-01-15`, 24);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ year: Number(year), hours: 24 });
    await add(`${year}-01-20`, 16.5);
    await add(`${Number(year) - 1}-11-20`, 40);
    expect((await add(addDays(today(), 1), 8)).statusCode).toBe(400);
    expect((await bed.scjg.get(`/api/officers/${officer.id}`)).json().trainingHoursThisYear).toBe(40.5);
    const removed = await bed.scjg.send('DELETE', `/api/officers/${officer.id}/trainings/${first.json().id}`);
    expect(removed.statusCode).toBe(204);
    expect((await bed.scjg.get(`/api/officers/${officer.id}`)).json().trainingHoursThisYear).toBe(16.5);
    expect((await bed.scjg.get(`/api/officers/${officer.id}/trainings`)).json()).toHaveLength(2);
    const exam = await bed.scjg.post(`/api/officers/${officer.id}/exams`, {
      subject: 'public_law',
      title: '2025年度行政执法人员公共法律知识考试',
      takenOn: '2025-06-20',
      score: 86,
      passed: true,
    });
    expect(exam.statusCode).toBe(201);
    expect((await bed.scjg.get(`/api/officers/${officer.id}/exams`)).json()).toEqual([
      expect.objectContaining({ subject: 'public_law', score: 86, passed: true }),
    ]);
    expect((await bed.shenhe.get(`/api/officers/${officer.id}/trainings`)).statusCode).toBe(404);
  });
});

describe('export', () => {
  it('exports the filtered officers as xlsx, masked', async () => {
    const idNumber = testId();
    await bed.scjg.post('/api/officers', officerBody(scjgOrg, { name: '欧阳明辉', idNumber }));
    const res = await bed.scjg.get('/api/officers/export?q=欧阳明辉');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('姓名');
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('欧阳明辉');
    expect(row.getCell(3).value).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(row.getCell(5).value).toBe('和平区市场监督管理局');
  });
});
