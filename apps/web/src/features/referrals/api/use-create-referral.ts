import type { ReferralDetail, ReferralDraftSchema } from '@jiandu/contracts/referrals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { referralKeys } from './keys.ts';

/** The draft as the form sends it. */
export type ReferralDraft = z.input<typeof ReferralDraftSchema>;

/** Drafts a referral for the user's own org. */
export function createReferral(body: ReferralDraft): Promise<ReferralDetail> {
  return api<ReferralDetail>('POST', '/api/referrals', body);
}

/** 新建移送; the lists refresh and the new referral is cached for its page. */
export function useCreateReferral() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createReferral,
    onSuccess: (detail) => {
      client.setQueryData(referralKeys.one(detail.id), detail);
      return client.invalidateQueries({ queryKey: referralKeys.all });
    },
  });
}
