import type { User } from '@jiandu/contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { USERS_KEY } from './use-users.ts';

/** Clears a lockout after too many wrong passwords. */
export function unlockUser(id: string) {
  return api<User>('POST', `/api/users/${id}/unlock`);
}

/** Unlocking an account, refreshing the list afterwards. */
export function useUnlockUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: unlockUser,
    onSuccess: () => client.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
