import type { RuleCode } from '@jiandu/contracts/warning-rules';
import type { RuleParameterInput, RuleParameterOverride } from '@jiandu/contracts/warnings';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { seg, warningKeys } from '../../../components/warnings/keys.ts';
import { api } from '../../../lib/api.ts';

/** Sets (or, with a null value, withdraws) a rule parameter for a region and field from a day on. */
export function setRuleParameter(code: RuleCode, body: RuleParameterInput): Promise<RuleParameterOverride> {
  return api<RuleParameterOverride>('POST', `/api/warning-rules/${seg(code)}/parameters`, body);
}

/** The new setting; the rules and the rule's history show it afterwards. */
export function useSetRuleParameter(code: RuleCode) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RuleParameterInput) => setRuleParameter(code, body),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: warningKeys.rules }),
        client.invalidateQueries({ queryKey: warningKeys.ruleHistory(code) }),
      ]),
  });
}
