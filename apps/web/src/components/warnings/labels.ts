import {
  DISMISS_REASON_LABELS,
  type DismissReason,
  PARAMETER_UNIT_LABELS,
  type ParameterUnit,
  RULES_BY_CODE,
  type RuleCode,
  SEVERITY_LABELS,
  type Severity,
  WARNING_STATUS_LABELS,
  type WarningStatus,
} from '@jiandu/contracts/warning-rules';
import { WARNING_EVENT_KIND_LABELS, type WarningEventKind } from '@jiandu/contracts/warnings';
import { currentLocale } from '../../lib/i18n.ts';

/** Labels of the warning codes in the current language; Chinese comes from the contract itself. */
const en = currentLocale() === 'en';

const RULE_EN: Record<RuleCode, string> = {
  DECISION_OVERDUE: 'Penalty decision overdue',
  TOO_FEW_OFFICERS: 'Fewer than two officers',
  OFFICER_NOT_CERTIFIED: 'Officer without a valid certificate',
  MAJOR_WITHOUT_LEGAL_REVIEW: 'Major decision without legal review',
  REVIEWER_NOT_QUALIFIED: 'Legal reviewer not qualified',
  NO_PRIOR_NOTICE: 'No notice before the decision',
  HEARING_PERIOD_CUT_SHORT: 'Decided before the hearing period ended',
  SIMPLE_PROCEDURE_MISUSED: 'Summary procedure misused',
  FINE_OUTSIDE_BENCHMARK: 'Fine outside the discretion benchmark',
  PUBLICITY_OVERDUE: 'Publication overdue',
  WITHDRAWAL_OVERDUE: 'Reversed decision not withdrawn in time',
  LIMITATION_EXPIRED: 'Limitation period expired',
  ITEM_NOT_IN_CATALOGUE: 'Item not in the catalogue',
  AGENCY_NOT_QUALIFIED: 'Agency not qualified',
  AV_RECORD_MISSING: 'Audio or video record missing',
  INSPECTION_FREQUENCY_EXCEEDED: 'Too many inspections of one business',
  INSPECTION_NOT_IN_PLAN: 'Inspection not in the annual plan',
  ZERO_ENFORCEMENT: 'No enforcement for a long time',
  FINE_OUTLIER: 'Fines far from comparable agencies',
};
const SEVERITY_EN: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low' };
const STATUS_EN: Record<WarningStatus, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  matter: 'Supervision matter',
  dismissed: 'Dismissed',
  resolved: 'Resolved',
};
const EVENT_EN: Record<WarningEventKind, string> = {
  found: 'Found',
  updated: 'Changed on re-evaluation',
  resolved: 'No longer applies, resolved',
  acknowledged: 'Acknowledged',
  dismissed: 'Dismissed',
  contested: 'Contested by the agency',
  matter: 'Made a supervision matter',
};
const REASON_EN: Record<DismissReason, string> = {
  false_positive: 'False positive',
  justified: 'Accurate but justified',
};
const UNIT_EN: Record<ParameterUnit, string> = {
  calendar_days: ' days',
  working_days: ' working days',
  years: ' years',
  months: ' months',
  yuan: ' yuan',
  count: '',
  score: '',
};
const PARAMETER_EN: Record<string, string> = {
  'DECISION_OVERDUE.days': 'Days from filing to decision',
  'TOO_FEW_OFFICERS.minOfficers': 'Fewest officers',
  'HEARING_PERIOD_CUT_SHORT.workingDays': 'Hearing request period',
  'HEARING_PERIOD_CUT_SHORT.personFine': 'Large fine, natural person',
  'HEARING_PERIOD_CUT_SHORT.organizationFine': 'Large fine, organisation',
  'SIMPLE_PROCEDURE_MISUSED.personLimit': 'Fine limit, natural person',
  'SIMPLE_PROCEDURE_MISUSED.organizationLimit': 'Fine limit, organisation',
  'PUBLICITY_OVERDUE.workingDays': 'Publication period after the decision',
  'WITHDRAWAL_OVERDUE.workingDays': 'Withdrawal period',
  'LIMITATION_EXPIRED.years': 'Limitation period',
  'INSPECTION_FREQUENCY_EXCEEDED.maxPerYear': 'Inspections of one business per year',
  'ZERO_ENFORCEMENT.months': 'Period without cases',
  'FINE_OUTLIER.zScore': 'Robust z-score threshold',
  'FINE_OUTLIER.minPeers': 'Fewest agencies compared',
};

/** A rule's name; the server's Chinese name stands in for a rule this build does not know. */
export function ruleLabel(code: string, fallback?: string): string {
  const rule = RULES_BY_CODE[code as RuleCode];
  if (!rule) return fallback ?? code;
  return en ? RULE_EN[rule.code] : rule.name;
}

/** How serious a warning is (高, 中, 低). */
export function severityLabel(severity: Severity): string {
  return en ? SEVERITY_EN[severity] : SEVERITY_LABELS[severity];
}

/** Where a warning stands (待处理, 已确认, …). */
export function statusLabel(status: WarningStatus): string {
  return en ? STATUS_EN[status] : WARNING_STATUS_LABELS[status];
}

/** What a line of a warning's history records. */
export function eventLabel(kind: WarningEventKind): string {
  return en ? EVENT_EN[kind] : WARNING_EVENT_KIND_LABELS[kind];
}

/** Why a warning was dismissed. */
export function dismissReasonLabel(reason: DismissReason): string {
  return en ? REASON_EN[reason] : DISMISS_REASON_LABELS[reason];
}

/** A rule parameter's name, from the rule definitions (Chinese) or the English list. */
export function parameterLabel(code: RuleCode, key: string): string {
  const label = RULES_BY_CODE[code]?.parameters.find((p) => p.key === key)?.label ?? key;
  return en ? (PARAMETER_EN[`${code}.${key}`] ?? label) : label;
}

// The contract's unit for counts is 次 (times), which misreads a number of people or agencies.
const COUNT_UNIT_ZH: Record<string, string> = {
  'TOO_FEW_OFFICERS.minOfficers': '人',
  'FINE_OUTLIER.minPeers': '个',
};

/** A parameter's unit as the console shows it after a number: 日, 个工作日, 元, 人. */
export function parameterUnit(code: RuleCode, key: string): string {
  const unit = RULES_BY_CODE[code]?.parameters.find((p) => p.key === key)?.unit ?? 'count';
  if (en) return UNIT_EN[unit];
  return COUNT_UNIT_ZH[`${code}.${key}`] ?? PARAMETER_UNIT_LABELS[unit];
}

/** A parameter value with its unit: 90日, 5个工作日, 3,000元, 3.5. */
export function parameterValue(code: RuleCode, key: string, value: number): string {
  return `${value.toLocaleString(en ? 'en' : 'zh-CN')}${parameterUnit(code, key)}`;
}

/** Tag colours: high red, medium orange, low blue. */
export const SEVERITY_COLOURS: Record<Severity, string> = { high: 'red', medium: 'orange', low: 'blue' };

/** Tag colours of the statuses: open stands out, handled ones recede. */
export const STATUS_COLOURS: Record<WarningStatus, string> = {
  open: 'error',
  acknowledged: 'processing',
  matter: 'purple',
  dismissed: 'default',
  resolved: 'success',
};
