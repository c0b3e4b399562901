import type { Expert, ExpertUpdate } from '@jiandu/contracts/people';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Edits an expert, including availability. */
export function updateExpert(id: string, changes: ExpertUpdate) {
  return api<Expert>('PATCH', `/api/people/experts/${id}`, changes);
}

export function useUpdateExpert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: ExpertUpdate }) => updateExpert(id, changes),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.experts }),
  });
}
