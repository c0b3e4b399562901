import type { Org, OrgKind } from '@jiandu/contracts/orgs';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { orgKeys } from './org-keys.ts';

/** The filters of the org list (also what the export takes). */
export type OrgFilters = {
  q?: string | undefined;
  parentId?: string | undefined;
  kind?: OrgKind | undefined;
  status?: 'active' | 'disabled' | undefined;
  regionCode?: string | undefined;
};

/** One page request of the org list. */
export type OrgListQuery = OrgFilters & {
  page: number;
  pageSize: number;
  sort?: 'name' | 'region' | 'created' | 'sort' | undefined;
  order?: 'asc' | 'desc' | undefined;
};

/** One page of the orgs in the user's data scope. */
export function fetchOrgs(query: OrgListQuery): Promise<Page<Org>> {
  return get<Page<Org>>('/api/orgs', query);
}

/** The org list, paged and sorted on the server; the previous page stays on screen while the next loads. */
export function useOrgs(query: OrgListQuery, enabled = true) {
  return useQuery({
    queryKey: orgKeys.list(query),
    queryFn: () => fetchOrgs(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}
