import type { SourceSystem } from '@jiandu/contracts/sources';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Registers a source system bound to orgs; the answer carries its token, the only time it is visible. */
export function useCreateSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; orgIds: string[] }) =>
      api<{ source: SourceSystem; token: string }>('POST', '/api/sources', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sources'] }),
  });
}
