import type { MatterListQuery, MatterSummary } from '@jiandu/contracts/matters';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { matterKeys } from '../../../components/notices/keys.ts';
import { get } from '../../../lib/api.ts';

/** The filters of the matter list (also what its export takes). */
export type MatterFilters = Omit<MatterListQuery, 'agencyOrgId'> & { agencyOrgId?: string | undefined };

/** One page request of the matter list (the server keeps its own most-urgent-first order). */
export type MatterListParams = MatterFilters & { page: number; pageSize: number };

/** One page of the matters in the user's data scope. */
export function fetchMatters(params: MatterListParams): Promise<Page<MatterSummary>> {
  return get<Page<MatterSummary>>('/api/matters', params);
}

/** The matter list, paged on the server; the previous page stays on screen while the next loads. */
export function useMatters(params: MatterListParams) {
  return useQuery({
    queryKey: matterKeys.list(params),
    queryFn: () => fetchMatters(params),
    placeholderData: keepPreviousData,
  });
}
