import type { RuleCode, Severity } from '@jiandu/contracts/warning-rules';

/**
 * What a rule found on a case (or, for a class rule, on an agency): the Chinese message, the facts it
 * used, the parameter values in force and the legal basis, so a warning can always say why.
 */
export interface Finding {
  ruleCode: RuleCode;
  /** The version of the rule function that produced it; raised whenever a rule's logic changes. */
  ruleVersion: number;
  severity: Severity;
  /**
   * Tells apart several findings of one rule on one subject (an officer's certificate number for
   * OFFICER_NOT_CERTIFIED, an item code for FINE_OUTLIER); '' when a rule finds at most one.
   */
  key: string;
  message: string;
  facts: Record<string, unknown>;
  parameters: Record<string, number>;
  basis: string;
}
