import { RULES_BY_CODE } from '@jiandu/contracts/warning-rules';
import type {
  RuleParameterOverride,
  WarningDetail,
  WarningEvent,
  WarningSummary,
} from '@jiandu/contracts/warnings';
import type { WarningRow } from './warnings.repository.ts';
import type { RuleParameterTable, WarningEventTable } from './warnings.table.ts';

/** A warning as a row of the warning centre. */
export function presentSummary(row: WarningRow): WarningSummary {
  return {
    id: row.id,
    ruleCode: row.rule_code,
    ruleName: RULES_BY_CODE[row.rule_code]?.name ?? row.rule_code,
    ruleVersion: row.rule_version,
    severity: row.severity,
    status: row.status,
    key: row.key,
    message: row.message,
    case:
      row.case_id === null
        ? null
        : { id: row.case_id, externalId: row.case_external_id ?? '', title: row.case_title },
    agency: { id: row.agency_org_id, name: row.agency_name },
    regionCode: row.region_code,
    field: row.field,
    foundOn: row.found_on,
    firstFoundAt: row.first_found_at,
    lastEvaluatedAt: row.last_evaluated_at,
    statusChangedAt: row.status_changed_at,
    statusChangedBy: row.status_changed_by,
    dismissReason: row.dismiss_reason,
    contested: row.contest_text !== null,
  };
}

/** One line of a warning's history. */
export function presentEvent(row: WarningEventTable): WarningEvent {
  return {
    kind: row.kind,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    actor: row.actor_name,
    at: row.at,
    note: row.note,
    caseVersion: row.case_version,
  };
}

/** One warning with why it was raised and what happened to it since. */
export function presentDetail(row: WarningRow, events: readonly WarningEventTable[]): WarningDetail {
  return {
    summary: presentSummary(row),
    facts: JSON.parse(row.facts) as Record<string, unknown>,
    parameters: JSON.parse(row.parameters) as Record<string, number>,
    basis: row.basis,
    caseVersion: row.case_version,
    resolvedAt: row.resolved_at,
    handlingNote: row.handling_note,
    contest:
      row.contest_text === null
        ? null
        : { text: row.contest_text, at: row.contested_at ?? '', by: row.contested_by ?? '' },
    history: events.map(presentEvent),
  };
}

/** A stored parameter value as the console shows it. */
export function presentOverride(row: RuleParameterTable): RuleParameterOverride {
  return {
    id: row.id,
    ruleCode: row.rule_code,
    key: row.key,
    regionCode: row.region_code,
    field: row.field,
    value: row.value === null ? null : Number(row.value),
    effectiveFrom: row.effective_from,
    reason: row.reason,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
