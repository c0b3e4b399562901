import type { Org, OrgKind } from '@jiandu/contracts/orgs';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../lib/api.ts';

/** Orgs in the viewer's scope whose name matches, optionally of one kind (first 30). */
export function searchOrgs(q: string, kind?: OrgKind) {
  return get<Page<Org>>('/api/orgs', { q, kind, pageSize: 30, sort: 'sort', status: 'active' });
}

/** Org search for the shared org picker; off when the viewer may not read orgs. */
export function useOrgOptions(q: string, kind: OrgKind | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['org-options', kind ?? 'any', q],
    queryFn: () => searchOrgs(q, kind),
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
