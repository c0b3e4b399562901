import type { Staffing } from '@jiandu/contracts/officers';
import { useQuery } from '@tanstack/react-query';
import { ApiError, get } from '../../../lib/api.ts';
import { agencyKeys, seg } from './agency-keys.ts';

/** The staffing figures of one agency (人员配备), from the officers module. */
export function fetchAgencyStaffing(orgId: string): Promise<Staffing> {
  return get<Staffing>(`/api/staffing/${seg(orgId)}`);
}

/** Staffing figures for the agency page; not retried when the agency has none (404). */
export function useAgencyStaffing(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: agencyKeys.staffing(orgId),
    queryFn: () => fetchAgencyStaffing(orgId),
    enabled,
    staleTime: 60_000,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}
