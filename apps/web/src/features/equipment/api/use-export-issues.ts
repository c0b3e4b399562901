import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { IssueListParams } from './use-issues.ts';

/** Downloads the filtered register as xlsx. */
export function exportIssues({ page: _p, pageSize: _s, sort: _o, order: _d, ...filter }: IssueListParams) {
  return download('/api/equipment/export', { ...filter });
}

export function useExportIssues() {
  return useMutation({ mutationFn: exportIssues });
}
