import type { SourceSystem } from '@jiandu/contracts/sources';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Revokes a source system's token for good. */
export function useRevokeSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<SourceSystem>('POST', `/api/sources/${encodeURIComponent(id)}/revoke`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sources'] }),
  });
}
