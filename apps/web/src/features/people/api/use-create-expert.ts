import type { Expert, ExpertCreate } from '@jiandu/contracts/people';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Adds an expert to a pool. */
export function createExpert(input: ExpertCreate) {
  return api<Expert>('POST', '/api/people/experts', input);
}

export function useCreateExpert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createExpert,
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.experts }),
  });
}
