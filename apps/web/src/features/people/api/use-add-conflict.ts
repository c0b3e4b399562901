import type { Expert, ExpertConflictCreate } from '@jiandu/contracts/people';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Records an org an expert must not review. */
export function addConflict(id: string, input: ExpertConflictCreate) {
  return api<Expert>('POST', `/api/people/experts/${id}/conflicts`, input);
}

export function useAddConflict() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ExpertConflictCreate }) => addConflict(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.experts }),
  });
}
