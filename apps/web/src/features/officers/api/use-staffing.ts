import type { Staffing } from '@jiandu/contracts/officers';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { officerKeys } from './keys.ts';

/** One page request of the staffing figures. */
export type StaffingQuery = {
  orgId?: string | undefined;
  /** Only agencies short of a target. */
  shortfall?: 'true' | undefined;
  page: number;
  pageSize: number;
};

/** One page of staffing figures of the agencies in the user's data scope. */
export function fetchStaffing(query: StaffingQuery): Promise<Page<Staffing>> {
  return get<Page<Staffing>>('/api/staffing', query);
}

/** The staffing table, paged on the server. */
export function useStaffing(query: StaffingQuery) {
  return useQuery({
    queryKey: officerKeys.staffing(query),
    queryFn: () => fetchStaffing(query),
    placeholderData: keepPreviousData,
  });
}
