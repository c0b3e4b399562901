import { birthDateFromResidentId, genderFromResidentId } from '@jiandu/contracts/codes';
import type { CertificateStatus, CertificateType } from '@jiandu/contracts/officers';
import { blindIndex, encryptField } from '../../platform/crypto/field-cipher.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import type { Db } from '../../platform/db/tables.ts';
import { newId } from '../../platform/ids.ts';
import { inEffectOrder } from './certificate-rules.ts';
import type {
  CertificateEventTable,
  CertificateTable,
  ExamResultTable,
  OfficerPostTable,
  OfficerTable,
  TrainingRecordTable,
} from './officers.table.ts';

/*
 * Rows for new officers and certificates, built the same way whether one officer is registered in
 * a form, five thousand arrive in a spreadsheet or the demo loads a province, and written in
 * multi-row INSERTs so a large batch costs a handful of round trips.
 */

/** A validated officer to register. */
export interface NewOfficer {
  orgId: string;
  regionCode: string;
  name: string;
  idNumber: string;
  phone?: string | null | undefined;
  post: string;
  staffKind: OfficerTable['staff_kind'];
  fields: readonly string[];
  legalQualification: boolean;
  legalReviewer: boolean;
  photo?: string | null | undefined;
  photoPublic?: boolean | undefined;
  status?: OfficerTable['status'];
}

/** The blind index of an ID number, the key of "one person, one officer". */
export function idNumberIndex(keyring: Keyring, idNumber: string): string {
  return blindIndex(keyring, idNumber, 'id_number');
}

/** The officer row for a validated input: ID number and phone encrypted, gender and birth date from the ID. */
export function officerRow(keyring: Keyring, input: NewOfficer, now: string, id = newId()): OfficerTable {
  const gender = genderFromResidentId(input.idNumber);
  const birthDate = birthDateFromResidentId(input.idNumber);
  if (!gender || !birthDate) throw new Error('居民身份证号无效');
  return {
    id,
    org_id: input.orgId,
    region_code: input.regionCode,
    name: input.name,
    gender,
    id_number_enc: encryptField(keyring, input.idNumber),
    id_number_index: idNumberIndex(keyring, input.idNumber),
    birth_date: birthDate,
    phone_enc: input.phone ? encryptField(keyring, input.phone) : null,
    photo: input.photo ?? null,
    photo_public: input.photoPublic ? 1 : 0,
    post: input.post,
    staff_kind: input.staffKind,
    fields: JSON.stringify(input.fields),
    legal_qualification: input.legalQualification ? 1 : 0,
    legal_reviewer: input.legalReviewer ? 1 : 0,
    status: input.status ?? 'active',
    created_at: now,
    updated_at: now,
  };
}

/** The first post of a newly registered officer. */
export function firstPost(
  officer: OfficerTable,
  fromDate: string,
  now: string,
  reason = '登记',
): OfficerPostTable {
  return {
    id: newId(),
    officer_id: officer.id,
    org_id: officer.org_id,
    post: officer.post,
    from_date: fromDate,
    to_date: null,
    reason,
    recorded_at: now,
  };
}

/** A validated certificate to issue, with any later changes already known (demo history). */
export interface NewCertificate {
  officerId: string;
  orgId: string;
  regionCode: string;
  number: string;
  type: CertificateType;
  issuingAuthority: string;
  issueDate: string;
  expiryDate: string;
  fields: readonly string[];
  actor: string;
  later?: { status: CertificateStatus; effectiveDate: string; reason: string }[];
}

/** The certificate row and its events: issue first, then any later changes; status = the last one. */
export function certificateRows(
  input: NewCertificate,
  now: string,
): { certificate: CertificateTable; events: CertificateEventTable[] } {
  const id = newId();
  const events: CertificateEventTable[] = [
    { status: 'valid' as const, effectiveDate: input.issueDate, reason: '发证' },
    ...(input.later ?? []),
  ].map((e) => ({
    id: newId(),
    certificate_id: id,
    status: e.status,
    effective_date: e.effectiveDate,
    reason: e.reason,
    actor: input.actor,
    recorded_at: now,
  }));
  const last = inEffectOrder(
    events.map((e) => ({
      id: e.id,
      status: e.status,
      effectiveDate: e.effective_date,
      reason: e.reason,
      recordedAt: e.recorded_at,
    })),
  ).at(-1)!;
  return {
    certificate: {
      id,
      officer_id: input.officerId,
      org_id: input.orgId,
      region_code: input.regionCode,
      number: input.number,
      type: input.type,
      issuing_authority: input.issuingAuthority,
      issue_date: input.issueDate,
      expiry_date: input.expiryDate,
      fields: JSON.stringify(input.fields),
      status: last.status,
      expiry_notice_days: null,
      created_at: now,
      updated_at: now,
    },
    events,
  };
}

/** Rows to write together. */
export interface RowBatch {
  officers?: OfficerTable[];
  posts?: OfficerPostTable[];
  certificates?: CertificateTable[];
  events?: CertificateEventTable[];
  trainings?: TrainingRecordTable[];
  exams?: ExamResultTable[];
}

/** Rows per INSERT: far below both dialects' parameter limits (SQLite 32,766; PostgreSQL 65,535). */
const ROWS_PER_INSERT = 500;

async function insertChunked<T>(rows: readonly T[] | undefined, insert: (chunk: T[]) => Promise<unknown>) {
  if (!rows) return;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await insert(rows.slice(i, i + ROWS_PER_INSERT));
}

/** Writes a batch in dependency order (officers before their posts and certificates). */
export async function writeBatch(trx: Db, batch: RowBatch): Promise<void> {
  await insertChunked(batch.officers, (c) => trx.insertInto('officer').values(c).execute());
  await insertChunked(batch.posts, (c) => trx.insertInto('officer_post').values(c).execute());
  await insertChunked(batch.certificates, (c) => trx.insertInto('certificate').values(c).execute());
  await insertChunked(batch.events, (c) => trx.insertInto('certificate_event').values(c).execute());
  await insertChunked(batch.trainings, (c) => trx.insertInto('training_record').values(c).execute());
  await insertChunked(batch.exams, (c) => trx.insertInto('exam_result').values(c).execute());
}
