import type { Officer } from '@jiandu/contracts/officers';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

/** A transfer (调动): the new org and post from a date, with the reason (`OfficerTransferSchema`). */
export interface OfficerTransfer {
  orgId: string;
  post: string;
  effectiveDate: string;
  reason: string;
}

/** Moves an officer to another org; the earlier post stays in the history. */
export function transferOfficer(id: string, input: OfficerTransfer): Promise<Officer> {
  return api<Officer>('POST', `/api/officers/${seg(id)}/transfer`, input);
}

/** Transfers an officer, then refreshes everything (certificates follow the officer's org). */
export function useTransferOfficer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: OfficerTransfer }) => transferOfficer(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: officerKeys.all }),
  });
}
