import type { AgeLimit } from '@jiandu/contracts/people';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Removes a region's own age limits, so it inherits again. */
export function clearAgeLimit(regionCode: string) {
  return api<AgeLimit>('DELETE', `/api/people/age-limits/${regionCode}`);
}

export function useClearAgeLimit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: clearAgeLimit,
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.ageLimits }),
  });
}
