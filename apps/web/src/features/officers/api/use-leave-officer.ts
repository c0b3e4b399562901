import type { Officer } from '@jiandu/contracts/officers';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

/** Leaving enforcement work (离岗): the date and the reason (`OfficerLeaveSchema`). */
export interface OfficerLeave {
  effectiveDate: string;
  reason: string;
}

/** Records that an officer left; the server cancels their valid and suspended certificates. */
export function leaveOfficer(id: string, input: OfficerLeave): Promise<Officer> {
  return api<Officer>('POST', `/api/officers/${seg(id)}/leave`, input);
}

/** Records a leave, then refreshes everything. */
export function useLeaveOfficer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: OfficerLeave }) => leaveOfficer(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: officerKeys.all }),
  });
}
