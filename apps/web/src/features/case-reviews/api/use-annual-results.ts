import type { AgencyResult } from '@jiandu/contracts/case-review-scoring';
import { useMutation, useQuery } from '@tanstack/react-query';
import { download, get } from '../../../lib/api.ts';
import { API, reviewKeys } from './keys.ts';

/** Per agency, the year's published review figures (what assessment reads). */
export function fetchAnnualResults(year: number): Promise<AgencyResult[]> {
  return get<AgencyResult[]>(`${API}/agency-results`, { year });
}

export function useAnnualResults(year: number) {
  return useQuery({ queryKey: reviewKeys.annual(year), queryFn: () => fetchAnnualResults(year) });
}

/** Downloads the year's figures as xlsx. */
export function exportAnnualResults(year: number): Promise<void> {
  return download(`${API}/agency-results/export`, { year });
}

export function useExportAnnualResults() {
  return useMutation({ mutationFn: exportAnnualResults });
}
