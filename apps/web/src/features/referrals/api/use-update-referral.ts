import type { ReferralDetail } from '@jiandu/contracts/referrals';
import { api } from '../../../lib/api.ts';
import { seg } from './keys.ts';
import { useReferralMutation } from './referral-mutation.ts';
import type { ReferralDraft } from './use-create-referral.ts';

/** Changes a draft, or revises a referral the head refused (the whole draft is sent again). */
export function updateReferral(id: string, body: ReferralDraft): Promise<ReferralDetail> {
  return api<ReferralDetail>('PUT', `/api/referrals/${seg(id)}`, body);
}

/** 保存修改. */
export function useUpdateReferral(id: string) {
  return useReferralMutation(id, updateReferral);
}
