import {
  AUDIT_ACTION_FILTER_LABELS,
  AUDIT_ACTION_LABELS,
  AUDIT_TARGET_TYPE_LABELS,
  type AuditLabel,
} from '@jiandu/contracts/audit-labels';
import { currentLocale } from '../../lib/i18n.ts';

const pick = (label: AuditLabel | undefined, fallback: string) =>
  label ? label[currentLocale() === 'en' ? 1 : 0] : fallback;

/** The readable name of an action code; a code not named in the contracts is shown as it is. */
export function actionLabel(code: string): string {
  return pick(AUDIT_ACTION_LABELS[code], code);
}

/** The readable name of an object type. */
export function targetTypeLabel(code: string): string {
  return pick(AUDIT_TARGET_TYPE_LABELS[code], code);
}

/** Options of the action filter: readable name and the prefix it searches. */
export const actionFilterOptions = () =>
  Object.entries(AUDIT_ACTION_FILTER_LABELS).map(([value, label]) => ({
    value,
    label: `${pick(label, value)} · ${value}`,
  }));

/** Options of the object type filter. */
export const targetTypeOptions = () =>
  Object.entries(AUDIT_TARGET_TYPE_LABELS).map(([value, label]) => ({ value, label: pick(label, value) }));
