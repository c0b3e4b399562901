import type { Certificate, Officer, OfficerCreate } from '@jiandu/contracts/officers';
import { decryptField } from '../../platform/crypto/field-cipher.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { maskIdNumber, maskPhone } from '../../platform/masking.ts';
import { currentStatus } from './certificate-rules.ts';
import type { CertificateRow } from './certificates.repository.ts';
import type { OfficerRow } from './officers.repository.ts';
import type { CertificateTable, OfficerTable } from './officers.table.ts';

/**
 * How an officer leaves the server. Without `pii.read` the ID number and phone are masked, and so
 * is the birth date's month and day: the masked ID number hides them on purpose, and showing the
 * date beside it would give them back.
 */
export function presentOfficer(
  row: OfficerRow,
  certificates: readonly CertificateTable[],
  trainingHours: number,
  view: { keyring: Keyring; clear: boolean; today: string },
): Officer {
  const idNumber = decryptField(view.keyring, row.id_number_enc);
  const phone = row.phone_enc ? decryptField(view.keyring, row.phone_enc) : null;
  return {
    id: row.id,
    orgId: row.org_id,
    orgName: row.org_name,
    regionCode: row.region_code,
    name: row.name,
    gender: row.gender,
    idNumber: view.clear ? idNumber : maskIdNumber(idNumber),
    birthDate: view.clear ? row.birth_date : `${row.birth_date.slice(0, 4)}-**-**`,
    phone: view.clear ? phone : maskPhone(phone),
    hasPhoto: row.photo !== null,
    photoPublic: row.photo_public === 1,
    post: row.post,
    staffKind: row.staff_kind,
    fields: JSON.parse(row.fields) as string[],
    legalQualification: row.legal_qualification === 1,
    legalReviewer: row.legal_reviewer === 1,
    status: row.status,
    certificates: certificates.map((c) => ({
      id: c.id,
      number: c.number,
      type: c.type,
      status: currentStatus(c.status, c.expiry_date, view.today),
      expiryDate: c.expiry_date,
    })),
    trainingHoursThisYear: trainingHours,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** How a certificate leaves the server, with its status as of today. */
export function presentCertificate(row: CertificateRow, today: string): Certificate {
  return {
    id: row.id,
    officerId: row.officer_id,
    officerName: row.officer_name,
    orgId: row.org_id,
    orgName: row.org_name,
    number: row.number,
    type: row.type,
    issuingAuthority: row.issuing_authority,
    issueDate: row.issue_date,
    expiryDate: row.expiry_date,
    fields: JSON.parse(row.fields) as string[],
    status: currentStatus(row.status, row.expiry_date, today),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** An officer as the audit trail records it: personal data masked. */
export function auditView(
  row: Pick<OfficerTable, 'org_id' | 'name' | 'post' | 'staff_kind' | 'fields' | 'status'> &
    Partial<Pick<OfficerTable, 'legal_qualification' | 'legal_reviewer' | 'photo_public'>>,
  idNumber?: string | null,
  phone?: string | null,
) {
  return {
    orgId: row.org_id,
    name: row.name,
    ...(idNumber === undefined ? {} : { idNumber: maskIdNumber(idNumber) }),
    ...(phone === undefined ? {} : { phone: maskPhone(phone) }),
    post: row.post,
    staffKind: row.staff_kind,
    fields: JSON.parse(row.fields) as string[],
    legalQualification: row.legal_qualification === 1,
    legalReviewer: row.legal_reviewer === 1,
    photoPublic: row.photo_public === 1,
    status: row.status,
  };
}

/** The officer columns an edit may change, from the contract's fields. */
export function officerChanges(input: Partial<OfficerCreate>): Partial<OfficerTable> {
  const set: Partial<OfficerTable> = {};
  if (input.name !== undefined) set.name = input.name;
  if (input.post !== undefined) set.post = input.post;
  if (input.staffKind !== undefined) set.staff_kind = input.staffKind;
  if (input.fields !== undefined) set.fields = JSON.stringify(input.fields);
  if (input.legalQualification !== undefined) set.legal_qualification = input.legalQualification ? 1 : 0;
  if (input.legalReviewer !== undefined) set.legal_reviewer = input.legalReviewer ? 1 : 0;
  if (input.photo !== undefined) set.photo = input.photo ?? null;
  if (input.photoPublic !== undefined) set.photo_public = input.photoPublic ? 1 : 0;
  return set;
}

/** A stored data-URL photo as bytes and content type. */
export function photoBytes(photo: string): { type: string; body: Buffer } | null {
  const match = /^data:(image\/(?:jpeg|png));base64,(.+)$/s.exec(photo);
  if (!match) return null;
  return { type: match[1]!, body: Buffer.from(match[2]!, 'base64') };
}
