import type { Org, OrgCreate } from '@jiandu/contracts/orgs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { orgKeys } from './org-keys.ts';

/** The fields of an org that can be edited in place (moving is separate). */
export type OrgChanges = Partial<Omit<OrgCreate, 'parentId'>>;

/** Edits an org's own fields. */
export function updateOrg(id: string, changes: OrgChanges): Promise<Org> {
  return api<Org>('PATCH', `/api/orgs/${encodeURIComponent(id)}`, changes);
}

/** Edits an org, then refreshes the table and the tree. */
export function useUpdateOrg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: OrgChanges }) => updateOrg(id, changes),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
