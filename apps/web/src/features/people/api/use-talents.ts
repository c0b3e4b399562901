import type { Page } from '@jiandu/contracts/paging';
import type { Talent, TalentListQuery } from '@jiandu/contracts/people';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Filters, paging and sorting of the talent pool. */
export type TalentListParams = TalentListQuery & {
  page: number;
  pageSize: number;
  sort?: 'name' | 'entry' | 'level' | 'org' | 'created' | undefined;
  order?: 'asc' | 'desc' | undefined;
};

export function fetchTalents(params: TalentListParams) {
  return get<Page<Talent>>('/api/people/talents', { ...params });
}

/** One page of the talent pool. */
export function useTalents(params: TalentListParams) {
  return useQuery({
    queryKey: [...peopleKeys.talents, 'list', params],
    queryFn: () => fetchTalents(params),
    placeholderData: keepPreviousData,
  });
}
