import type { Org } from '@jiandu/contracts/orgs';
import type { Page } from '@jiandu/contracts/paging';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { caseKeys } from './keys.ts';

/** The first agencies in the user's scope, enough to tell whether there is exactly one. */
export function fetchCaseAgencies(): Promise<Page<Org>> {
  return get<Page<Org>>('/api/orgs', { kind: 'agency', status: 'active', pageSize: 2, sort: 'sort' });
}

/** The agency to preselect when opening a case: the only one the user acts for, else none. */
export function useOnlyAgency(enabled: boolean) {
  const query = useQuery({
    queryKey: caseKeys.agencies,
    queryFn: fetchCaseAgencies,
    enabled,
    staleTime: 5 * 60_000,
  });
  const only = query.data?.total === 1 ? query.data.items[0] : undefined;
  return { only, loading: enabled && query.isLoading };
}
