import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { UserListParams } from './use-users.ts';

/** Downloads the filtered user list as xlsx (masked as on screen). */
export function exportUsers(filter: Pick<UserListParams, 'q' | 'orgId' | 'status'>) {
  return download('/api/users/export', { q: filter.q, orgId: filter.orgId, status: filter.status });
}

/** The export, with its pending state for the button. */
export function useExportUsers() {
  return useMutation({ mutationFn: exportUsers });
}
