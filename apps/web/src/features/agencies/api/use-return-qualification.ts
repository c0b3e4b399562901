import type { AgencyDetail } from '@jiandu/contracts/agencies';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { agencyKeys, seg } from './agency-keys.ts';

/** Returns a submitted version to the agency (退回), with the reason. */
export function returnQualification(orgId: string, input: { reason: string }): Promise<AgencyDetail> {
  return api<AgencyDetail>('POST', `/api/agencies/${seg(orgId)}/return`, input);
}

/** Returns, then refreshes the agency and the list. */
export function useReturnQualification(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { reason: string }) => returnQualification(orgId, input),
    onSuccess: (detail) => {
      client.setQueryData(agencyKeys.one(orgId), detail);
      return client.invalidateQueries({ queryKey: agencyKeys.all });
    },
  });
}
