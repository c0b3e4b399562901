import type { ReferralDetail } from '@jiandu/contracts/referrals';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { referralKeys, seg } from './keys.ts';

/** One referral with its materials, deadlines, approval rounds, requests and history. */
export function fetchReferral(id: string): Promise<ReferralDetail> {
  return get<ReferralDetail>(`/api/referrals/${seg(id)}`);
}

/** The referral page's data; nothing is fetched without an id (the new-draft form). */
export function useReferral(id: string) {
  return useQuery({ queryKey: referralKeys.one(id), queryFn: () => fetchReferral(id), enabled: id !== '' });
}
