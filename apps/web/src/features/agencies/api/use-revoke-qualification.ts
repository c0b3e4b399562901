import type { AgencyDetail } from '@jiandu/contracts/agencies';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { agencyKeys, seg } from './agency-keys.ts';

/** Revokes the qualification in force (撤销), with reason and effective date. */
export function revokeQualification(
  orgId: string,
  input: { reason: string; effectiveDate: string },
): Promise<AgencyDetail> {
  return api<AgencyDetail>('POST', `/api/agencies/${seg(orgId)}/revoke`, input);
}

/** Revokes, then refreshes the agency and the list. */
export function useRevokeQualification(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { reason: string; effectiveDate: string }) => revokeQualification(orgId, input),
    onSuccess: (detail) => {
      client.setQueryData(agencyKeys.one(orgId), detail);
      return client.invalidateQueries({ queryKey: agencyKeys.all });
    },
  });
}
