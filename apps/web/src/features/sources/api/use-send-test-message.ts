import type { SourceDelivery } from '@jiandu/contracts/sources';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Queues a `ping` to a source's webhook, so its integrator can check their signature code. */
export function useSendTestMessage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<SourceDelivery>('POST', `/api/sources/${encodeURIComponent(id)}/webhook/test`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sources', 'deliveries'] }),
  });
}
