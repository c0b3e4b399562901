import type { ComplaintDetail } from '@jiandu/contracts/complaints';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { complaintKeys, seg } from './keys.ts';

/** The steps of the loop, by the last part of their address. */
export type ComplaintStepPath =
  | 'accept'
  | 'decline'
  | 'transfer'
  | 'extension'
  | 'extension/decision'
  | 'answer'
  | 'review'
  | 'review/answer'
  | 'recheck'
  | 'recheck/answer'
  | 'close'
  | 'callback'
  | 'callback/reopen';

/** Takes one step on a complaint; the server answers with the complaint as it now stands. */
export function takeStep<B>(id: string, step: ComplaintStepPath, body: B): Promise<ComplaintDetail> {
  return api<ComplaintDetail>('POST', `/api/complaints/${seg(id)}/${step}`, body);
}

/**
 * A step on a complaint: the page shows the answer at once, and the desk, the lists and the
 * figures are refreshed.
 */
export function useComplaintStep<B>(id: string, step: ComplaintStepPath) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => takeStep(id, step, body),
    onSuccess: (detail) => {
      client.setQueryData(complaintKeys.one(id), detail);
      return client.invalidateQueries({ queryKey: complaintKeys.all });
    },
  });
}
