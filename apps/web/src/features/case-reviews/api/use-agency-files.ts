import type { AgencyFile } from '@jiandu/contracts/case-review-scoring';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { API, reviewKeys } from './keys.ts';

/** The published results of the user's own agency. */
export function fetchAgencyFiles(year?: number): Promise<AgencyFile[]> {
  return get<AgencyFile[]>(`${API}/agency-files`, { year });
}

export function useAgencyFiles(year?: number) {
  return useQuery({ queryKey: reviewKeys.agencyFiles(year), queryFn: () => fetchAgencyFiles(year) });
}
