import type { BatchDetail } from '@jiandu/contracts/case-reviews';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { API, reviewKeys, seg } from './keys.ts';

/** Draws the reviewers of every unstaffed file (抽取分配). */
export function drawReviewers(id: string): Promise<BatchDetail> {
  return api<BatchDetail>('POST', `${API}/batches/${seg(id)}/assignments`);
}

/** Publishes the batch's results to the agencies. */
export function publishBatch(id: string): Promise<BatchDetail> {
  return api<BatchDetail>('POST', `${API}/batches/${seg(id)}/publish`);
}

/** One of the batch-wide actions; the batch, its results and lists refresh afterwards. */
export function useBatchAction(action: (id: string) => Promise<BatchDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: action,
    // Refreshed in the background, so the button stops spinning as soon as the change is saved.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: reviewKeys.all });
    },
  });
}
