import type { WarningContest, WarningDetail } from '@jiandu/contracts/warnings';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { seg, warningKeys } from './keys.ts';

/** The agency's objection to a warning about its own act (提出异议), with the facts and reasons. */
export function contestWarning(id: string, body: WarningContest): Promise<WarningDetail> {
  return api<WarningDetail>('POST', `/api/warnings/${seg(id)}/contest`, body);
}

/** The objection; the warning then shows it to the supervisors. */
export function useContestWarning(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: WarningContest) => contestWarning(id, body),
    onSuccess: (detail) => {
      client.setQueryData(warningKeys.one(id), detail);
      return client.invalidateQueries({ queryKey: warningKeys.all });
    },
  });
}
