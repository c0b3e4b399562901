import type { BatchResults } from '@jiandu/contracts/case-reviews';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { API, reviewKeys, seg } from './keys.ts';

/** A batch's files with their sheets and results, and the figures per agency. */
export function fetchBatchResults(id: string): Promise<BatchResults> {
  return get<BatchResults>(`${API}/batches/${seg(id)}/results`);
}

export function useBatchResults(id: string) {
  return useQuery({ queryKey: reviewKeys.results(id), queryFn: () => fetchBatchResults(id) });
}
