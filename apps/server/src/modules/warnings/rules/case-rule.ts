import { RULE_CODES, RULES_BY_CODE, type RuleCode } from '@jiandu/contracts/warning-rules';
import type { CaseFacts } from './facts.ts';
import type { Finding } from './finding.ts';

/** A rule's parameters as the store hands them over: key → number (see RULE_DEFINITIONS). */
export type RuleParameters = Readonly<Record<string, number>>;

/**
 * A per-case warning rule: a named, versioned, pure function of a case's facts and the rule's
 * parameters. `version` is raised whenever the logic changes, so stored warnings say which logic
 * found them.
 */
export interface CaseRule {
  readonly code: RuleCode;
  readonly version: number;
  evaluate(facts: CaseFacts, params: RuleParameters): readonly Finding[];
}

/** The answer of a rule that found nothing: one shared, frozen empty list, so a clean case allocates nothing. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

const DEFAULTS = Object.fromEntries(
  RULE_CODES.map((code) => [
    code,
    Object.fromEntries(RULES_BY_CODE[code].parameters.map((p) => [p.key, p.default])),
  ]),
) as Record<RuleCode, Record<string, number>>;

/** A parameter's value: the one in force, or the spec's default when the store left it out. */
export function parameter(params: RuleParameters, code: RuleCode, key: string): number {
  const value = params[key];
  if (value !== undefined) return value;
  const fallback = DEFAULTS[code][key];
  if (fallback === undefined) throw new Error(`rule ${code} has no parameter ${key}`);
  return fallback;
}

/** A finding of a rule, with the rule's severity and legal basis from the shared definitions. */
export function finding(
  rule: Pick<CaseRule, 'code' | 'version'>,
  key: string,
  message: string,
  facts: Record<string, unknown>,
  parameters: Record<string, number> = {},
): Finding {
  const definition = RULES_BY_CODE[rule.code];
  return {
    ruleCode: rule.code,
    ruleVersion: rule.version,
    severity: definition.severity,
    key,
    message,
    facts,
    parameters,
    basis: definition.basis,
  };
}

/** An amount of yuan the way messages print it: thousands separated, at most two decimals. */
export function yuan(amount: number): string {
  return amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
