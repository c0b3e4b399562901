import { todayInShanghai } from '../../../platform/calendar/dates.ts';
import { timelineValueOn } from '../../../platform/calendar/timeline.ts';
import type { Db } from '../../../platform/db/tables.ts';
import type { CaseService } from '../../cases/cases.service.ts';
import type { CatalogueService } from '../../catalogue/catalogue.service.ts';
import type { OrgService } from '../../orgs/orgs.service.ts';
import type { ParameterResolver } from '../parameter-resolution.ts';
import type { ReconcileResult } from '../reconcile-core.ts';
import {
  type AgencyActivityRow,
  type ClassFinding,
  FINE_OUTLIER,
  type ItemFineRow,
  monthsBefore,
  ZERO_ENFORCEMENT,
} from '../rules/class-rules.ts';
import { type ClassEvaluation, reconcileClassWarnings } from '../warning-reconcile.ts';

/** Months of decisions whose fines are compared between agencies (罚款金额明显偏离同类). */
export const FINE_OUTLIER_MONTHS = 24;
const ITEM_PAGE = 2_000;

/** What the class rules read: cases, the catalogue and the orgs, each through its service. */
export interface ClassEvaluationDeps {
  db: Db;
  cases: CaseService;
  catalogue: CatalogueService;
  orgs: OrgService;
  loadParameters: () => Promise<ParameterResolver>;
  onReconciled: (trx: Db, result: ReconcileResult) => Promise<void>;
}

/** Per agency (credit code): how many items its catalogue lists today and since when it lists any. */
async function catalogueSizes(catalogue: CatalogueService, today: string) {
  const sizes = new Map<string, { itemCount: number; listedSince: string | null }>();
  for (let after: string | null = null; ; ) {
    const page = await catalogue.timelines({ after, limit: ITEM_PAGE });
    for (const item of page) {
      const size = sizes.get(item.agencyCreditCode) ?? { itemCount: 0, listedSince: null };
      if (timelineValueOn(item.listed, today)) size.itemCount += 1;
      const first = item.listed.from.find((_, i) => item.listed.values[i] === true) ?? null;
      if (first !== null && (size.listedSince === null || first < size.listedSince)) size.listedSince = first;
      sizes.set(item.agencyCreditCode, size);
    }
    if (page.length < ITEM_PAGE) return sizes;
    after = page.at(-1)!.itemId;
  }
}

/** Which parameters a class rule runs with for a region (the resolver's, or a backtest's proposal). */
export type ClassParameters = (
  code: 'ZERO_ENFORCEMENT' | 'FINE_OUTLIER',
  regionCode: string,
) => Readonly<Record<string, number>>;

/** What the class rules find today, from the aggregates, with the given parameters. */
export async function classFindings(
  deps: Omit<ClassEvaluationDeps, 'db' | 'onReconciled' | 'loadParameters'>,
  today: string,
  parametersOf: ClassParameters,
) {
  const sizes = await catalogueSizes(deps.catalogue, today);
  const lastAct = await deps.cases.lastActByAgency();
  const fines = await deps.cases.finesByAgencyItem(monthsBefore(today, FINE_OUTLIER_MONTHS));
  const byCode = new Map(
    (await deps.orgs.findByCreditCodes([...sizes.keys()])).map((o) => [o.credit_code!, o]),
  );
  const byId = new Map([...byCode.values()].map((o) => [o.id, o]));
  const missingIds = fines.map((f) => f.orgId).filter((id) => !byId.has(id));
  for (const o of await deps.orgs.findByIds([...new Set(missingIds)])) {
    byId.set(o.id, o);
    if (o.credit_code) byCode.set(o.credit_code, o);
  }

  // 长期零执法: each agency judged with the months in force for its region.
  const zero: ClassFinding[] = [];
  for (const [creditCode, size] of sizes) {
    const org = byCode.get(creditCode);
    if (org?.kind !== 'agency') continue;
    const row: AgencyActivityRow = {
      agencyCreditCode: creditCode,
      ...size,
      lastCaseDay: lastAct.get(org.id) ?? null,
    };
    zero.push(...ZERO_ENFORCEMENT.evaluate([row], today, parametersOf('ZERO_ENFORCEMENT', org.region_code)));
  }
  // 罚款金额明显偏离同类: all agencies compared together, with the figures in force at the top.
  const rows: ItemFineRow[] = [];
  for (const f of fines) {
    const code = byId.get(f.orgId)?.credit_code;
    if (code)
      rows.push({ agencyCreditCode: code, itemCode: f.itemCode, cases: f.cases, averageFine: f.averageFine });
  }
  const root = await deps.orgs.root();
  const outliers = FINE_OUTLIER.evaluate(rows, today, parametersOf('FINE_OUTLIER', root?.region_code ?? ''));
  const toEvaluations = (found: ClassFinding[]): ClassEvaluation[] =>
    found.flatMap((f) => {
      const org = byCode.get(f.agencyCreditCode);
      return org ? [{ agencyOrgId: org.id, regionCode: org.region_code, finding: f.finding }] : [];
    });
  return { ZERO_ENFORCEMENT: toEvaluations(zero), FINE_OUTLIER: toEvaluations(outliers) };
}

/**
 * The class rules (类案监督) over aggregates: 长期零执法 from each agency's catalogue and latest act,
 * 罚款金额明显偏离同类 from each agency's average fine per item against its peers'. Each rule's
 * warnings are reconciled as a whole, so an agency that recovered has its warning resolved.
 */
export async function evaluateClasses(
  deps: ClassEvaluationDeps,
  options: { today?: string } = {},
): Promise<Record<'ZERO_ENFORCEMENT' | 'FINE_OUTLIER', ReconcileResult>> {
  const today = options.today ?? todayInShanghai();
  const parameters = await deps.loadParameters();
  const found = await classFindings(deps, today, (code, regionCode) =>
    parameters(code, { regionCode, day: today }),
  );
  const reconcile = (code: 'ZERO_ENFORCEMENT' | 'FINE_OUTLIER') =>
    deps.db.transaction().execute(async (trx) => {
      const result = await reconcileClassWarnings(trx, code, found[code]);
      await deps.onReconciled(trx, result);
      return result;
    });
  return {
    ZERO_ENFORCEMENT: await reconcile('ZERO_ENFORCEMENT'),
    FINE_OUTLIER: await reconcile('FINE_OUTLIER'),
  };
}
