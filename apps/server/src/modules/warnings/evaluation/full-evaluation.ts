import type { CalendarService } from '../../../platform/calendar/calendar.service.ts';
import { todayInShanghai } from '../../../platform/calendar/dates.ts';
import type { Db } from '../../../platform/db/tables.ts';
import type { CaseService } from '../../cases/cases.service.ts';
import type { ParameterResolver } from '../parameter-resolution.ts';
import type { OpenedWarning, ReconcileResult } from '../reconcile-core.ts';
import { loadReferenceIndex } from '../reference/load-reference-index.ts';
import type { ReferenceServices } from '../reference/reference-index.ts';
import type { ReferenceLookup } from '../rules/reference.ts';
import { reconcileManyCases } from '../warning-reconcile.ts';
import { evaluateOne } from './case-evaluation.ts';

/** Cases read, judged and reconciled together; bounds the pass's memory whatever the number of cases. */
export const FULL_EVALUATION_PAGE = 2_000;

/** What a pass over every case needs. */
export interface FullEvaluationDeps {
  db: Db;
  cases: CaseService;
  services: ReferenceServices;
  calendar: CalendarService;
  loadParameters: () => Promise<ParameterResolver>;
  onReconciled: (trx: Db, result: ReconcileResult) => Promise<void>;
}

/** What a pass did, for the job's summary and the benchmark. */
export interface FullEvaluationResult {
  cases: number;
  opened: number;
  updated: number;
  unchanged: number;
  resolved: number;
  /** Cases a newer version reached during the pass: left to their own evaluation. */
  skipped: number;
}

/**
 * Judges every case's newest version against today (duties that have since fallen overdue, parameter
 * changes now in force), streaming the cases a page at a time in id order over a register index
 * loaded once, so memory stays flat at any number of cases.
 */
export async function evaluateAll(
  deps: FullEvaluationDeps,
  options: {
    today?: string;
    signal?: AbortSignal;
    onPage?: (done: number) => void;
    /** Registers to judge by instead of loading them (the benchmark's generated world). */
    lookup?: ReferenceLookup;
  } = {},
): Promise<FullEvaluationResult> {
  const [lookup, parameters, calendar] = await Promise.all([
    options.lookup ?? loadReferenceIndex(deps.services),
    deps.loadParameters(),
    deps.calendar.calendar(),
  ]);
  const today = options.today ?? todayInShanghai();
  // One notice per org for the whole pass, not one per page: what was opened, as references to one
  // small record per agency, rule and severity, so a pass opening many warnings holds little.
  const opened: OpenedWarning[] = [];
  const shared = new Map<string, OpenedWarning>();
  const result: FullEvaluationResult = {
    cases: 0,
    opened: 0,
    updated: 0,
    unchanged: 0,
    resolved: 0,
    skipped: 0,
  };
  for (let after = ''; ; ) {
    options.signal?.throwIfAborted();
    const page = await deps.cases.newestPage(after, FULL_EVALUATION_PAGE);
    if (!page.length) break;
    after = page.at(-1)!.id;
    const evaluations = page.map((c) => evaluateOne(c, { lookup, parameters, calendar, today }));
    await deps.db.transaction().execute(async (trx) => {
      const settled = await deps.cases.settledVersions(trx, new Map(page.map((c) => [c.id, c.version])));
      const current = evaluations.filter((e) => settled.has(e.caseId));
      result.skipped += evaluations.length - current.length;
      const reconciled = await reconcileManyCases(trx, current);
      result.opened += reconciled.opened.length;
      result.updated += reconciled.updated;
      result.unchanged += reconciled.unchanged;
      result.resolved += reconciled.resolved;
      for (const w of reconciled.opened) {
        const key = `${w.agencyOrgId}|${w.ruleCode}|${w.severity}`;
        let one = shared.get(key);
        if (!one) {
          one = {
            id: '',
            caseId: null,
            agencyOrgId: w.agencyOrgId,
            regionCode: '',
            ruleCode: w.ruleCode,
            severity: w.severity,
            message: '',
          };
          shared.set(key, one);
        }
        opened.push(one);
      }
    });
    result.cases += page.length;
    options.onPage?.(result.cases);
  }
  if (opened.length)
    await deps.db
      .transaction()
      .execute((trx) => deps.onReconciled(trx, { opened, updated: 0, unchanged: 0, resolved: 0 }));
  return result;
}
