import type { WarningCounts } from '@jiandu/contracts/warnings';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { warningKeys } from '../../../components/warnings/keys.ts';
import { get } from '../../../lib/api.ts';
import type { WarningFilters } from './use-warnings.ts';

/** How many warnings match the filters, by rule, severity and status. */
export function fetchWarningCounts(filters: WarningFilters): Promise<WarningCounts> {
  return get<WarningCounts>('/api/warnings/counts', filters);
}

/** The centre's summary; the previous counts stay while new filters are counted. */
export function useWarningCounts(filters: WarningFilters) {
  return useQuery({
    queryKey: warningKeys.counts(filters),
    queryFn: () => fetchWarningCounts(filters),
    placeholderData: keepPreviousData,
  });
}
