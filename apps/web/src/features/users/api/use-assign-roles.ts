import type { RoleAssignment, User } from '@jiandu/contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { USERS_KEY } from './use-users.ts';

/** Replaces every role assignment of an account (security administrator). */
export function assignRoles(id: string, assignments: RoleAssignment[]) {
  return api<User>('PUT', `/api/users/${id}/roles`, { assignments });
}

/** Assigning roles, refreshing the list afterwards. */
export function useAssignRoles() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, assignments }: { id: string; assignments: RoleAssignment[] }) =>
      assignRoles(id, assignments),
    onSuccess: () => client.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
