import type { Expert } from '@jiandu/contracts/people';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Removes a recorded conflict. */
export function removeConflict(id: string, conflictId: string) {
  return api<Expert>('DELETE', `/api/people/experts/${id}/conflicts/${conflictId}`);
}

export function useRemoveConflict() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, conflictId }: { id: string; conflictId: string }) => removeConflict(id, conflictId),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.experts }),
  });
}
