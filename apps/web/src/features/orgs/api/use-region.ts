import type { RegionDetail } from '@jiandu/contracts/regions';
import { queryOptions } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** One region with its ancestors; the codes change once a year at most, so it is cached for the session. */
export function regionQuery(code: string) {
  return queryOptions({
    queryKey: ['regions', 'one', code],
    queryFn: () => get<RegionDetail>(`/api/regions/${encodeURIComponent(code)}`),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
