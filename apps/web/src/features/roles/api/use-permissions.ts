import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import type { PermissionEntry } from '../permission-groups.ts';

/** The permission catalogue with Chinese labels, as the server knows it. */
export function fetchPermissions() {
  return get<PermissionEntry[]>('/api/permissions');
}

/** The permission catalogue (it changes only with a release). */
export function usePermissions() {
  return useQuery({
    queryKey: ['roles', 'permissions'],
    queryFn: fetchPermissions,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
