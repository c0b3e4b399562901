import type { Org } from '@jiandu/contracts/orgs';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** One org in the viewer's scope (the user's own, to start pickers from it). */
export function fetchOrg(id: string) {
  return get<Org>(`/api/orgs/${id}`);
}

export function useOrg(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['people', 'org', id ?? ''],
    queryFn: () => fetchOrg(id!),
    enabled: enabled && !!id,
    staleTime: 300_000,
  });
}
