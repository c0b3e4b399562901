import type { ItemSummary } from '@jiandu/contracts/catalogue';
import type { ItemKind } from '@jiandu/contracts/catalogue-labels';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { caseKeys } from './keys.ts';

/** What the item picker asks for: one agency's published items of a kind, by name or code. */
export interface AgencyItemsQuery {
  agencyId: string | undefined;
  kind: ItemKind | undefined;
  q: string;
}

/** The first 50 published catalogue items of an agency matching the search. */
export function fetchAgencyItems(query: AgencyItemsQuery): Promise<Page<ItemSummary>> {
  return get<Page<ItemSummary>>('/api/items', {
    agencyId: query.agencyId,
    kind: query.kind,
    q: query.q,
    status: 'published',
    pageSize: 50,
    sort: 'code',
  });
}

/** The items a case may be opened under (nothing is asked before an agency is chosen). */
export function useAgencyItems(query: AgencyItemsQuery) {
  return useQuery({
    queryKey: caseKeys.items(query),
    queryFn: () => fetchAgencyItems(query),
    enabled: Boolean(query.agencyId),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
