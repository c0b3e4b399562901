import type { Role } from '@jiandu/contracts/identity';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** Every role, built-in and custom, to choose from when assigning. */
export function fetchRoles() {
  return get<Role[]>('/api/roles');
}

/** The roles (only asked for when the viewer may read them). */
export function useRoles(enabled = true) {
  return useQuery({ queryKey: ['roles', 'list'], queryFn: fetchRoles, enabled, staleTime: 60_000 });
}
