import type { Org } from '@jiandu/contracts/orgs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { orgKeys } from './org-keys.ts';

/** Disables or re-enables an org (the server refuses to disable one with active orgs under it). */
export function setOrgStatus(id: string, status: Org['status']): Promise<Org> {
  const action = status === 'disabled' ? 'disable' : 'enable';
  return api<Org>('POST', `/api/orgs/${encodeURIComponent(id)}/${action}`);
}

/** Disables or enables an org, then refreshes the table and the tree. */
export function useSetOrgStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: Org['status'] }) => setOrgStatus(id, status),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
