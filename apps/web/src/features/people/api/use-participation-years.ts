import type { ParticipationYear } from '@jiandu/contracts/people';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** How often a supervisor took part, per year and kind. */
export function fetchParticipationYears(id: string) {
  return get<ParticipationYear[]>(`/api/people/invited-supervisors/${id}/participations/yearly`);
}

export function useParticipationYears(id: string) {
  return useQuery({
    queryKey: [...peopleKeys.participations(id), 'yearly'],
    queryFn: () => fetchParticipationYears(id),
  });
}
