import type { Region, RegionDetail, RegionList } from '@jiandu/contracts/regions';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { seg } from './keys.ts';

/**
 * The regions a bureau's campaign may cover: its own region and the county-level (6-digit) regions
 * directly below it (a city bureau's districts); townships are not campaign regions.
 */
export async function fetchRegionChoices(code: string): Promise<Region[]> {
  const [own, children] = await Promise.all([
    get<RegionDetail>(`/api/regions/${seg(code)}`),
    get<RegionList>(`/api/regions/${seg(code)}/children`),
  ]);
  return [own, ...children.items].filter((r) => /^\d{6}$/.test(r.code));
}

/** The campaign regions of the bureau's region (none until it is known). */
export function useRegionChoices(code: string | undefined) {
  return useQuery({
    queryKey: ['campaigns', 'regions', code ?? ''],
    queryFn: () => fetchRegionChoices(code!),
    enabled: Boolean(code),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
