import type { EnforcementField } from '@jiandu/contracts/fields';
import type { DismissReason, RuleCode, Severity, WarningStatus } from '@jiandu/contracts/warning-rules';
import type { WarningEventKind } from '@jiandu/contracts/warnings';

/** A finding of a rule on a case (or on an agency, for a class rule) and where it stands. Never deleted. */
export interface WarningTable {
  id: string;
  /** Null for a class warning. */
  case_id: string | null;
  agency_org_id: string;
  region_code: string;
  field: EnforcementField | null;
  rule_code: RuleCode;
  rule_version: number;
  key: string;
  severity: Severity;
  status: WarningStatus;
  message: string;
  /** JSON object. */
  facts: string;
  /** JSON object of numbers. */
  parameters: string;
  basis: string;
  first_found_at: string;
  found_on: string;
  last_evaluated_at: string;
  case_version: number | null;
  resolved_at: string | null;
  status_changed_at: string;
  status_changed_by: string;
  dismiss_reason: DismissReason | null;
  handling_note: string | null;
  contest_text: string | null;
  contested_at: string | null;
  contested_by: string | null;
}

/** One line of a warning's history: a status change, a contest, or a re-evaluation that changed it. */
export interface WarningEventTable {
  id: string;
  warning_id: string;
  region_code: string;
  kind: WarningEventKind;
  from_status: WarningStatus | null;
  to_status: WarningStatus | null;
  actor_id: string | null;
  actor_name: string;
  at: string;
  note: string | null;
  case_version: number | null;
}

/** A parameter value set for a region and field from a day on; append-only. */
export interface RuleParameterTable {
  id: string;
  rule_code: RuleCode;
  key: string;
  region_code: string | null;
  field: EnforcementField | null;
  value: number | null;
  effective_from: string;
  reason: string;
  created_by: string;
  created_at: string;
}

declare module '../../platform/db/tables.ts' {
  interface Database {
    warning: WarningTable;
    warning_event: WarningEventTable;
    rule_parameter: RuleParameterTable;
  }
}
