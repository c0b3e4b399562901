import type { Page } from '@jiandu/contracts/paging';
import type { WARNING_SORTS, WarningListQuery, WarningSummary } from '@jiandu/contracts/warnings';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { warningKeys } from '../../../components/warnings/keys.ts';
import { get } from '../../../lib/api.ts';

/** The filters of the warning centre (also what its counts and export take). */
export type WarningFilters = Omit<WarningListQuery, 'caseId'>;

/** A server sort of the warning list. */
export type WarningSort = (typeof WARNING_SORTS)[number];

/** One page request of the warning list. */
export type WarningListParams = WarningFilters & {
  page: number;
  pageSize: number;
  sort?: WarningSort | undefined;
  order?: 'asc' | 'desc' | undefined;
};

/** One page of the warnings in the user's data scope. */
export function fetchWarnings(params: WarningListParams): Promise<Page<WarningSummary>> {
  return get<Page<WarningSummary>>('/api/warnings', params);
}

/** The warning list, paged on the server; the previous page stays on screen while the next loads. */
export function useWarnings(params: WarningListParams) {
  return useQuery({
    queryKey: warningKeys.list(params),
    queryFn: () => fetchWarnings(params),
    placeholderData: keepPreviousData,
  });
}
