import type { Org } from '@jiandu/contracts/orgs';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { seg } from './keys.ts';

/** One org (its region above all), as the org tree shows it. */
export function fetchOrg(id: string): Promise<Org> {
  return get<Org>(`/api/orgs/${seg(id)}`);
}

/** The organising bureau, to default the campaign's region to its own (skipped without org.read). */
export function useOrg(id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['campaigns', 'org', id ?? ''],
    queryFn: () => fetchOrg(id!),
    enabled: enabled && Boolean(id),
    staleTime: 5 * 60_000,
  });
}
