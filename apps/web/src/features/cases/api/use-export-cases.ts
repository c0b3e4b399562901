import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { CaseFilters } from './use-cases.ts';

/** Downloads the cases matching the filters as xlsx (the server refuses more than 20,000 and says why). */
export function exportCases(filters: CaseFilters): Promise<void> {
  return download('/api/cases/export', filters);
}

/** The export as a mutation, so the button can show that it is working. */
export function useExportCases() {
  return useMutation({ mutationFn: exportCases });
}
