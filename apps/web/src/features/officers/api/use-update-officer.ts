import type { Officer, OfficerCreate } from '@jiandu/contracts/officers';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

/** What an edit may change (`OfficerUpdateSchema`): not the org (a transfer) nor the ID number. */
export type OfficerChanges = Partial<Omit<OfficerCreate, 'orgId' | 'idNumber'>>;

/** Edits an officer's own fields. */
export function updateOfficer(id: string, changes: OfficerChanges): Promise<Officer> {
  return api<Officer>('PATCH', `/api/officers/${seg(id)}`, changes);
}

/** Edits an officer, then refreshes the lists and the detail. */
export function useUpdateOfficer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: OfficerChanges }) => updateOfficer(id, changes),
    onSuccess: () => client.invalidateQueries({ queryKey: officerKeys.all }),
  });
}
