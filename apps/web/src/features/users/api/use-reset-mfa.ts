import type { User } from '@jiandu/contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { USERS_KEY } from './use-users.ts';

/** Removes an account's authenticator (lost phone), so it binds a new one at next sign-in. */
export function resetMfa(id: string) {
  return api<User>('POST', `/api/users/${id}/reset-mfa`);
}

/** Resetting the second factor, refreshing the list afterwards. */
export function useResetMfa() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: resetMfa,
    onSuccess: () => client.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
