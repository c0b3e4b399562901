import type { Org } from '@jiandu/contracts/orgs';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { orgKeys } from './org-keys.ts';

/** One org by id (404 when it is outside the user's data scope). */
export function fetchOrg(id: string): Promise<Org> {
  return get<Org>(`/api/orgs/${encodeURIComponent(id)}`);
}

/** One org, e.g. to name a picker's value or find a parent's region; idle without an id. */
export function useOrg(id: string | null | undefined) {
  return useQuery({
    queryKey: orgKeys.one(id ?? ''),
    queryFn: () => fetchOrg(id!),
    enabled: Boolean(id),
    staleTime: 60_000,
  });
}
