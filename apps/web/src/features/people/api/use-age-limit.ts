import type { AgeLimit } from '@jiandu/contracts/people';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** The age limits in force for a region (its own, inherited, or the default). */
export function fetchAgeLimit(regionCode: string) {
  return get<AgeLimit>(`/api/people/age-limits/${regionCode}`);
}

export function useAgeLimit(regionCode: string | undefined) {
  return useQuery({
    queryKey: [...peopleKeys.ageLimits, regionCode ?? ''],
    queryFn: () => fetchAgeLimit(regionCode!),
    enabled: !!regionCode,
  });
}
