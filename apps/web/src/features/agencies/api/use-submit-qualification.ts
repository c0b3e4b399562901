import type { AgencyDetail } from '@jiandu/contracts/agencies';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { agencyKeys, seg } from './agency-keys.ts';

/** Submits the draft to the supervisor of the same level for confirmation. */
export function submitQualification(orgId: string, input: Record<string, never>): Promise<AgencyDetail> {
  return api<AgencyDetail>('POST', `/api/agencies/${seg(orgId)}/submit`, input);
}

/** Submits, then refreshes the agency and the list. */
export function useSubmitQualification(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Record<string, never>) => submitQualification(orgId, input),
    onSuccess: (detail) => {
      client.setQueryData(agencyKeys.one(orgId), detail);
      return client.invalidateQueries({ queryKey: agencyKeys.all });
    },
  });
}
