import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { ComplaintFilters } from './use-complaints.ts';

/** Downloads the complaints matching the filters as xlsx, without personal data (at most 20,000 rows). */
export function exportComplaints(filters: ComplaintFilters): Promise<void> {
  return download('/api/complaints/export', filters);
}

/** The export as a mutation, so the button can show that it is working. */
export function useExportComplaints() {
  return useMutation({ mutationFn: exportComplaints });
}
