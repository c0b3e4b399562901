import type { InvitedSupervisor, InvitedSupervisorUpdate } from '@jiandu/contracts/people';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { peopleKeys } from './keys.ts';

/** Edits an appointment; absent fields stay as they are. */
export function updateSupervisor(id: string, changes: InvitedSupervisorUpdate) {
  return api<InvitedSupervisor>('PATCH', `/api/people/invited-supervisors/${id}`, changes);
}

export function useUpdateSupervisor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: InvitedSupervisorUpdate }) =>
      updateSupervisor(id, changes),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.supervisors }),
  });
}
