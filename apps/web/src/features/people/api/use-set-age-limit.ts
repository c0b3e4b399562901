import type { AgeLimit, AgeLimitUpdate } from '@jiandu/contracts/people';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Sets a region's own age limits. */
export function setAgeLimit(regionCode: string, input: AgeLimitUpdate) {
  return api<AgeLimit>('PUT', `/api/people/age-limits/${regionCode}`, input);
}

export function useSetAgeLimit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ regionCode, input }: { regionCode: string; input: AgeLimitUpdate }) =>
      setAgeLimit(regionCode, input),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.ageLimits }),
  });
}
