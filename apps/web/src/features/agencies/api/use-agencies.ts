import type { AgencyListQuery, AgencySort, AgencySummary } from '@jiandu/contracts/agencies';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { agencyKeys } from './agency-keys.ts';

/** The filters of the agency list (also what the export takes). */
export type AgencyFilters = AgencyListQuery;

/** One page request of the agency list. */
export type AgencyListParams = AgencyFilters & {
  page: number;
  pageSize: number;
  sort?: AgencySort | undefined;
  order?: 'asc' | 'desc' | undefined;
};

/** One page of the agencies in the user's data scope. */
export function fetchAgencies(params: AgencyListParams): Promise<Page<AgencySummary>> {
  return get<Page<AgencySummary>>('/api/agencies', params);
}

/** The agency list, paged on the server; the previous page stays on screen while the next loads. */
export function useAgencies(params: AgencyListParams) {
  return useQuery({
    queryKey: agencyKeys.list(params),
    queryFn: () => fetchAgencies(params),
    placeholderData: keepPreviousData,
  });
}
