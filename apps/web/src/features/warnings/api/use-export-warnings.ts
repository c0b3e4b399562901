import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { WarningFilters } from './use-warnings.ts';

/** Downloads the warnings matching the filters as xlsx (the server refuses more than 20,000 and says why). */
export function exportWarnings(filters: WarningFilters): Promise<void> {
  return download('/api/warnings/export', filters);
}

/** The export as a mutation, so the button can show that it is working. */
export function useExportWarnings() {
  return useMutation({ mutationFn: exportWarnings });
}
