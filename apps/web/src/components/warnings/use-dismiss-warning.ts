import type { WarningDetail, WarningDismiss } from '@jiandu/contracts/warnings';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { seg, warningKeys } from './keys.ts';

/** Dismisses one warning (排除) as a false positive or as justified, with the reason written out. */
export function dismissWarning(id: string, body: WarningDismiss): Promise<WarningDetail> {
  return api<WarningDetail>('POST', `/api/warnings/${seg(id)}/dismiss`, body);
}

/** The dismissal; the rules' quality changes with it, so everything under warnings is refreshed. */
export function useDismissWarning(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: WarningDismiss) => dismissWarning(id, body),
    onSuccess: (detail) => {
      client.setQueryData(warningKeys.one(id), detail);
      return client.invalidateQueries({ queryKey: warningKeys.all });
    },
  });
}
