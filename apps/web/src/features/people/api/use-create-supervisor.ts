import type { InvitedSupervisor, InvitedSupervisorCreate } from '@jiandu/contracts/people';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Appoints an invited supervisor (the server checks the age limit at the term start). */
export function createSupervisor(input: InvitedSupervisorCreate) {
  return api<InvitedSupervisor>('POST', '/api/people/invited-supervisors', input);
}

export function useCreateSupervisor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createSupervisor,
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.supervisors }),
  });
}
