import type { Participation } from '@jiandu/contracts/people';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** A supervisor's participation log, newest first, optionally of one year. */
export function fetchParticipations(id: string, year?: number) {
  return get<Participation[]>(`/api/people/invited-supervisors/${id}/participations`, { year });
}

export function useParticipations(id: string, year?: number) {
  return useQuery({
    queryKey: [...peopleKeys.participations(id), 'list', year ?? 'all'],
    queryFn: () => fetchParticipations(id, year),
  });
}
