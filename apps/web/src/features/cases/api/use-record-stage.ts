import type { CaseStage } from '@jiandu/contracts/case-handling';
import type { CaseDetail } from '@jiandu/contracts/cases';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { caseKeys, seg } from './keys.ts';

/** Records one stage of a native case as its next version (refused when the law forbids it). */
export function recordStage(id: string, input: CaseStage): Promise<CaseDetail> {
  return api<CaseDetail>('POST', `/api/cases/${seg(id)}/stages`, input);
}

/** Records the stage and shows the case as the server now has it. */
export function useRecordStage(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CaseStage) => recordStage(id, input),
    onSuccess: (detail) => {
      client.setQueryData(caseKeys.one(id), detail);
      return client.invalidateQueries({ queryKey: ['cases', 'list'] });
    },
  });
}
