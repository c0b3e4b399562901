import type { BatchDetail } from '@jiandu/contracts/case-reviews';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { API, reviewKeys, seg } from './keys.ts';

/** One batch: its draw, reviewer pool, settings and progress. */
export function fetchBatch(id: string): Promise<BatchDetail> {
  return get<BatchDetail>(`${API}/batches/${seg(id)}`);
}

export function useBatch(id: string) {
  return useQuery({ queryKey: reviewKeys.batch(id), queryFn: () => fetchBatch(id), enabled: Boolean(id) });
}
