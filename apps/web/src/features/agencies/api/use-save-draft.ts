import type { AgencyDetail, QualificationDraft } from '@jiandu/contracts/agencies';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { agencyKeys, seg } from './agency-keys.ts';

/** Creates the agency's draft or edits the one in progress. */
export function saveDraft(orgId: string, draft: QualificationDraft): Promise<AgencyDetail> {
  return api<AgencyDetail>('PUT', `/api/agencies/${seg(orgId)}/draft`, draft);
}

/** Saves the draft, then refreshes the agency and the list. */
export function useSaveDraft(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (draft: QualificationDraft) => saveDraft(orgId, draft),
    onSuccess: (detail) => {
      client.setQueryData(agencyKeys.one(orgId), detail);
      return client.invalidateQueries({ queryKey: agencyKeys.all });
    },
  });
}
