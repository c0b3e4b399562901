import type { BatchListQuery, BatchSummary } from '@jiandu/contracts/case-reviews';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { API, reviewKeys } from './keys.ts';

/** The list's filters and page. */
export type BatchListParams = BatchListQuery & { page: number; pageSize: number };

/** One page of the batches the user may read. */
export function fetchBatches(params: BatchListParams): Promise<Page<BatchSummary>> {
  return get<Page<BatchSummary>>(`${API}/batches`, params);
}

export function useBatches(params: BatchListParams) {
  return useQuery({
    queryKey: reviewKeys.batches(params),
    queryFn: () => fetchBatches(params),
    placeholderData: keepPreviousData,
  });
}
