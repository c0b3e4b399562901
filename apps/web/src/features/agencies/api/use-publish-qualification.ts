import type { AgencyDetail } from '@jiandu/contracts/agencies';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { agencyKeys, seg } from './agency-keys.ts';

/** Publishes the confirmed version (公告). */
export function publishQualification(
  orgId: string,
  input: { effectiveDate?: string },
): Promise<AgencyDetail> {
  return api<AgencyDetail>('POST', `/api/agencies/${seg(orgId)}/publish`, input);
}

/** Publishes, then refreshes the agency and the list. */
export function usePublishQualification(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { effectiveDate?: string }) => publishQualification(orgId, input),
    onSuccess: (detail) => {
      client.setQueryData(agencyKeys.one(orgId), detail);
      return client.invalidateQueries({ queryKey: agencyKeys.all });
    },
  });
}
