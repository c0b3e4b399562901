import type { RuleCode } from '@jiandu/contracts/warning-rules';
import type { WarningRule } from '@jiandu/contracts/warnings';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { seg, warningKeys } from '../../../components/warnings/keys.ts';
import { get } from '../../../lib/api.ts';

/** A rule's parameter values in force today in a region (all fields), as the server resolves them. */
export function fetchValuesInForce(code: RuleCode, regionCode: string): Promise<Record<string, number>> {
  return get<Record<string, number>>(`/api/warning-rules/${seg(code)}/parameters`, { regionCode });
}

/** Without a region: the setting for all regions and fields in force today, else the default. */
function nationwide(rule: WarningRule): Record<string, number> {
  return Object.fromEntries(
    rule.parameters.map((p) => {
      const set = rule.overrides.find((o) => o.key === p.key && o.regionCode === null && o.field === null);
      return [p.key, set?.value ?? p.default];
    }),
  );
}

/**
 * The values a backtest starts from: those in force today for the chosen region, or for all regions.
 * Kept under the rules' key, so a saved setting refreshes them too.
 */
export function useValuesInForce(rule: WarningRule, regionCode: string | undefined) {
  const regional = useQuery({
    queryKey: [...warningKeys.rules, 'in-force', rule.code, regionCode ?? ''],
    queryFn: () => fetchValuesInForce(rule.code, regionCode!),
    enabled: Boolean(regionCode),
  });
  const everywhere = useMemo(() => nationwide(rule), [rule]);
  return regionCode
    ? { data: regional.data, isLoading: regional.isLoading, error: regional.error }
    : { data: everywhere, isLoading: false, error: null };
}
