import type { ReviewAccount } from '@jiandu/contracts/case-review-scoring';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { API, reviewKeys, seg } from './keys.ts';

/** Accounts holding 案卷评分 in the batch's part of the tree, to link a reviewer by hand. */
export function fetchAccounts(id: string, q: string): Promise<ReviewAccount[]> {
  return get<ReviewAccount[]>(`${API}/batches/${seg(id)}/accounts`, { q });
}

export function useAccounts(id: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: reviewKeys.accounts(id, q),
    queryFn: () => fetchAccounts(id, q),
    enabled,
    placeholderData: keepPreviousData,
  });
}
