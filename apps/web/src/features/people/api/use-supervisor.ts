import type { InvitedSupervisor } from '@jiandu/contracts/people';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** One invited supervisor. */
export function fetchSupervisor(id: string) {
  return get<InvitedSupervisor>(`/api/people/invited-supervisors/${id}`);
}

/** One invited supervisor, fresh after every change. */
export function useSupervisor(id: string | undefined) {
  return useQuery({
    queryKey: peopleKeys.supervisor(id ?? ''),
    queryFn: () => fetchSupervisor(id!),
    enabled: !!id,
  });
}
