import type { CertificateStatus, Officer } from '@jiandu/contracts/officers';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { officerKeys } from './keys.ts';

/** The filters of the officer list (also what the export takes); see `OfficerListQuerySchema`. */
export type OfficerFilters = {
  orgId?: string | undefined;
  q?: string | undefined;
  field?: string | undefined;
  status?: 'active' | 'left' | undefined;
  legalReviewer?: 'true' | 'false' | undefined;
  certificateStatus?: CertificateStatus | undefined;
};

/** Server-side sort keys of the officer list. */
export type OfficerSort = 'name' | 'org' | 'created';

/** One page request of the officer list. */
export type OfficerListQuery = OfficerFilters & {
  page: number;
  pageSize: number;
  sort?: OfficerSort | undefined;
  order?: 'asc' | 'desc' | undefined;
};

/** One page of the officers in the user's data scope. */
export function fetchOfficers(query: OfficerListQuery): Promise<Page<Officer>> {
  return get<Page<Officer>>('/api/officers', query);
}

/** The officer list, paged and sorted on the server; the previous page stays while the next loads. */
export function useOfficers(query: OfficerListQuery) {
  return useQuery({
    queryKey: officerKeys.list(query),
    queryFn: () => fetchOfficers(query),
    placeholderData: keepPreviousData,
  });
}
