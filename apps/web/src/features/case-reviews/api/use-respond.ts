import type { AgencyFile } from '@jiandu/contracts/case-review-scoring';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { API, reviewKeys, seg } from './keys.ts';

/** The agency's response to one result. */
export function respond(v: { fileId: string; text: string }): Promise<AgencyFile> {
  return api<AgencyFile>('POST', `${API}/agency-files/${seg(v.fileId)}/response`, { text: v.text });
}

export function useRespond() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: respond,
    // Refreshed in the background, so the button stops spinning as soon as the change is saved.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: reviewKeys.all });
    },
  });
}
