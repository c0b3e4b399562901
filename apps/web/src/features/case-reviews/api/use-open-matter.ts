import type { BatchResults } from '@jiandu/contracts/case-reviews';
import type { MatterCreate } from '@jiandu/contracts/matters';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { API, reviewKeys, seg } from './keys.ts';

/**
 * 转为监督事项: opens the matter through the matters API (origin case_review, the file as its
 * origin), then records it on the file.
 */
export async function openMatter(v: { batchId: string; fileId: string; input: MatterCreate }) {
  const matter = await api<{ id: string; number: string }>('POST', '/api/matters', v.input);
  await api<BatchResults>('PUT', `${API}/batches/${seg(v.batchId)}/files/${seg(v.fileId)}/matter`, {
    matterId: matter.id,
  });
  return matter;
}

export function useOpenMatter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: openMatter,
    // Refreshed in the background, so the button stops spinning as soon as the change is saved.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: reviewKeys.all });
    },
  });
}
