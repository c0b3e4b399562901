import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** A region as the search answers it. */
export interface RegionOption {
  code: string;
  name: string;
  fullName: string;
  level: string;
}

/** Regions matching a name or code prefix (at most 50). */
export function searchRegions(q: string) {
  return get<{ items: RegionOption[] }>('/api/regions', { q });
}

/** Region search for the scope picker. */
export function useRegionOptions(q: string) {
  return useQuery({
    queryKey: ['users', 'region-options', q],
    queryFn: () => searchRegions(q),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}
