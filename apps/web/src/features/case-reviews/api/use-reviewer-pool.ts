import type { ReviewerAdd } from '@jiandu/contracts/case-review-scoring';
import type { BatchDetail } from '@jiandu/contracts/case-reviews';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { API, reviewKeys, seg } from './keys.ts';

/** Adds a person to the batch's reviewer pool. */
export function addReviewer({ id, input }: { id: string; input: ReviewerAdd }): Promise<BatchDetail> {
  return api<BatchDetail>('POST', `${API}/batches/${seg(id)}/reviewers`, input);
}

/** Takes someone with no files out of the pool. */
export function removeReviewer({ id, reviewerId }: { id: string; reviewerId: string }): Promise<BatchDetail> {
  return api<BatchDetail>('DELETE', `${API}/batches/${seg(id)}/reviewers/${seg(reviewerId)}`);
}

/** A change of the pool; the batch and its candidates refresh afterwards. */
export function useReviewerPool<V>(change: (v: V) => Promise<BatchDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    // Refreshed in the background, so the button stops spinning as soon as the change is saved.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: reviewKeys.all });
    },
  });
}
