import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';
import type { StaffingTarget } from './use-staffing-target.ts';

/** New targets for a region (`StaffingTargetUpdateSchema`): a share 0–1 and yearly hours. */
export interface StaffingTargetUpdate {
  legalReviewerShare: number;
  trainingHours: number;
}

/** Sets a region's own targets; regions below it inherit them unless they set their own. */
export function saveStaffingTarget(regionCode: string, input: StaffingTargetUpdate): Promise<StaffingTarget> {
  return api<StaffingTarget>('PUT', `/api/staffing/targets/${seg(regionCode)}`, input);
}

/** Saves targets, then refreshes the figures measured against them. */
export function useSaveStaffingTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ regionCode, input }: { regionCode: string; input: StaffingTargetUpdate }) =>
      saveStaffingTarget(regionCode, input),
    onSuccess: () => client.invalidateQueries({ queryKey: officerKeys.all }),
  });
}
