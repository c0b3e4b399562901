import type { SourceWebhookSecret } from '@jiandu/contracts/sources';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Sets a source's webhook address; the answer carries a new signing secret, the only time it is visible. */
export function useSetWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, url }: { id: string; url: string }) =>
      api<SourceWebhookSecret>('PUT', `/api/sources/${encodeURIComponent(id)}/webhook`, { url }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sources'] }),
  });
}
