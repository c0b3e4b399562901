import type { AgencyDetail } from '@jiandu/contracts/agencies';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { agencyKeys, seg } from './agency-keys.ts';

/** Confirms the submitted version from a date (确认). */
export function confirmQualification(
  orgId: string,
  input: { effectiveDate?: string },
): Promise<AgencyDetail> {
  return api<AgencyDetail>('POST', `/api/agencies/${seg(orgId)}/confirm`, input);
}

/** Confirms, then refreshes the agency and the list. */
export function useConfirmQualification(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { effectiveDate?: string }) => confirmQualification(orgId, input),
    onSuccess: (detail) => {
      client.setQueryData(agencyKeys.one(orgId), detail);
      return client.invalidateQueries({ queryKey: agencyKeys.all });
    },
  });
}
