import { ENFORCEMENT_FIELD_CODES, ENFORCEMENT_FIELDS, type EnforcementField } from '@jiandu/contracts/fields';
import { currentLocale } from './i18n.ts';

const en = currentLocale() === 'en';

const FIELD_EN: Record<EnforcementField, string> = {
  market: 'Market regulation',
  environment: 'Ecology and environment',
  transport: 'Transport',
  emergency: 'Emergency management',
  urban: 'Urban management',
  culture: 'Cultural market',
  agriculture: 'Agriculture',
  natural_resources: 'Natural resources',
  health: 'Health',
  water: 'Water resources',
  housing: 'Housing and construction',
  public_security: 'Public security',
  fire: 'Fire and rescue',
  tax: 'Taxation',
  human_resources: 'Human resources and social security',
  education: 'Education',
  civil_affairs: 'Civil affairs',
  forestry: 'Forestry and grassland',
  supervision: 'Enforcement supervision',
  other: 'Other',
};

/** The label of an enforcement field code in the current language; an unknown code shows as it is. */
export function fieldLabel(code: string): string {
  if (!(code in ENFORCEMENT_FIELDS)) return code;
  const field = code as EnforcementField;
  return en ? FIELD_EN[field] : ENFORCEMENT_FIELDS[field];
}

/** The enforcement fields as select options, in catalogue order, for every field picker. */
export const FIELD_OPTIONS = ENFORCEMENT_FIELD_CODES.map((code) => ({
  value: code,
  label: fieldLabel(code),
}));
