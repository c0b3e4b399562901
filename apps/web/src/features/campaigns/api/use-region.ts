import type { RegionDetail } from '@jiandu/contracts/regions';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { seg } from './keys.ts';

/** One region by code, to name a campaign's region. */
export function fetchRegion(code: string): Promise<RegionDetail> {
  return get<RegionDetail>(`/api/regions/${seg(code)}`);
}

/** The region behind a code. */
export function useRegion(code: string) {
  return useQuery({
    queryKey: ['campaigns', 'region', code],
    queryFn: () => fetchRegion(code),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
