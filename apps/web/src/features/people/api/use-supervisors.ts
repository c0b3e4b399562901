import type { Page } from '@jiandu/contracts/paging';
import type { InvitedSupervisor, InvitedSupervisorListQuery } from '@jiandu/contracts/people';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Filters, paging and sorting of the invited supervisor list. */
export type SupervisorListParams = Omit<InvitedSupervisorListQuery, 'idNumber'> & {
  page: number;
  pageSize: number;
  sort?: 'name' | 'category' | 'term' | 'org' | 'created' | undefined;
  order?: 'asc' | 'desc' | undefined;
};

/** One page of invited supervisors. */
export function fetchSupervisors(params: SupervisorListParams) {
  return get<Page<InvitedSupervisor>>('/api/people/invited-supervisors', { ...params });
}

/** The invited supervisor list; the previous page stays while the next one loads. */
export function useSupervisors(params: SupervisorListParams) {
  return useQuery({
    queryKey: [...peopleKeys.supervisors, 'list', params],
    queryFn: () => fetchSupervisors(params),
    placeholderData: keepPreviousData,
  });
}
