import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { SummaryParams } from './use-summary.ts';

/** Downloads the per-org summary as xlsx. */
export function exportSummary({ orgId, category, q }: SummaryParams) {
  return download('/api/equipment/summary/export', { orgId, category, q });
}

export function useExportSummary() {
  return useMutation({ mutationFn: exportSummary });
}
