import type { CaseDetail } from '@jiandu/contracts/cases';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { caseKeys, seg } from './keys.ts';

/** Publishes the case's decision on the portal for the period the table sets. */
export function publishCase(id: string): Promise<CaseDetail> {
  return api<CaseDetail>('POST', `/api/cases/${seg(id)}/publication`);
}

/** Publishes and shows the case with its publication. */
export function usePublishCase(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => publishCase(id),
    onSuccess: (detail) => {
      client.setQueryData(caseKeys.one(id), detail);
      return client.invalidateQueries({ queryKey: ['cases', 'list'] });
    },
  });
}
