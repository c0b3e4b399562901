import type { RuleQuality, RuleQualityQuery } from '@jiandu/contracts/warnings';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { warningKeys } from '../../../components/warnings/keys.ts';
import { get } from '../../../lib/api.ts';

/** Per rule, in the user's data scope: warnings fired and the share dismissed as false positives. */
export function fetchRuleQuality(query: RuleQualityQuery): Promise<RuleQuality[]> {
  return get<RuleQuality[]>('/api/warning-rules/quality', query);
}

/** The rules' quality for a period of finding days. */
export function useRuleQuality(query: RuleQualityQuery) {
  return useQuery({
    queryKey: warningKeys.quality(query),
    queryFn: () => fetchRuleQuality(query),
    placeholderData: keepPreviousData,
  });
}
