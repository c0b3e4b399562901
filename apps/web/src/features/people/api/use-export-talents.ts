import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { TalentListParams } from './use-talents.ts';

/** Downloads the filtered talent pool as xlsx. */
export function exportTalents({ q, orgId, field, source, level, status }: TalentListParams) {
  return download('/api/people/talents/export', { q, orgId, field, source, level, status });
}

export function useExportTalents() {
  return useMutation({ mutationFn: exportTalents });
}
