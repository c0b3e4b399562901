import type { Role } from '@jiandu/contracts/identity';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** The cache key of the role list, refreshed after every role change. */
export const ROLES_KEY = ['roles', 'list'] as const;

/** Every role with its permissions. */
export function fetchRoles() {
  return get<Role[]>('/api/roles');
}

/** The role list. */
export function useRoles() {
  return useQuery({ queryKey: ROLES_KEY, queryFn: fetchRoles });
}
