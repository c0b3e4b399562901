import type { CalendarService } from '../../platform/calendar/calendar.service.ts';
import type { Db } from '../../platform/db/tables.ts';
import type { JobScheduler, RecurringJob } from '../../platform/jobs/scheduler.ts';
import type { CaseService } from '../cases/cases.service.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import { evaluateClasses } from './evaluation/class-evaluation.ts';
import { evaluateAll } from './evaluation/full-evaluation.ts';
import { incrementalEvaluation } from './evaluation/incremental.ts';
import { cachedParameters } from './evaluation/parameter-cache.ts';
import { noticeOpenedWarnings } from './evaluation/warning-notices.ts';
import type { ReferenceServices } from './reference/reference-index.ts';
import type { WarningRuleService } from './warning-rules.service.ts';
import type { WarningService } from './warnings.service.ts';

/** Judges every case afresh against today (duties fallen overdue, parameters now in force). */
export const FULL_EVALUATION_JOB = 'warnings.evaluate-all';

/** Runs the class rules (长期零执法, 罚款金额明显偏离同类) over aggregates. */
export const CLASS_EVALUATION_JOB = 'warnings.evaluate-classes';

/** What the warning engine is wired to. */
export interface WarningEngineDeps {
  db: Db;
  cases: CaseService;
  registers: ReferenceServices;
  calendar: CalendarService;
  rules: WarningRuleService;
  warnings: WarningService;
  catalogue: CatalogueService;
  orgs: OrgService;
}

/**
 * The warning engine's wiring: each derivation of new case versions judges them in its own
 * transaction (warnings visible as soon as the derivation commits, within about a second of an
 * ingest), a source reads a case's warnings back with it, and a nightly pass judges every case
 * again in constant memory.
 */
export function registerWarningJobs(scheduler: JobScheduler, deps: WarningEngineDeps): RecurringJob[] {
  const common = {
    services: deps.registers,
    calendar: deps.calendar,
    loadParameters: cachedParameters(() => deps.rules.loadResolver()),
    onReconciled: noticeOpenedWarnings,
  };
  deps.cases.onDerived(incrementalEvaluation(common));
  deps.cases.provideWarnings((caseId) => deps.warnings.ofCase(caseId));
  scheduler.register(FULL_EVALUATION_JOB, async ({ signal, log }) => {
    const started = performance.now();
    const result = await evaluateAll(
      { ...common, db: deps.db, cases: deps.cases },
      { signal, onPage: (done) => log.debug({ done }, 'warnings evaluated') },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return `全量研判案件${result.cases}件 (${seconds} 秒): 新增预警${result.opened}条, 更新${result.updated}条, 自动解除${result.resolved}条`;
  });
  scheduler.register(CLASS_EVALUATION_JOB, async () => {
    const result = await evaluateClasses({
      ...common,
      db: deps.db,
      cases: deps.cases,
      catalogue: deps.catalogue,
      orgs: deps.orgs,
    });
    const zero = result.ZERO_ENFORCEMENT;
    const fines = result.FINE_OUTLIER;
    return `类案研判: 长期零执法新增${zero.opened.length}条、解除${zero.resolved}条; 罚款偏离同类新增${fines.opened.length}条、解除${fines.resolved}条`;
  });
  return [
    {
      key: CLASS_EVALUATION_JOB,
      handler: CLASS_EVALUATION_JOB,
      cron: '50 1 * * *',
      description: '类案研判: 长期零执法、罚款金额明显偏离同类',
    },
    {
      key: FULL_EVALUATION_JOB,
      handler: FULL_EVALUATION_JOB,
      cron: '30 1 * * *',
      description: '全量研判: 按当日重新判断全部案件的监督预警 (逾期、参数调整)',
    },
  ];
}
