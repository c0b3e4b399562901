import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { ROLES_KEY } from './use-roles.ts';

/** Deletes a business role nobody holds. */
export function deleteRole(id: string) {
  return api<void>('DELETE', `/api/roles/${id}`);
}

/** Deleting a role, refreshing the list afterwards. */
export function useDeleteRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: deleteRole,
    onSuccess: () => client.invalidateQueries({ queryKey: ROLES_KEY }),
  });
}
