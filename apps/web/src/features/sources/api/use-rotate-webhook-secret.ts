import type { SourceWebhookSecret } from '@jiandu/contracts/sources';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Replaces a webhook's signing secret; the old one stops verifying at once. */
export function useRotateWebhookSecret() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<SourceWebhookSecret>('POST', `/api/sources/${encodeURIComponent(id)}/webhook/rotate`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sources'] }),
  });
}
