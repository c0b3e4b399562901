import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { ExpertListParams } from './use-experts.ts';

/** Downloads the filtered expert pool as xlsx. */
export function exportExperts({ q, orgId, field, availability }: ExpertListParams) {
  return download('/api/people/experts/export', { q, orgId, field, availability });
}

export function useExportExperts() {
  return useMutation({ mutationFn: exportExperts });
}
