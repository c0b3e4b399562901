import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { OfficerFilters } from './use-officers.ts';

/** Downloads the officers matching the filters as xlsx. */
export function exportOfficers(filters: OfficerFilters): Promise<void> {
  return download('/api/officers/export', filters);
}

/** The export as a mutation, so the button can show that it is working. */
export function useExportOfficers() {
  return useMutation({ mutationFn: exportOfficers });
}
