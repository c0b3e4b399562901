import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../lib/api.ts';

/** A region (行政区划) as the region search answers it. */
export interface Region {
  code: string;
  name: string;
  fullName: string;
}

/** Regions whose name or code matches (a public endpoint: every signed-in user may search). */
export function useRegionSearch(q: string) {
  return useQuery({
    queryKey: ['regions', 'search', q],
    queryFn: () => get<{ items: Region[] }>('/api/regions', { q }),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

/** The region behind a code, to name a value that came from a link, a record or another field. */
export function useRegionNamed(code: string | null | undefined) {
  return useQuery({
    queryKey: ['regions', 'one', code ?? ''],
    queryFn: () => get<Region>(`/api/regions/${encodeURIComponent(code!)}`),
    enabled: Boolean(code),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
