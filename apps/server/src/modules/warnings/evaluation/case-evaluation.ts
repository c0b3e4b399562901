import type { WorkingCalendar } from '../../../platform/calendar/working-calendar.ts';
import type { DerivedCase } from '../../cases/cases.service.ts';
import type { ParameterResolver } from '../parameter-resolution.ts';
import { buildCaseFacts } from '../rules/facts.ts';
import type { ReferenceLookup } from '../rules/reference.ts';
import { evaluateCase } from '../rules/rule-registry.ts';
import type { CaseEvaluation } from '../warning-reconcile.ts';

/** What judging a case needs besides the case: the registers, the parameters, the calendar and the day. */
export interface EvaluationContext {
  lookup: ReferenceLookup;
  parameters: ParameterResolver;
  calendar: WorkingCalendar;
  today: string;
}

/** A case's facts, and where its parameters are looked up: its region, its item's field, its act day. */
export function judgedAs(c: DerivedCase, context: Omit<EvaluationContext, 'parameters'>) {
  const facts = buildCaseFacts(c.record, context.lookup, {
    calendar: context.calendar,
    today: context.today,
    ...(c.inspectionRank === null ? {} : { inspectionsOfPartyThisYear: c.inspectionRank }),
  });
  const field = context.lookup.itemField?.(c.record.agencyCreditCode, c.record.itemCode) ?? null;
  return { facts, field, where: { regionCode: c.regionCode, field, day: facts.actDay } };
}

/**
 * Runs every per-case rule over a case's newest version. Parameters are those in force for the
 * case's region and its item's field on the day of its act, so a case is judged by the figures of
 * its time and place.
 */
export function evaluateOne(c: DerivedCase, context: EvaluationContext): CaseEvaluation {
  const { facts, field, where } = judgedAs(c, context);
  return {
    caseId: c.id,
    caseVersion: c.version,
    agencyOrgId: c.orgId,
    regionCode: c.regionCode,
    field,
    findings: evaluateCase(facts, (code) => context.parameters(code, where)),
  };
}
