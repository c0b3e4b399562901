import type { SourceDelivery } from '@jiandu/contracts/sources';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Sends a dead or pending message again now, with a fresh schedule of attempts. */
export function useRetryDelivery() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) =>
      api<SourceDelivery>('POST', `/api/sources/deliveries/${encodeURIComponent(messageId)}/retry`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sources', 'deliveries'] }),
  });
}
