import type { User } from '@jiandu/contracts/identity';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** The columns the server sorts users by. */
export type UserSort = 'username' | 'name' | 'created' | 'login';

/** Filters, paging and sorting of the user list, as the server takes them. */
export interface UserListParams {
  q?: string | undefined;
  orgId?: string | undefined;
  status?: 'active' | 'disabled' | undefined;
  page: number;
  pageSize: number;
  sort?: UserSort | undefined;
  order?: 'asc' | 'desc' | undefined;
}

/** The cache key every user query starts with, so a change can refresh them all. */
export const USERS_KEY = ['users'] as const;

/** One page of the accounts the signed-in user may see. */
export function fetchUsers(params: UserListParams): Promise<Page<User>> {
  return get<Page<User>>('/api/users', { ...params });
}

/** The user list; the previous page stays on screen while the next one loads. */
export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: [...USERS_KEY, 'list', params],
    queryFn: () => fetchUsers(params),
    placeholderData: keepPreviousData,
  });
}
