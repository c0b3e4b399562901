import type { StaffingTarget } from '@jiandu/contracts/officers';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

export type { StaffingTarget };

/** Reads the targets that apply to a region. */
export function fetchStaffingTarget(regionCode: string): Promise<StaffingTarget> {
  return get<StaffingTarget>(`/api/staffing/targets/${seg(regionCode)}`);
}

/** The targets of a region; idle without one. */
export function useStaffingTarget(regionCode: string | undefined) {
  return useQuery({
    queryKey: officerKeys.target(regionCode ?? ''),
    queryFn: () => fetchStaffingTarget(regionCode!),
    enabled: Boolean(regionCode),
  });
}
