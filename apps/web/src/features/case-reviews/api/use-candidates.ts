import type { ReviewerCandidate } from '@jiandu/contracts/case-review-scoring';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { API, reviewKeys, seg } from './keys.ts';

/** Who could join the batch's pool, their account and the agencies they must avoid. */
export function fetchCandidates(id: string): Promise<ReviewerCandidate[]> {
  return get<ReviewerCandidate[]>(`${API}/batches/${seg(id)}/candidates`);
}

export function useCandidates(id: string) {
  return useQuery({ queryKey: reviewKeys.candidates(id), queryFn: () => fetchCandidates(id) });
}
