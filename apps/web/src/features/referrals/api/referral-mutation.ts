import type { ReferralDetail } from '@jiandu/contracts/referrals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { referralKeys } from './keys.ts';

/**
 * A step on a referral that answers with the referral: the page shows the answer at once and the
 * lists are refreshed.
 */
export function useReferralMutation<B>(id: string, call: (id: string, body: B) => Promise<ReferralDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => call(id, body),
    onSuccess: (detail) => {
      client.setQueryData(referralKeys.one(id), detail);
      return client.invalidateQueries({ queryKey: referralKeys.all });
    },
  });
}
