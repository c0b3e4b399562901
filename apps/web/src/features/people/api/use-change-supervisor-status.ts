import type { InvitedSupervisor, InvitedSupervisorStatusChange } from '@jiandu/contracts/people';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Ends a term early, dismisses or reinstates an invited supervisor. */
export function changeSupervisorStatus(id: string, change: InvitedSupervisorStatusChange) {
  return api<InvitedSupervisor>('POST', `/api/people/invited-supervisors/${id}/status`, change);
}

export function useChangeSupervisorStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: InvitedSupervisorStatusChange }) =>
      changeSupervisorStatus(id, change),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.supervisors }),
  });
}
