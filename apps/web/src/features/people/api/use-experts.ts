import type { Page } from '@jiandu/contracts/paging';
import type { Expert, ExpertListQuery } from '@jiandu/contracts/people';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Filters, paging and sorting of the expert pool. */
export type ExpertListParams = ExpertListQuery & {
  page: number;
  pageSize: number;
  sort?: 'name' | 'employer' | 'availability' | 'created' | undefined;
  order?: 'asc' | 'desc' | undefined;
};

export function fetchExperts(params: ExpertListParams) {
  return get<Page<Expert>>('/api/people/experts', { ...params });
}

/** One page of the expert pool. */
export function useExperts(params: ExpertListParams) {
  return useQuery({
    queryKey: [...peopleKeys.experts, 'list', params],
    queryFn: () => fetchExperts(params),
    placeholderData: keepPreviousData,
  });
}
