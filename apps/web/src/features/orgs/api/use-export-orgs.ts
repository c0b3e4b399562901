import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { OrgFilters } from './use-orgs.ts';

/** Downloads the orgs matching the filters as xlsx. */
export function exportOrgs(filters: OrgFilters): Promise<void> {
  return download('/api/orgs/export', filters);
}

/** The export as a mutation, so the button can show that it is working. */
export function useExportOrgs() {
  return useMutation({ mutationFn: exportOrgs });
}
