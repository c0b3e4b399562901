import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import type { RegionOption } from './use-region-options.ts';

/** One region by code, to name a scope that was granted earlier. */
export function fetchRegion(code: string) {
  return get<RegionOption>(`/api/regions/${code}`);
}

/** The region behind a code (skipped while there is none). */
export function useRegion(code: string | null | undefined) {
  return useQuery({
    queryKey: ['users', 'region', code],
    queryFn: () => fetchRegion(code!),
    enabled: !!code,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
