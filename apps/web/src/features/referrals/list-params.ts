import {
  REFERRAL_ORIGINS,
  REFERRAL_STATUSES,
  REFERRAL_TARGETS,
  type ReferralOrigin,
  type ReferralStatus,
  type ReferralTarget,
} from '@jiandu/contracts/referral-labels';
import { DAY, matching, oneOf, pageOf, useUrlListParams } from '../../lib/url-list-params.ts';
import type { ReferralFilters, ReferralListParams } from './api/use-referrals.ts';

/** The filters alone, without the page (what the export takes). */
export function filtersOf(params: ReferralListParams): ReferralFilters {
  const { page: _page, pageSize: _size, ...filters } = params;
  return filters;
}

/** The address read back as list parameters; anything the server would refuse is dropped. */
function parse(search: URLSearchParams): ReferralListParams {
  const due = search.get('due');
  return {
    q: search.get('q')?.trim().slice(0, 40) || undefined,
    status: oneOf<ReferralStatus>(REFERRAL_STATUSES, search.get('status')),
    targetKind: oneOf<ReferralTarget>(REFERRAL_TARGETS, search.get('targetKind')),
    origin: oneOf<ReferralOrigin>(REFERRAL_ORIGINS, search.get('origin')),
    orgId: search.get('orgId')?.slice(0, 40) || undefined,
    due: due === 'overdue' || due === 'pending' ? due : undefined,
    from: matching(DAY, search.get('from')),
    to: matching(DAY, search.get('to')),
    ...pageOf(search),
  };
}

/** The referral list's filters and page kept in the address (reload, back from a referral, a shared link). */
export function useReferralListParams() {
  return useUrlListParams(parse);
}
