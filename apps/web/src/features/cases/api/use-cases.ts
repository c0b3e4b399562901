import type { CASE_SORTS, CaseListQuery, CaseSummary } from '@jiandu/contracts/cases';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { caseKeys } from './keys.ts';

/** The filters of the case list (also what the export takes). */
export type CaseFilters = CaseListQuery;

/** A server sort of the case list. */
export type CaseSort = (typeof CASE_SORTS)[number];

/** One page request of the case list. */
export type CaseListParams = CaseFilters & {
  page: number;
  pageSize: number;
  sort?: CaseSort | undefined;
  order?: 'asc' | 'desc' | undefined;
};

/** One page of the cases in the user's data scope. */
export function fetchCases(params: CaseListParams): Promise<Page<CaseSummary>> {
  return get<Page<CaseSummary>>('/api/cases', params);
}

/** The case list, paged on the server; the previous page stays on screen while the next loads. */
export function useCases(params: CaseListParams) {
  return useQuery({
    queryKey: caseKeys.list(params),
    queryFn: () => fetchCases(params),
    placeholderData: keepPreviousData,
  });
}
