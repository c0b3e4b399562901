import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { caseKeys, seg } from './keys.ts';
import type { RegionOption } from './use-region-options.ts';

/** One region by code, to name the region a list link or a reload brought in. */
export function fetchRegion(code: string) {
  return get<RegionOption>(`/api/regions/${seg(code)}`);
}

/** The region behind a code (skipped while there is none). */
export function useRegion(code: string | undefined) {
  return useQuery({
    queryKey: caseKeys.region(code ?? ''),
    queryFn: () => fetchRegion(code!),
    enabled: Boolean(code),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
