import type { WarningAcknowledgeMany, WarningBulkResult } from '@jiandu/contracts/warnings';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { warningKeys } from '../../../components/warnings/keys.ts';
import { api } from '../../../lib/api.ts';

/** Acknowledges the chosen warnings at once (批量确认); those not open or out of reach come back skipped. */
export function acknowledgeWarnings(body: WarningAcknowledgeMany): Promise<WarningBulkResult> {
  return api<WarningBulkResult>('POST', '/api/warnings/acknowledge', body);
}

/** The bulk acknowledgement; the list, counts and any open warning refresh afterwards. */
export function useAcknowledgeWarnings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeWarnings,
    onSuccess: () => client.invalidateQueries({ queryKey: warningKeys.all }),
  });
}
