import type { Org } from '@jiandu/contracts/orgs';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** Orgs whose name matches, for a searchable picker (first 20). */
export function searchOrgs(q: string) {
  return get<Page<Org>>('/api/orgs', { q, pageSize: 20 });
}

/** Org search for pickers; off when the viewer may not read orgs. */
export function useOrgOptions(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'org-options', q],
    queryFn: () => searchOrgs(q),
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
