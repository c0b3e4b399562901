import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Removes a wrongly entered activity. */
export function removeParticipation(id: string, participationId: string) {
  return api<void>('DELETE', `/api/people/invited-supervisors/${id}/participations/${participationId}`);
}

export function useRemoveParticipation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, participationId }: { id: string; participationId: string }) =>
      removeParticipation(id, participationId),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.supervisors }),
  });
}
