import type { EnforcementField } from '@jiandu/contracts/fields';
import type { RuleCode, Severity, WarningStatus } from '@jiandu/contracts/warning-rules';
import type { Updateable } from 'kysely';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import { insertRows } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import { newId } from '../../platform/ids.ts';
import type { Finding } from './rules/finding.ts';
import { EVALUATION_ACTOR, insertEvents, warningEvent } from './warnings.repository.ts';
import type { WarningEventTable, WarningTable } from './warnings.table.ts';

/** A warning newly opened, for notifications to the agency and its supervisor. */
export interface OpenedWarning {
  id: string;
  caseId: string | null;
  agencyOrgId: string;
  regionCode: string;
  ruleCode: RuleCode;
  severity: Severity;
  message: string;
}

/** What a reconciliation did. */
export interface ReconcileResult {
  opened: OpenedWarning[];
  /** Live warnings whose message, facts or parameters changed (history recorded when the message or facts did). */
  updated: number;
  /** Live warnings found again unchanged: only the evaluation time and case version move. */
  unchanged: number;
  /** Open or acknowledged warnings no longer found, closed as resolved. */
  resolved: number;
}

/** Statuses in which a warning still belongs to its case: all but resolved. */
/** Live warnings that close themselves when no longer found; dismissed and matter are people's decisions. */
const SELF_RESOLVING: ReadonlySet<WarningStatus> = new Set(['open', 'acknowledged']);
const ID_CHUNK = 500;

/** A finding placed on its subject, ready to compare with what is stored. */
export interface Target {
  identity: string;
  caseId: string | null;
  caseVersion: number | null;
  agencyOrgId: string;
  regionCode: string;
  field: EnforcementField | null;
  finding: Finding;
  facts: string;
  parameters: string;
}

/** The columns reconciliation reads of live warnings. */
export const LIVE_COLUMNS = [
  'id',
  'case_id',
  'agency_org_id',
  'region_code',
  'field',
  'rule_code',
  'rule_version',
  'key',
  'severity',
  'status',
  'message',
  'facts',
  'parameters',
  'basis',
] as const;

/** A live warning as reconciliation compares it. */
export type LiveRow = Pick<WarningTable, (typeof LIVE_COLUMNS)[number]>;

/** Splits ids into lists short enough for one IN (…). */
export function chunks<T>(items: readonly T[], size = ID_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What a warning is about: its case (or, for a class warning, its agency), rule and key. */
export const identityKey = (subject: string, rule: string, key: string) =>
  `${subject}\u0000${rule}\u0000${key}`;

/** A finding on its subject, its facts and parameters serialised once for comparison. */
export function target(
  identity: string,
  subject: Omit<Target, 'identity' | 'finding' | 'facts' | 'parameters'>,
  finding: Finding,
): Target {
  return {
    identity,
    ...subject,
    finding,
    facts: JSON.stringify(finding.facts),
    parameters: JSON.stringify(finding.parameters),
  };
}

/** When a reconciliation happens: its instant, and that instant's day in Shanghai (read once, not per row). */
interface Moment {
  at: string;
  day: string;
}

function newRow(t: Target, { at, day }: Moment): WarningTable {
  return {
    id: newId(),
    case_id: t.caseId,
    agency_org_id: t.agencyOrgId,
    region_code: t.regionCode,
    field: t.field,
    rule_code: t.finding.ruleCode,
    rule_version: t.finding.ruleVersion,
    key: t.finding.key,
    severity: t.finding.severity,
    status: 'open',
    message: t.finding.message,
    facts: t.facts,
    parameters: t.parameters,
    basis: t.finding.basis,
    first_found_at: at,
    found_on: day,
    last_evaluated_at: at,
    case_version: t.caseVersion,
    resolved_at: null,
    status_changed_at: at,
    status_changed_by: EVALUATION_ACTOR,
    dismiss_reason: null,
    handling_note: null,
    contest_text: null,
    contested_at: null,
    contested_by: null,
  };
}

/** How reconciliation tells which stored warning a finding is, and which case version closed one. */
export interface Matching {
  identityOf: (row: LiveRow) => string;
  versionOf: (row: LiveRow) => number | null;
}

/** The writes one reconciliation needs, worked out before any is made. */
interface Plan {
  inserts: WarningTable[];
  changes: { id: string; set: Updateable<WarningTable> }[];
  /** Ids found again unchanged, by the case version that found them. */
  unchanged: Map<number | null, string[]>;
  resolving: LiveRow[];
  events: WarningEventTable[];
}

function changed(row: LiveRow, t: Target): { said: boolean; moved: boolean } {
  const f = t.finding;
  return {
    said: row.message !== f.message || row.facts !== t.facts,
    moved:
      row.rule_version !== f.ruleVersion ||
      row.severity !== f.severity ||
      row.parameters !== t.parameters ||
      row.basis !== f.basis ||
      row.agency_org_id !== t.agencyOrgId ||
      row.region_code !== t.regionCode ||
      (t.field !== null && row.field !== t.field),
  };
}

function planOf(live: readonly LiveRow[], targets: readonly Target[], at: string, match: Matching): Plan {
  const moment: Moment = { at, day: todayInShanghai(new Date(at)) };
  const byIdentity = new Map(live.map((row) => [match.identityOf(row), row]));
  const seen = new Set<string>();
  const plan: Plan = { inserts: [], changes: [], unchanged: new Map(), resolving: [], events: [] };
  for (const t of targets) {
    if (seen.has(t.identity)) continue;
    seen.add(t.identity);
    const row = byIdentity.get(t.identity);
    if (!row) {
      const created = newRow(t, moment);
      plan.inserts.push(created);
      plan.events.push(
        warningEvent(created, 'found', at, {
          to_status: 'open',
          note: created.message,
          case_version: t.caseVersion,
        }),
      );
      continue;
    }
    const { said, moved } = changed(row, t);
    if (!said && !moved) {
      const ids = plan.unchanged.get(t.caseVersion) ?? [];
      ids.push(row.id);
      plan.unchanged.set(t.caseVersion, ids);
      continue;
    }
    const f = t.finding;
    plan.changes.push({
      id: row.id,
      set: {
        rule_version: f.ruleVersion,
        severity: f.severity,
        message: f.message,
        facts: t.facts,
        parameters: t.parameters,
        basis: f.basis,
        agency_org_id: t.agencyOrgId,
        region_code: t.regionCode,
        field: t.field ?? row.field,
        last_evaluated_at: at,
        case_version: t.caseVersion,
      },
    });
    if (said)
      plan.events.push(warningEvent(row, 'updated', at, { note: f.message, case_version: t.caseVersion }));
  }
  for (const row of live) {
    if (seen.has(match.identityOf(row)) || !SELF_RESOLVING.has(row.status)) continue;
    plan.resolving.push(row);
    plan.events.push(
      warningEvent(row, 'resolved', at, {
        from_status: row.status,
        to_status: 'resolved',
        case_version: match.versionOf(row),
      }),
    );
  }
  return plan;
}

/**
 * Brings stored warnings in line with what the rules found: new findings become open warnings, live
 * ones found again are refreshed (a changed message or facts goes into the history), and open or
 * acknowledged ones no longer found are resolved. Dismissed warnings and supervision matters stay as
 * people left them, found again or not. Nothing is deleted.
 */
export async function reconcile(
  trx: Db,
  live: readonly LiveRow[],
  targets: readonly Target[],
  at: string,
  match: Matching,
): Promise<ReconcileResult> {
  const plan = planOf(live, targets, at, match);
  if (plan.inserts.length)
    await insertRows(
      trx,
      'warning',
      Object.keys(plan.inserts[0]!),
      plan.inserts as unknown as Record<string, unknown>[],
    );
  for (const { id, set } of plan.changes)
    await trx.updateTable('warning').set(set).where('id', '=', id).execute();
  let unchanged = 0;
  for (const [caseVersion, ids] of plan.unchanged) {
    unchanged += ids.length;
    for (const slice of chunks(ids))
      await trx
        .updateTable('warning')
        .set({ last_evaluated_at: at, case_version: caseVersion })
        .where('id', 'in', slice)
        .execute();
  }
  for (const slice of chunks(plan.resolving.map((r) => r.id)))
    await trx
      .updateTable('warning')
      .set({
        status: 'resolved',
        resolved_at: at,
        status_changed_at: at,
        status_changed_by: EVALUATION_ACTOR,
      })
      .where('id', 'in', slice)
      .where('status', 'in', [...SELF_RESOLVING])
      .execute();
  await insertEvents(trx, plan.events);
  return {
    opened: plan.inserts.map((w) => ({
      id: w.id,
      caseId: w.case_id,
      agencyOrgId: w.agency_org_id,
      regionCode: w.region_code,
      ruleCode: w.rule_code,
      severity: w.severity,
      message: w.message,
    })),
    updated: plan.changes.length,
    unchanged,
    resolved: plan.resolving.length,
  };
}
