import type { Staffing } from '@jiandu/contracts/officers';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

/** The staffing figures of one agency (its targets among them). */
export function fetchOrgStaffing(orgId: string): Promise<Staffing> {
  return get<Staffing>(`/api/staffing/${seg(orgId)}`);
}

/** One agency's staffing figures, e.g. the training-hour target on an officer's page. */
export function useOrgStaffing(orgId: string | undefined) {
  return useQuery({
    queryKey: officerKeys.staffingOf(orgId ?? ''),
    queryFn: () => fetchOrgStaffing(orgId!),
    enabled: Boolean(orgId),
    staleTime: 60_000,
  });
}
