import type { Org, OrgCreate } from '@jiandu/contracts/orgs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { orgKeys } from './org-keys.ts';

/** Creates an org (201 with the new org). */
export function createOrg(input: OrgCreate): Promise<Org> {
  return api<Org>('POST', '/api/orgs', input);
}

/** Creates an org, then refreshes the table and the tree. */
export function useCreateOrg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createOrg,
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
