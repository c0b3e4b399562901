import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** An org as the picker shows it. */
export interface OrgOption {
  id: string;
  name: string;
  creditCode: string | null;
}

/** The first 20 orgs in the user's scope matching a name or credit code, for binding to a source. */
export function useOrgSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['sources', 'org-search', q],
    queryFn: () => get<{ items: OrgOption[] }>('/api/orgs', { q: q.trim(), pageSize: 20 }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
