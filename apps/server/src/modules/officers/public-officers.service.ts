import { CreditCodeSchema } from '@jiandu/contracts/codes';
import { ENFORCEMENT_FIELDS, type EnforcementField } from '@jiandu/contracts/fields';
import type { PublicOfficer } from '@jiandu/contracts/officers';
import QRCode from 'qrcode';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import { normaliseNumber } from './certificate-holders.ts';
import { currentStatus } from './certificate-rules.ts';
import * as repo from './certificates.repository.ts';
import { photoBytes } from './officers.present.ts';
import * as officers from './officers.repository.ts';

const UNKNOWN_NUMBER = '未查询到该证件编号, 请核对后重试';

/**
 * The public face of a certificate (亮证): name, certificate, agency, fields, status and validity.
 * A whitelist on purpose: nothing else about the person (ID number, phone, birth date, gender)
 * ever leaves here, and the photo only with the holder's consent.
 */
export function presentPublic(row: repo.CertificateRow, today: string): PublicOfficer {
  return {
    name: row.officer_name,
    certificateNumber: row.number,
    certificateType: row.type,
    agencyName: row.org_name,
    agencyCreditCode: row.org_credit_code,
    fields: (JSON.parse(row.fields) as string[]).map((f) => ENFORCEMENT_FIELDS[f as EnforcementField] ?? f),
    status: currentStatus(row.status, row.expiry_date, today),
    validUntil: row.expiry_date,
    legalReviewer: row.legal_reviewer === 1,
    photoUrl:
      row.photo_public === 1 && row.has_photo === 1
        ? `/api/public/certificates/${encodeURIComponent(row.number)}/photo`
        : null,
  };
}

/** Public certificate checks and QR codes, answerable without signing in. */
export class PublicOfficerService {
  constructor(
    private readonly db: Db,
    private readonly orgs: OrgService,
  ) {}

  async #row(number: string): Promise<repo.CertificateRow> {
    const [row] = await repo.findByNumbers(this.db, [normaliseNumber(number)]);
    if (!row) throw new AppError('NOT_FOUND', UNKNOWN_NUMBER);
    return row;
  }

  /** One certificate as the public sees it. */
  async byNumber(number: string): Promise<PublicOfficer> {
    return presentPublic(await this.#row(number), todayInShanghai());
  }

  /**
   * The certificates of an agency's officers, whatever their status: enforcement certificates,
   * and supervision certificates when the org is a justice bureau.
   */
  async byAgency(creditCode: string | undefined): Promise<PublicOfficer[]> {
    if (!creditCode?.trim())
      throw new AppError('VALIDATION_FAILED', '请提供执法主体的统一社会信用代码 (agencyCreditCode)', {
        errors: [{ path: 'querystring.agencyCreditCode', message: '必填' }],
      });
    const parsed = CreditCodeSchema.safeParse(creditCode);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? '统一社会信用代码无效';
      throw new AppError('VALIDATION_FAILED', message, {
        errors: [{ path: 'querystring.agencyCreditCode', message }],
      });
    }
    const org = await this.orgs.findByCreditCode(parsed.data);
    if (!org || org.kind === 'other')
      throw new AppError('NOT_FOUND', '未查询到该统一社会信用代码对应的执法主体, 请核对后重试');
    const types =
      org.kind === 'supervisor' ? (['enforcement', 'supervision'] as const) : (['enforcement'] as const);
    const today = todayInShanghai();
    return (await repo.certificatesOfOrg(this.db, org.id, types)).map((r) => presentPublic(r, today));
  }

  /** The holder's photo, only when they consented to showing it. */
  async photo(number: string): Promise<{ type: string; body: Buffer }> {
    const row = await this.#row(number);
    const officer = row.photo_public === 1 ? await officers.findOfficer(this.db, row.officer_id) : undefined;
    const photo = officer?.photo ? photoBytes(officer.photo) : null;
    if (!photo) throw new AppError('NOT_FOUND', '该持证人未公开照片');
    return photo;
  }

  /**
   * The QR code of a known certificate, as PNG bytes or SVG text; it opens the certificate's
   * portal page at `<publicBaseUrl>/certificates/<number>`.
   */
  async qr(number: string, format: 'png' | 'svg', publicBaseUrl: string): Promise<Buffer | string> {
    const row = await this.#row(number);
    const url = `${publicBaseUrl}/certificates/${encodeURIComponent(row.number)}`;
    const options = { errorCorrectionLevel: 'M' as const, margin: 2 };
    if (format === 'svg') return QRCode.toString(url, { ...options, type: 'svg' });
    return QRCode.toBuffer(url, { ...options, type: 'png', width: 320 });
  }
}
