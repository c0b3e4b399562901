import type { WarningAcknowledge, WarningDetail } from '@jiandu/contracts/warnings';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { seg, warningKeys } from './keys.ts';

/** Acknowledges one open warning (确认), with an optional note. */
export function acknowledgeWarning(id: string, body: WarningAcknowledge): Promise<WarningDetail> {
  return api<WarningDetail>('POST', `/api/warnings/${seg(id)}/acknowledge`, body);
}

/** The acknowledgement; the warning, the lists and the counts show it afterwards. */
export function useAcknowledgeWarning(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: WarningAcknowledge) => acknowledgeWarning(id, body),
    onSuccess: (detail) => {
      client.setQueryData(warningKeys.one(id), detail);
      return client.invalidateQueries({ queryKey: warningKeys.all });
    },
  });
}
