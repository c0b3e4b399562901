/** An enforcement or supervision officer (行政执法人员 / 监督人员); ID number and phone encrypted. */
export interface OfficerTable {
  id: string;
  org_id: string;
  region_code: string;
  name: string;
  gender: 'male' | 'female';
  id_number_enc: string;
  /** Blind index of the ID number, so one person is one officer and lookups need no decryption. */
  id_number_index: string;
  birth_date: string;
  phone_enc: string | null;
  photo: string | null;
  photo_public: number;
  post: string;
  staff_kind: 'civil_servant' | 'public_institution' | 'other';
  /** JSON array of enforcement field codes. */
  fields: string;
  legal_qualification: number;
  legal_reviewer: number;
  status: 'active' | 'left';
  created_at: string;
  updated_at: string;
}

/** A post an officer held in an org, from a date; a transfer closes one and opens the next. */
export interface OfficerPostTable {
  id: string;
  officer_id: string;
  org_id: string;
  post: string;
  from_date: string;
  to_date: string | null;
  reason: string;
  recorded_at: string;
}

/** The statuses a certificate can have. */
export type CertificateStatusValue = 'valid' | 'suspended' | 'revoked' | 'cancelled' | 'expired';

/** A 行政执法证 or 行政执法监督证. */
export interface CertificateTable {
  id: string;
  officer_id: string;
  org_id: string;
  region_code: string;
  number: string;
  type: 'enforcement' | 'supervision';
  issuing_authority: string;
  issue_date: string;
  expiry_date: string;
  fields: string;
  status: CertificateStatusValue;
  expiry_notice_days: number | null;
  created_at: string;
  updated_at: string;
}

/** One status change of a certificate, effective from a date, with its reason. */
export interface CertificateEventTable {
  id: string;
  certificate_id: string;
  status: CertificateStatusValue;
  effective_date: string;
  reason: string;
  actor: string;
  recorded_at: string;
}

/** A training course an officer completed, with its hours (学时). */
export interface TrainingRecordTable {
  id: string;
  officer_id: string;
  course: string;
  provider: string | null;
  year: number;
  completed_on: string;
  hours: number;
  created_at: string;
}

/** A law exam an officer sat (公共法律知识 / 专业法律知识). */
export interface ExamResultTable {
  id: string;
  officer_id: string;
  subject: 'public_law' | 'professional_law' | 'other';
  title: string;
  taken_on: string;
  score: number;
  passed: number;
  created_at: string;
}

/** Staffing targets set for a region (legal reviewer share, yearly training hours). */
export interface StaffingTargetTable {
  region_code: string;
  legal_reviewer_share: number;
  training_hours: number;
  updated_at: string;
  updated_by: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    officer: OfficerTable;
    officer_post: OfficerPostTable;
    certificate: CertificateTable;
    certificate_event: CertificateEventTable;
    training_record: TrainingRecordTable;
    exam_result: ExamResultTable;
    staffing_target: StaffingTargetTable;
  }
}
