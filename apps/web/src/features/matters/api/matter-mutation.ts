import type { MatterDetail } from '@jiandu/contracts/matters';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { matterKeys } from '../../../components/notices/keys.ts';

/**
 * A step on a matter that answers with the matter: the page shows the answer at once, and the
 * desk, the lists and the inbox are refreshed.
 */
export function useMatterMutation<B>(id: string, call: (id: string, body: B) => Promise<MatterDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => call(id, body),
    onSuccess: (detail) => {
      client.setQueryData(matterKeys.one(id), detail);
      return client.invalidateQueries({ queryKey: matterKeys.all });
    },
  });
}

/** A step on a notice of a matter: afterwards the matter and everything listing notices refresh. */
export function useNoticeStepMutation<B, R>(call: (noticeId: string, body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ noticeId, body }: { noticeId: string; body: B }) => call(noticeId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: matterKeys.all }),
  });
}
