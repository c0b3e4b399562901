import type { CalendarService } from '../../../platform/calendar/calendar.service.ts';
import { todayInShanghai } from '../../../platform/calendar/dates.ts';
import type { Db } from '../../../platform/db/tables.ts';
import type { DerivedCase, DerivedHook } from '../../cases/cases.service.ts';
import type { ParameterResolver } from '../parameter-resolution.ts';
import type { ReconcileResult } from '../reconcile-core.ts';
import type { ReferenceServices } from '../reference/reference-index.ts';
import { reconcileManyCases } from '../warning-reconcile.ts';
import { batchReference } from './batch-reference.ts';
import { evaluateOne } from './case-evaluation.ts';

/** What the evaluation of new case versions needs. */
export interface IncrementalDeps {
  services: ReferenceServices;
  calendar: CalendarService;
  loadParameters: () => Promise<ParameterResolver>;
  /** Told, inside the same transaction, of the warnings a batch opened (notices to the orgs). */
  onReconciled: (trx: Db, result: ReconcileResult) => Promise<void>;
  today?: () => string;
}

/** Judges a batch of new case versions; CPU and reads only, so it runs before the transaction. */
export async function evaluateBatch(deps: IncrementalDeps, cases: readonly DerivedCase[]) {
  const [lookup, parameters, calendar] = await Promise.all([
    batchReference(deps.services, cases),
    deps.loadParameters(),
    deps.calendar.calendar(),
  ]);
  const today = (deps.today ?? todayInShanghai)();
  return cases.map((c) => evaluateOne(c, { lookup, parameters, calendar, today }));
}

/**
 * The warning engine's part of each derivation: every case whose newest version was just derived
 * is judged, and its warnings reconciled in the derivation's own transaction, so a case counts as
 * derived only with its warnings up to date (opened, refreshed, or resolved when fixed).
 */
export function incrementalEvaluation(deps: IncrementalDeps): DerivedHook {
  return async (cases) => {
    const evaluations = await evaluateBatch(deps, cases);
    return async (trx) => {
      const result = await reconcileManyCases(trx, evaluations);
      await deps.onReconciled(trx, result);
    };
  };
}
