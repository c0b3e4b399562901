import type { Role } from '@jiandu/contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { ROLES_KEY } from './use-roles.ts';

/** What the role form sends for a new business role. */
export interface RoleCreateInput {
  code: string;
  name: string;
  description: string;
  permissions: string[];
}

/** Creates a business role. */
export function createRole(input: RoleCreateInput) {
  return api<Role>('POST', '/api/roles', input);
}

/** Creating a role, refreshing the list afterwards. */
export function useCreateRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createRole,
    onSuccess: () => client.invalidateQueries({ queryKey: ROLES_KEY }),
  });
}
