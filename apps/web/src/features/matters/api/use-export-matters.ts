import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { MatterFilters } from './use-matters.ts';

/** Downloads the matters matching the filters as xlsx (the server refuses more than 20,000 and says why). */
export function exportMatters(filters: MatterFilters): Promise<void> {
  return download('/api/matters/export', filters);
}

/** The export as a mutation, so the button can show that it is working. */
export function useExportMatters() {
  return useMutation({ mutationFn: exportMatters });
}
