import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** A region as the search answers it. */
export interface RegionOption {
  code: string;
  name: string;
  fullName: string;
}

/** Regions matching a name or code prefix. */
export function searchRegions(q: string) {
  return get<{ items: RegionOption[] }>('/api/regions', { q });
}

/** Region search for the centre's region filter and the parameter form. */
export function useRegionOptions(q: string) {
  return useQuery({
    queryKey: ['warnings-regions', q],
    queryFn: () => searchRegions(q),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}
