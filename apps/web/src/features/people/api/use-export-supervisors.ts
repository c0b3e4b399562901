import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { SupervisorListParams } from './use-supervisors.ts';

/** Downloads the filtered invited supervisors as xlsx (masked as on screen). */
export function exportSupervisors({ q, orgId, category, status, termNumber }: SupervisorListParams) {
  return download('/api/people/invited-supervisors/export', { q, orgId, category, status, termNumber });
}

export function useExportSupervisors() {
  return useMutation({ mutationFn: exportSupervisors });
}
