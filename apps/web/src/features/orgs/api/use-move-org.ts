import type { Org } from '@jiandu/contracts/orgs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { orgKeys } from './org-keys.ts';

/** Moves an org, with everything under it, below a new parent. */
export function moveOrg(id: string, parentId: string): Promise<Org> {
  return api<Org>('POST', `/api/orgs/${encodeURIComponent(id)}/move`, { parentId });
}

/** Moves an org, then refreshes the table and the tree (both the old and the new parent change). */
export function useMoveOrg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, parentId }: { id: string; parentId: string }) => moveOrg(id, parentId),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
