import type { Talent, TalentUpdate } from '@jiandu/contracts/people';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Edits or withdraws a talent pool entry. */
export function updateTalent(id: string, changes: TalentUpdate) {
  return api<Talent>('PATCH', `/api/people/talents/${id}`, changes);
}

export function useUpdateTalent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: TalentUpdate }) => updateTalent(id, changes),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.talents }),
  });
}
