import type { AgencyDetail } from '@jiandu/contracts/agencies';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { agencyKeys, seg } from './agency-keys.ts';

/** One agency: current qualification, version in progress, history and the steps the user may take. */
export function fetchAgency(orgId: string): Promise<AgencyDetail> {
  return get<AgencyDetail>(`/api/agencies/${seg(orgId)}`);
}

/** The agency detail. */
export function useAgency(orgId: string | undefined) {
  return useQuery({
    queryKey: agencyKeys.one(orgId ?? ''),
    queryFn: () => fetchAgency(orgId!),
    enabled: Boolean(orgId),
  });
}
