import type { User } from '@jiandu/contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { USERS_KEY } from './use-users.ts';

/** What the account form sends for a new account. */
export interface UserCreateInput {
  username: string;
  displayName: string;
  orgId: string;
  idNumber?: string | null | undefined;
  phone?: string | null | undefined;
}

/** Creates an account; the answer carries the temporary password, shown once. */
export function createUser(input: UserCreateInput) {
  return api<{ user: User; temporaryPassword: string }>('POST', '/api/users', input);
}

/** Creating an account, refreshing the list afterwards. */
export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => client.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
