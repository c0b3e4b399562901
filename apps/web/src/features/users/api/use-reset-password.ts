import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { USERS_KEY } from './use-users.ts';

/** Gives an account a new temporary password (and ends its sessions). */
export function resetPassword(id: string) {
  return api<{ temporaryPassword: string }>('POST', `/api/users/${id}/reset-password`);
}

/** Resetting a password; the list refreshes because the reset also unlocks. */
export function useResetPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: () => client.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
