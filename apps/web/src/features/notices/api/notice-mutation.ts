import type { Notice } from '@jiandu/contracts/matters';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { matterKeys } from '../../../components/notices/keys.ts';

/**
 * An agency's step on a notice: the page shows the answer at once, and the inbox, the matter and
 * the supervisor's desk are refreshed.
 */
export function useNoticeMutation<B>(id: string, call: (id: string, body: B) => Promise<Notice>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => call(id, body),
    onSuccess: (notice) => {
      client.setQueryData(matterKeys.notice(id), notice);
      return client.invalidateQueries({ queryKey: matterKeys.all });
    },
  });
}
