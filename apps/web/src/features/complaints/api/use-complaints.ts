import type { ComplaintListQuery, ComplaintSort, ComplaintSummary } from '@jiandu/contracts/complaints';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { complaintKeys } from './keys.ts';

/** The filters of the complaint list (also what its export takes). */
export type ComplaintFilters = ComplaintListQuery;

/** One page request of the complaint list. */
export type ComplaintListParams = ComplaintFilters & {
  page: number;
  pageSize: number;
  sort?: ComplaintSort | undefined;
  order?: 'asc' | 'desc' | undefined;
};

/** One page of the complaints in the user's data scope. */
export function fetchComplaints(params: ComplaintListParams): Promise<Page<ComplaintSummary>> {
  return get<Page<ComplaintSummary>>('/api/complaints', params);
}

/** The complaint list, paged on the server; the previous page stays on screen while the next loads. */
export function useComplaints(params: ComplaintListParams, enabled = true) {
  return useQuery({
    queryKey: complaintKeys.list(params),
    queryFn: () => fetchComplaints(params),
    placeholderData: keepPreviousData,
    enabled,
  });
}
