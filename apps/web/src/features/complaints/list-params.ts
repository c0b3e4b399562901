import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_STATUSES,
} from '@jiandu/contracts/complaint-labels';
import { COMPLAINT_SORTS } from '@jiandu/contracts/complaints';
import {
  DAY,
  matching,
  oneOf,
  pagingOf,
  searchEntries,
  useUrlListParams,
} from '../../lib/url-list-params.ts';
import type { ComplaintFilters, ComplaintListParams } from './api/use-complaints.ts';

/** The tabs of the complaints page: the handler's desk, or the full list. */
export type ComplaintsTab = 'desk' | 'all';

/** The address read back as list parameters; anything the server would refuse is dropped. */
function parse(search: URLSearchParams): ComplaintListParams {
  return {
    q: search.get('q')?.trim().slice(0, 60) || undefined,
    status: oneOf(COMPLAINT_STATUSES, search.get('status')),
    channel: oneOf(COMPLAINT_CHANNELS, search.get('channel')),
    category: oneOf(COMPLAINT_CATEGORIES, search.get('category')),
    orgId: search.get('orgId')?.slice(0, 40) || undefined,
    due: oneOf(['overdue', 'pending'] as const, search.get('due')),
    extension: oneOf(['requested'] as const, search.get('extension')),
    from: matching(DAY, search.get('from')),
    to: matching(DAY, search.get('to')),
    ...pagingOf(search, COMPLAINT_SORTS),
  };
}

/** The filters alone, without page and sort (what the export and the reset button look at). */
export function filtersOf({ page: _p, pageSize: _s, sort: _o, order: _d, ...filters }: ComplaintListParams) {
  return filters satisfies ComplaintFilters;
}

const ALL: [string, string] = ['tab', 'all'];

/**
 * The complaints page's tab, filters, page and sort kept in the address, so a reload, the way back
 * from a complaint or a shared link shows the same list.
 */
export function useComplaintListParams() {
  const list = useUrlListParams(parse, { fixed: [ALL] });
  const tab: ComplaintsTab = list.search.get('tab') === 'all' ? 'all' : 'desk';
  return {
    tab,
    params: list.params,
    paging: list.paging,
    /** Changes filters, back on the first page. */
    set: (patch: Partial<ComplaintFilters>) => list.set(patch),
    reset: list.reset,
    /** The full list with only these filters (from a section of the desk). */
    show: (filters: Partial<ComplaintFilters>) =>
      list.setSearch(new URLSearchParams([ALL, ...searchEntries(filters)])),
    /** The desk (an empty address), or the list as the address last had it. */
    setTab: (next: ComplaintsTab) =>
      list.setSearch((current) =>
        next === 'desk'
          ? new URLSearchParams()
          : new URLSearchParams([ALL, ...searchEntries(parse(current))]),
      ),
  };
}
