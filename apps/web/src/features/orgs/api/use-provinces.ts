import type { RegionList } from '@jiandu/contracts/regions';
import { queryOptions } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** The provinces loaded on this server (the top of a region cascader without a narrower start). */
export function provincesQuery() {
  return queryOptions({
    queryKey: ['regions', 'provinces'],
    queryFn: () => get<RegionList>('/api/regions', { level: 'province' }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
