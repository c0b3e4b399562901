import type { CaseOpen } from '@jiandu/contracts/case-handling';
import type { CaseDetail } from '@jiandu/contracts/cases';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { caseKeys } from './keys.ts';

/** Opens a case handled in Jiandu (立案); refused with the rules broken when the law does not allow it. */
export function openCase(input: CaseOpen): Promise<CaseDetail> {
  return api<CaseDetail>('POST', '/api/cases', input);
}

/** Opens the case, keeps its page ready and refreshes the list. */
export function useOpenCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: openCase,
    onSuccess: (detail) => {
      client.setQueryData(caseKeys.one(detail.summary.id), detail);
      return client.invalidateQueries({ queryKey: ['cases', 'list'] });
    },
  });
}
