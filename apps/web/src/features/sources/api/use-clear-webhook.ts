import type { SourceSystem } from '@jiandu/contracts/sources';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Removes a source's webhook; its queued messages wait until an address is set again. */
export function useClearWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<SourceSystem>('DELETE', `/api/sources/${encodeURIComponent(id)}/webhook`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sources'] }),
  });
}
