import {
  AGENCY_STATUS_LABELS,
  type AgencyStatus,
  AUTHORITY_LABELS,
  type Authority,
  QUALIFICATION_ACTION_LABELS,
  QUALIFICATION_STATUS_LABELS,
  type QualificationAction,
  type QualificationStatus,
} from '@jiandu/contracts/agencies';
import { ENFORCEMENT_FIELD_CODES, ENFORCEMENT_FIELDS, type EnforcementField } from '@jiandu/contracts/fields';
import { currentLocale } from '../../lib/i18n.ts';

/** Labels of the contract's codes in the current language; Chinese comes from the contract itself. */
const en = currentLocale() === 'en';

const AUTHORITY_EN: Record<Authority, string> = {
  statutory: 'Statutory',
  authorised: 'Authorised by law',
  entrusted: 'Entrusted',
};
const STATUS_EN: Record<QualificationStatus | AgencyStatus, string> = {
  none: 'Not reported',
  draft: 'Draft',
  submitted: 'Awaiting confirmation',
  confirmed: 'Confirmed',
  published: 'Published',
  superseded: 'Superseded',
  revoked: 'Revoked',
};
const ACTION_EN: Record<QualificationAction, string> = {
  draft: 'Drafted',
  submit: 'Submitted',
  return: 'Returned',
  confirm: 'Confirmed',
  publish: 'Published',
  revoke: 'Revoked',
  supersede: 'Superseded',
};

/** How an agency got its power (法定 / 授权 / 委托). */
export function authorityLabel(authority: Authority): string {
  return en ? AUTHORITY_EN[authority] : AUTHORITY_LABELS[authority];
}

/** An agency's or a version's status. */
export function statusLabel(status: QualificationStatus | AgencyStatus): string {
  if (en) return STATUS_EN[status];
  return status === 'none'
    ? AGENCY_STATUS_LABELS.none
    : QUALIFICATION_STATUS_LABELS[status as QualificationStatus];
}

/** A step in the history. */
export function actionLabel(action: QualificationAction): string {
  return en ? ACTION_EN[action] : QUALIFICATION_ACTION_LABELS[action];
}

/** An enforcement field's name (the catalogue is Chinese; codes are shown in English). */
export function fieldLabel(code: string): string {
  return ENFORCEMENT_FIELDS[code as EnforcementField] ?? code;
}

/** The field options of a select. */
export const FIELD_OPTIONS = ENFORCEMENT_FIELD_CODES.map((code) => ({
  value: code,
  label: fieldLabel(code),
}));

/** Tag colours by status. */
export const STATUS_COLOURS: Record<QualificationStatus | AgencyStatus, string> = {
  none: 'default',
  draft: 'default',
  submitted: 'processing',
  confirmed: 'cyan',
  published: 'success',
  superseded: 'default',
  revoked: 'error',
};
