import type { QualificationOn } from '@jiandu/contracts/agencies';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { agencyKeys, seg } from './agency-keys.ts';

/** Whether the agency was qualified on a date, and why. */
export function fetchQualificationOn(orgId: string, date: string): Promise<QualificationOn> {
  return get<QualificationOn>(`/api/agencies/${seg(orgId)}/qualification-on`, { date });
}

/** The date check, once a date is chosen. */
export function useQualificationOn(orgId: string, date: string | null) {
  return useQuery({
    queryKey: agencyKeys.on(orgId, date ?? ''),
    queryFn: () => fetchQualificationOn(orgId, date!),
    enabled: Boolean(date),
  });
}
