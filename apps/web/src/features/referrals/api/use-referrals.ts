import type { Page } from '@jiandu/contracts/paging';
import type { ReferralListQuery, ReferralSummary } from '@jiandu/contracts/referrals';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { referralKeys } from './keys.ts';

/** The filters of the referral list (also what its export takes). */
export type ReferralFilters = ReferralListQuery;

/** One page request of the referral list (the server keeps the nearest deadline first). */
export type ReferralListParams = ReferralFilters & { page: number; pageSize: number };

/** One page of the referrals in the user's data scope. */
export function fetchReferrals(params: ReferralListParams): Promise<Page<ReferralSummary>> {
  return get<Page<ReferralSummary>>('/api/referrals', params);
}

/** The referral list, paged on the server; the previous page stays on screen while the next loads. */
export function useReferrals(params: ReferralListParams) {
  return useQuery({
    queryKey: referralKeys.list(params),
    queryFn: () => fetchReferrals(params),
    placeholderData: keepPreviousData,
  });
}
