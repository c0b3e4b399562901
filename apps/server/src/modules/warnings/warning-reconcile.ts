import type { EnforcementField } from '@jiandu/contracts/fields';
import type { RuleCode } from '@jiandu/contracts/warning-rules';
import type { Db } from '../../platform/db/tables.ts';
import {
  chunks,
  identityKey,
  LIVE_COLUMNS,
  type LiveRow,
  type ReconcileResult,
  reconcile,
  target,
} from './reconcile-core.ts';
import type { Finding } from './rules/finding.ts';

// Every status but this one is live. Written as `<>`, not as an IN list of the others, so both
// databases can use the partial index of live warnings (an IN list next to 2,000 case ids made
// SQLite's planner probe for each pair: 50x slower).
const RESOLVED = 'resolved' as const;

/** What one evaluation of a case found: the runner's input, one per case. */
export interface CaseEvaluation {
  caseId: string;
  caseVersion: number;
  agencyOrgId: string;
  regionCode: string;
  field: EnforcementField | null;
  findings: readonly Finding[];
}

/** One finding of a class rule about an agency (类案预警). */
export interface ClassEvaluation {
  agencyOrgId: string;
  regionCode: string;
  field?: EnforcementField | null;
  finding: Finding;
}

/**
 * Reconciles the warnings of many cases (a batch of ~500 from the evaluation runner) with a handful
 * of statements: one read of their live warnings, multi-row inserts, and updates grouped by case
 * version. Call it inside the transaction that records the evaluation.
 */
export async function reconcileManyCases(
  trx: Db,
  batch: readonly CaseEvaluation[],
  at: string = new Date().toISOString(),
): Promise<ReconcileResult> {
  const live: LiveRow[] = [];
  for (const slice of chunks([...new Set(batch.map((c) => c.caseId))]))
    live.push(
      ...(await trx
        .selectFrom('warning')
        .select(LIVE_COLUMNS)
        .where('case_id', 'in', slice)
        .where('status', '<>', RESOLVED)
        .orderBy('id')
        .execute()),
    );
  const versions = new Map(batch.map((c) => [c.caseId, c.caseVersion]));
  const targets = batch.flatMap((c) =>
    c.findings.map((f) =>
      target(
        identityKey(c.caseId, f.ruleCode, f.key),
        {
          caseId: c.caseId,
          caseVersion: c.caseVersion,
          agencyOrgId: c.agencyOrgId,
          regionCode: c.regionCode,
          field: c.field,
        },
        f,
      ),
    ),
  );
  return reconcile(trx, live, targets, at, {
    identityOf: (row) => identityKey(row.case_id!, row.rule_code, row.key),
    versionOf: (row) => versions.get(row.case_id!) ?? null,
  });
}

/** Reconciles one case's warnings with what the rules found on its newest version. */
export function reconcileCaseWarnings(
  trx: Db,
  input: CaseEvaluation & { at?: string },
): Promise<ReconcileResult> {
  const { at, ...evaluation } = input;
  return reconcileManyCases(trx, [evaluation], at);
}

/**
 * Reconciles the warnings of one class rule with its latest run over all agencies: a finding is
 * matched by (agency, rule, key); live class warnings of the rule not found again are resolved.
 */
export async function reconcileClassWarnings(
  trx: Db,
  ruleCode: RuleCode,
  findings: readonly ClassEvaluation[],
  at: string = new Date().toISOString(),
): Promise<ReconcileResult> {
  const stray = findings.find((c) => c.finding.ruleCode !== ruleCode);
  if (stray) throw new Error(`类案预警 ${ruleCode} 的结果中混入了规则 ${stray.finding.ruleCode} 的发现`);
  const live = await trx
    .selectFrom('warning')
    .select(LIVE_COLUMNS)
    .where('case_id', 'is', null)
    .where('rule_code', '=', ruleCode)
    .where('status', '<>', RESOLVED)
    .orderBy('id')
    .execute();
  const targets = findings.map((c) =>
    target(
      identityKey(c.agencyOrgId, ruleCode, c.finding.key),
      {
        caseId: null,
        caseVersion: null,
        agencyOrgId: c.agencyOrgId,
        regionCode: c.regionCode,
        field: c.field ?? null,
      },
      c.finding,
    ),
  );
  return reconcile(trx, live, targets, at, {
    identityOf: (row) => identityKey(row.agency_org_id, row.rule_code, row.key),
    versionOf: () => null,
  });
}
