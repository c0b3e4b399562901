import type { Expert } from '@jiandu/contracts/people';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

export function fetchExpert(id: string) {
  return get<Expert>(`/api/people/experts/${id}`);
}

/** One expert with their conflicts. */
export function useExpert(id: string | undefined) {
  return useQuery({
    queryKey: [...peopleKeys.experts, 'one', id ?? ''],
    queryFn: () => fetchExpert(id!),
    enabled: !!id,
  });
}
