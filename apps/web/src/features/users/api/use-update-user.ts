import type { User } from '@jiandu/contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { USERS_KEY } from './use-users.ts';

/** The fields of an account that can change; absent ones stay as they are. */
export interface UserUpdateInput {
  displayName?: string | undefined;
  orgId?: string | undefined;
  idNumber?: string | null | undefined;
  phone?: string | null | undefined;
  status?: 'active' | 'disabled' | undefined;
}

/** Edits an account, or enables / disables it. */
export function updateUser(id: string, changes: UserUpdateInput) {
  return api<User>('PATCH', `/api/users/${id}`, changes);
}

/** Editing an account, refreshing the list afterwards. */
export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UserUpdateInput }) => updateUser(id, changes),
    onSuccess: () => client.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
