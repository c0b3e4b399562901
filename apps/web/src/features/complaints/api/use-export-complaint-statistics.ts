import type { ComplaintStatisticsQuery } from '@jiandu/contracts/complaints';
import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';

/** Downloads the same figures as an xlsx workbook, one sheet per breakdown. */
export function exportComplaintStatistics(query: ComplaintStatisticsQuery): Promise<void> {
  return download('/api/complaints/statistics/export', query);
}

/** The export as a mutation, so the button can show that it is working. */
export function useExportComplaintStatistics() {
  return useMutation({ mutationFn: exportComplaintStatistics });
}
