import type { RegionList } from '@jiandu/contracts/regions';
import { queryOptions } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** The regions directly under one region (a cascader level), cached for the session. */
export function regionChildrenQuery(code: string) {
  return queryOptions({
    queryKey: ['regions', 'children', code],
    queryFn: () => get<RegionList>(`/api/regions/${encodeURIComponent(code)}/children`),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
