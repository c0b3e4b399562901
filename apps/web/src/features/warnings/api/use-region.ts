import { useQuery } from '@tanstack/react-query';
import { seg } from '../../../components/warnings/keys.ts';
import { get } from '../../../lib/api.ts';
import type { RegionOption } from './use-region-options.ts';

/** One region by code, to name a region a link, a reload or a stored setting brought in. */
export function fetchRegion(code: string) {
  return get<RegionOption>(`/api/regions/${seg(code)}`);
}

/** The region behind a code (skipped while there is none). */
export function useRegion(code: string | null | undefined) {
  return useQuery({
    queryKey: ['warnings-region', code ?? ''],
    queryFn: () => fetchRegion(code!),
    enabled: Boolean(code),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
