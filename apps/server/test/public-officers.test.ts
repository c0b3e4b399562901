import { PublicOfficerSchema } from '@jiandu/contracts/officers';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCreditCode } from '../src/demo/demo-seed.ts';
import {
  certificateBody,
  type OfficerTestbed,
  officerBody,
  officerTestbed,
  testId,
  today,
} from './officers-fixtures.ts';

let bed: OfficerTestbed;
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const PUBLIC_KEYS = Object.keys(PublicOfficerSchema.shape).sort();
const SCJG_CODE = demoCreditCode('和平区市场监督管理局', '210102');
const people: { idNumber: string; phone: string; birth: string; number: string }[] = [];
let consenting = { number: '' };
let private_ = { number: '', id: '' };
let supervisor = { number: '' };

/** A request from someone not signed in. */
const anonymous = (url: string) => bed.t.app.inject({ method: 'GET', url });

async function holder(orgName: string, overrides: Record<string, unknown>, type = 'enforcement') {
  const idNumber = testId({ birth: '19850623' });
  const phone = `139${String(people.length).padStart(8, '7')}`;
  const officer = (
    await bed.heping.post(
      '/api/officers',
      officerBody(await bed.orgId(orgName), { idNumber, phone, ...overrides }),
    )
  ).json();
  const cert = (
    await bed.heping.post(
      '/api/certificates',
      certificateBody(officer.id, {
        type,
        fields: type === 'supervision' ? ['supervision'] : ['market', 'health'],
      }),
    )
  ).json();
  people.push({ idNumber, phone, birth: '1985-06-23', number: cert.number });
  return { id: officer.id as string, number: cert.number as string, certId: cert.id as string };
}

/** Fails when the raw body carries any test person's ID number, phone or birth date. */
function expectNoPersonalData(body: string) {
  for (const p of people) {
    expect(body).not.toContain(p.idNumber);
    expect(body).not.toContain(p.idNumber.slice(-6));
    expect(body).not.toContain(p.phone);
    expect(body).not.toContain(p.birth);
    expect(body).not.toContain(p.birth.replaceAll('-', ''));
  }
  expect(body).not.toMatch(/"(gender|birthDate|idNumber|phone|officerId|id)"/);
}

beforeAll(async () => {
  bed = await officerTestbed();
  consenting = await holder('和平区市场监督管理局', {
    name: '韩晓光',
    photo: PNG,
    photoPublic: true,
    legalReviewer: true,
  });
  private_ = await holder('和平区市场监督管理局', { name: '冯雪梅', photo: PNG, photoPublic: false });
  supervisor = await holder(
    '和平区司法局',
    { name: '曹立新', post: '执法监督科科长', fields: ['supervision'] },
    'supervision',
  );
});
afterAll(() => bed.t.close());

describe('public certificate check', () => {
  it('shows exactly the public fields of a certificate, with Chinese field labels', async () => {
    const res = await anonymous(`/api/public/certificates/${consenting.number.toLowerCase()}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(PUBLIC_KEYS);
    expect(body).toEqual({
      name: '韩晓光',
      certificateNumber: consenting.number,
      certificateType: 'enforcement',
      agencyName: '和平区市场监督管理局',
      agencyCreditCode: SCJG_CODE,
      fields: ['市场监管', '卫生健康'],
      status: 'valid',
      validUntil: '2030-01-09',
      legalReviewer: true,
      photoUrl: `/api/public/certificates/${consenting.number}/photo`,
    });
    expectNoPersonalData(res.body);
  });

  it('serves the photo only with consent', async () => {
    const photo = await anonymous(`/api/public/certificates/${consenting.number}/photo`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    const hidden = await anonymous(`/api/public/certificates/${private_.number}`);
    expect(hidden.json().photoUrl).toBeNull();
    const refused = await anonymous(`/api/public/certificates/${private_.number}/photo`);
    expect(refused.statusCode).toBe(404);
  });

  it('answers an unknown number with a Chinese 404', async () => {
    for (const suffix of ['', '/qr.png', '/qr.svg', '/photo']) {
      const res = await anonymous(`/api/public/certificates/NOSUCH000${suffix}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().detail).toBe('未查询到该证件编号, 请核对后重试');
    }
  });

  it("lists an agency's certificates in every status, and a justice bureau's supervision certificates", async () => {
    await bed.heping.post(
      `/api/certificates/${(await bed.heping.get(`/api/officers/${private_.id}`)).json().certificates[0].id}/status`,
      {
        status: 'revoked',
        effectiveDate: today(),
        reason: '受到开除处分',
      },
    );
    const res = await anonymous(`/api/public/officers?agencyCreditCode=${SCJG_CODE}`);
    expect(res.statusCode).toBe(200);
    const list = res.json() as { certificateNumber: string; status: string }[];
    expect(list.every((o) => Object.keys(o).sort().join() === PUBLIC_KEYS.join())).toBe(true);
    expect(list.find((o) => o.certificateNumber === consenting.number)?.status).toBe('valid');
    expect(list.find((o) => o.certificateNumber === private_.number)?.status).toBe('revoked');
    expect(list.some((o) => o.certificateNumber === supervisor.number)).toBe(false);
    expectNoPersonalData(res.body);
    const one = await anonymous(`/api/public/certificates/${private_.number}`);
    expect(one.json().status).toBe('revoked');

    const bureau = await anonymous(
      `/api/public/officers?agencyCreditCode=${demoCreditCode('和平区司法局', '210102')}`,
    );
    expect(bureau.json()).toEqual([
      expect.objectContaining({
        certificateNumber: supervisor.number,
        certificateType: 'supervision',
        fields: ['行政执法监督'],
      }),
    ]);
    expectNoPersonalData(bureau.body);
  });

  it('asks for a valid credit code in Chinese', async () => {
    const missing = await anonymous('/api/public/officers');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().detail).toBe('请提供执法主体的统一社会信用代码 (agencyCreditCode)');
    const wrongCheck = `${SCJG_CODE.slice(0, 17)}${SCJG_CODE[17] === '0' ? '1' : '0'}`;
    const bad = await anonymous(`/api/public/officers?agencyCreditCode=${wrongCheck}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toBe('统一社会信用代码校验位错误');
    const unknown = await anonymous(
      `/api/public/officers?agencyCreditCode=${demoCreditCode('不存在的单位', '210102')}`,
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toContain('未查询到');
  });

  it('draws a QR code that opens the certificate page on the portal', async () => {
    const png = await anonymous(`/api/public/certificates/${consenting.number}/qr.png`);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['cache-control']).toBe('public, max-age=60');
    expect(png.rawPayload.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    const svg = await anonymous(`/api/public/certificates/${consenting.number}/qr.svg`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('<svg');
    // The same drawing as the portal URL's own QR code: the code carries that address.
    const expected = await QRCode.toString(`http://portal.test/certificates/${consenting.number}`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    expect(svg.body).toBe(expected);
  });
});
