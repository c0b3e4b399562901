import type { Role } from '@jiandu/contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { ROLES_KEY } from './use-roles.ts';

/** What can change on a business role (its code cannot). */
export interface RoleUpdateInput {
  name: string;
  description: string;
  permissions: string[];
}

/** Replaces a business role's name, description and permissions. */
export function updateRole(id: string, input: RoleUpdateInput) {
  return api<Role>('PUT', `/api/roles/${id}`, input);
}

/** Editing a role, refreshing the list afterwards. */
export function useUpdateRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: RoleUpdateInput }) => updateRole(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ROLES_KEY }),
  });
}
