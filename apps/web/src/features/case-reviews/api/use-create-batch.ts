import type { BatchCreate, BatchDetail } from '@jiandu/contracts/case-reviews';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { API, reviewKeys } from './keys.ts';

/** Creates a batch and draws its files with the seed. */
export function createBatch(input: BatchCreate): Promise<BatchDetail> {
  return api<BatchDetail>('POST', `${API}/batches`, input);
}

export function useCreateBatch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createBatch,
    // Refreshed in the background, so the button stops spinning as soon as the change is saved.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: reviewKeys.all });
    },
  });
}
