import {
  CERTIFICATE_STATUS_LABELS,
  CERTIFICATE_TYPE_LABELS,
  type CertificateStatus,
  type CertificateType,
  EXAM_SUBJECT_LABELS,
  GENDER_LABELS,
  STAFF_KIND_LABELS,
  type STAFF_KINDS,
} from '@jiandu/contracts/officers';
import { currentLocale } from '../../lib/i18n.ts';

/** Labels of the contract's codes in the current language; Chinese comes from the contract itself. */
const en = currentLocale() === 'en';

const STATUS_EN: Record<CertificateStatus, string> = {
  valid: 'Valid',
  suspended: 'Suspended',
  revoked: 'Revoked',
  cancelled: 'Cancelled',
  expired: 'Expired',
};
const TYPE_EN: Record<CertificateType, string> = {
  enforcement: 'Enforcement certificate',
  supervision: 'Supervision certificate',
};
const STAFF_EN: Record<(typeof STAFF_KINDS)[number], string> = {
  civil_servant: 'Civil servant',
  public_institution: 'Public institution staff',
  other: 'Other staff',
};
const EXAM_EN: Record<keyof typeof EXAM_SUBJECT_LABELS, string> = {
  public_law: 'Public law',
  professional_law: 'Professional law',
  other: 'Other exam',
};

/** Tag colours of the certificate statuses (valid green, suspended orange, revoked red, expired grey). */
export const STATUS_COLOR: Record<CertificateStatus, string> = {
  valid: 'green',
  suspended: 'orange',
  revoked: 'red',
  cancelled: 'default',
  expired: '#8c8c8c',
};

export const statusLabel = (s: CertificateStatus) => (en ? STATUS_EN[s] : CERTIFICATE_STATUS_LABELS[s]);
export const typeLabel = (s: CertificateType) => (en ? TYPE_EN[s] : CERTIFICATE_TYPE_LABELS[s]);
export const staffKindLabel = (s: (typeof STAFF_KINDS)[number]) => (en ? STAFF_EN[s] : STAFF_KIND_LABELS[s]);
export const examLabel = (s: keyof typeof EXAM_SUBJECT_LABELS) => (en ? EXAM_EN[s] : EXAM_SUBJECT_LABELS[s]);
export const genderLabel = (g: 'male' | 'female') =>
  en ? { male: 'Male', female: 'Female' }[g] : GENDER_LABELS[g];
