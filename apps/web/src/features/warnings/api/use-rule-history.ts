import type { RuleCode } from '@jiandu/contracts/warning-rules';
import type { RuleParameterOverride } from '@jiandu/contracts/warnings';
import { useQuery } from '@tanstack/react-query';
import { seg, warningKeys } from '../../../components/warnings/keys.ts';
import { get } from '../../../lib/api.ts';

/** Every parameter value ever set for a rule, newest first (withdrawals included). */
export function fetchRuleHistory(code: RuleCode): Promise<RuleParameterOverride[]> {
  return get<RuleParameterOverride[]>(`/api/warning-rules/${seg(code)}/history`);
}

/** A rule's settings history. */
export function useRuleHistory(code: RuleCode) {
  return useQuery({ queryKey: warningKeys.ruleHistory(code), queryFn: () => fetchRuleHistory(code) });
}
