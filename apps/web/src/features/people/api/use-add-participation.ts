import type { Participation, ParticipationCreate } from '@jiandu/contracts/people';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Records an activity in a supervisor's log. */
export function addParticipation(id: string, input: ParticipationCreate) {
  return api<Participation>('POST', `/api/people/invited-supervisors/${id}/participations`, input);
}

export function useAddParticipation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ParticipationCreate }) => addParticipation(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.supervisors }),
  });
}
