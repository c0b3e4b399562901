import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { AgencyFilters } from './use-agencies.ts';

/** Downloads the agencies matching the filters as xlsx. */
export function exportAgencies(filters: AgencyFilters): Promise<void> {
  return download('/api/agencies/export', filters);
}

/** The export as a mutation, so the button can show that it is working. */
export function useExportAgencies() {
  return useMutation({ mutationFn: exportAgencies });
}
