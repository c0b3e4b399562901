import type { Talent, TalentCreate } from '@jiandu/contracts/people';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Adds someone to the talent pool. */
export function createTalent(input: TalentCreate) {
  return api<Talent>('POST', '/api/people/talents', input);
}

export function useCreateTalent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createTalent,
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.talents }),
  });
}
