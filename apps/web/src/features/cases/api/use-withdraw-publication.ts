import type { CaseDetail } from '@jiandu/contracts/cases';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { caseKeys, seg } from './keys.ts';

/** Takes the case's publication off the portal (撤下), with the reason recorded. */
export function withdrawPublication(id: string, reason: string): Promise<CaseDetail> {
  return api<CaseDetail>('POST', `/api/cases/${seg(id)}/publication/withdraw`, { reason });
}

/** Withdraws and shows the case as it now stands. */
export function useWithdrawPublication(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => withdrawPublication(id, reason),
    onSuccess: (detail) => {
      client.setQueryData(caseKeys.one(id), detail);
      return client.invalidateQueries({ queryKey: ['cases', 'list'] });
    },
  });
}
