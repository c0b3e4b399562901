import { RULES_BY_CODE, type RuleCode } from '@jiandu/contracts/warning-rules';
import type { RuleBacktestInput, RuleBacktestResult } from '@jiandu/contracts/warnings';
import type { CalendarService } from '../../../platform/calendar/calendar.service.ts';
import { todayInShanghai } from '../../../platform/calendar/dates.ts';
import { regionPrefix } from '../../../platform/db/search.ts';
import type { FieldError } from '../../../platform/errors.ts';
import { AppError } from '../../../platform/errors.ts';
import type { CaseService } from '../../cases/cases.service.ts';
import type { CatalogueService } from '../../catalogue/catalogue.service.ts';
import type { OrgService } from '../../orgs/orgs.service.ts';
import type { ParameterResolver } from '../parameter-resolution.ts';
import { parameterProblems } from '../parameter-validation.ts';
import { loadReferenceIndex } from '../reference/load-reference-index.ts';
import type { ReferenceServices } from '../reference/reference-index.ts';
import { CASE_RULES } from '../rules/rule-registry.ts';
import { judgedAs } from './case-evaluation.ts';
import { classFindings } from './class-evaluation.ts';
import { FULL_EVALUATION_PAGE } from './full-evaluation.ts';

/** What a backtest reads: every case, the registers, the calendar and the parameters in force. */
export interface BacktestDeps {
  cases: CaseService;
  catalogue: CatalogueService;
  orgs: OrgService;
  registers: ReferenceServices;
  calendar: CalendarService;
  loadParameters: () => Promise<ParameterResolver>;
}

const EXAMPLES = 10;

interface Example {
  caseId: string | null;
  externalId: string | null;
  agencyOrgId: string;
  message: string;
  /** The finding's key: tells apart several findings of the rule on one case or agency. */
  key: string;
}

/** The proposal checked against the rule's parameter definitions, with every problem in Chinese. */
function checked(code: RuleCode, proposal: Record<string, number>): Record<string, number> {
  const rule = RULES_BY_CODE[code];
  if (!rule.active) throw new AppError('VALIDATION_FAILED', `规则 ${rule.name} 尚未启用, 无法回测`);
  if (!rule.parameters.length)
    throw new AppError('VALIDATION_FAILED', `规则 ${rule.name} 没有可调整的参数, 无需回测`);
  const problems: FieldError[] = [];
  for (const [key, value] of Object.entries(proposal))
    for (const p of parameterProblems(rule, key, value)) problems.push({ ...p, path: `parameters.${key}` });
  if (!Object.keys(proposal).length)
    problems.push({ path: 'parameters', message: '请至少填写一个拟调整的参数值' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems[0]!.message, { errors: problems });
  return proposal;
}

/**
 * Tries a rule's proposed parameter values over the stored cases before they are set (回测): judges
 * each case (in the region, if given) by the values in force today and by the proposal, and counts
 * the warnings that would appear and disappear, with examples. Reads only; nothing is stored.
 */
export async function backtestRule(
  deps: BacktestDeps,
  code: RuleCode,
  input: RuleBacktestInput,
  today: string = todayInShanghai(),
): Promise<RuleBacktestResult> {
  const proposal = checked(code, input.parameters);
  const parameters = await deps.loadParameters();
  const prefix = input.regionCode ? regionPrefix(input.regionCode) : '';
  const appear: Example[] = [];
  const disappear: Example[] = [];
  const tally = { cases: 0, current: 0, proposed: 0, appear: 0, disappear: 0 };
  const keyOf = (e: Example) => `${e.caseId ?? e.agencyOrgId}|${e.key}`;
  const compare = (before: Example[], after: Example[]) => {
    const was = new Set(before.map(keyOf));
    const will = new Set(after.map(keyOf));
    tally.current += before.length;
    tally.proposed += after.length;
    for (const e of after)
      if (!was.has(keyOf(e))) {
        tally.appear += 1;
        if (appear.length < EXAMPLES) appear.push(e);
      }
    for (const e of before)
      if (!will.has(keyOf(e))) {
        tally.disappear += 1;
        if (disappear.length < EXAMPLES) disappear.push(e);
      }
  };

  if (code === 'ZERO_ENFORCEMENT' || code === 'FINE_OUTLIER') {
    const run = (withProposal: boolean) =>
      classFindings(deps, today, (rule, regionCode) => {
        const now = parameters(rule, { regionCode, day: today });
        return withProposal && rule === code ? { ...now, ...proposal } : now;
      });
    const inRegion = (list: Awaited<ReturnType<typeof run>>[typeof code]): Example[] =>
      list
        .filter((e) => e.regionCode.startsWith(prefix))
        .map((e) => ({
          caseId: null,
          externalId: null,
          agencyOrgId: e.agencyOrgId,
          message: e.finding.message,
          key: e.finding.key,
        }));
    const before = inRegion((await run(false))[code]);
    const after = inRegion((await run(true))[code]);
    tally.cases = new Set([...before, ...after].map((e) => e.agencyOrgId)).size;
    compare(before, after);
  } else {
    const rule = CASE_RULES.find((r) => r.code === code)!;
    const [lookup, calendar] = await Promise.all([
      loadReferenceIndex(deps.registers),
      deps.calendar.calendar(),
    ]);
    for (let after = ''; ; ) {
      const page = await deps.cases.newestPage(after, FULL_EVALUATION_PAGE);
      if (!page.length) break;
      after = page.at(-1)!.id;
      for (const c of page) {
        if (!c.regionCode.startsWith(prefix)) continue;
        tally.cases += 1;
        const { facts, where } = judgedAs(c, { lookup, calendar, today });
        const now = parameters(code, where);
        const example = (f: { message: string; key: string }): Example => ({
          caseId: c.id,
          externalId: c.record.externalId,
          agencyOrgId: c.orgId,
          message: f.message,
          key: f.key,
        });
        compare(
          rule.evaluate(facts, now).map(example),
          rule.evaluate(facts, { ...now, ...proposal }).map(example),
        );
      }
    }
  }
  const names = new Map(
    (await deps.orgs.findByIds([...new Set([...appear, ...disappear].map((e) => e.agencyOrgId))])).map(
      (o) => [o.id, o.name],
    ),
  );
  const present = ({ agencyOrgId, caseId, externalId, message }: Example) => ({
    caseId,
    externalId,
    agencyName: names.get(agencyOrgId) ?? null,
    message,
  });
  return {
    ruleCode: code,
    judgedOn: today,
    regionCode: input.regionCode ?? null,
    ...tally,
    examples: { appear: appear.map(present), disappear: disappear.map(present) },
  };
}
