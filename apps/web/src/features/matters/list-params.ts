import {
  MATTER_MODES,
  MATTER_ORIGINS,
  MATTER_STATUSES,
  MATTER_TRACKS,
  type MatterMode,
  type MatterOrigin,
  type MatterStatus,
  type MatterTrack,
} from '@jiandu/contracts/matter-labels';
import { DAY, oneOf, pageOf, searchEntries, useUrlListParams } from '../../lib/url-list-params.ts';
import type { MatterFilters, MatterListParams } from './api/use-matters.ts';

/** The tab of the matters page: the desk, or the full list. */
export type MattersTab = 'desk' | 'all';

/** The filters alone, without the page (what the export takes). */
export function filtersOf(params: MatterListParams): MatterFilters {
  const { page: _page, pageSize: _size, ...filters } = params;
  return filters;
}

/** The address read back as list parameters; anything the server would refuse is dropped. */
function parse(search: URLSearchParams): MatterListParams {
  const day = (key: string) => {
    const v = search.get(key);
    return v && DAY.test(v) ? v : undefined;
  };
  const due = search.get('due');
  return {
    q: search.get('q')?.trim().slice(0, 40) || undefined,
    status: oneOf<MatterStatus>(MATTER_STATUSES, search.get('status')),
    track: oneOf<MatterTrack>(MATTER_TRACKS, search.get('track')),
    origin: oneOf<MatterOrigin>(MATTER_ORIGINS, search.get('origin')),
    mode: oneOf<MatterMode>(MATTER_MODES, search.get('mode')),
    agencyOrgId: search.get('agencyOrgId')?.slice(0, 40) || undefined,
    due: due === 'overdue' || due === 'soon' ? due : undefined,
    from: day('from'),
    to: day('to'),
    ...pageOf(search),
  };
}

/**
 * The matters page's tab, filters and page kept in the address, so a reload, the way back from a
 * matter or a shared link shows the same list.
 */
export function useListParams() {
  const { search, setSearch, params, paging, set, reset } = useUrlListParams(parse, {
    fixed: [['tab', 'all']],
  });
  const tab: MattersTab = search.get('tab') === 'all' ? 'all' : 'desk';
  return {
    tab,
    params,
    paging,
    /** Changes filters, back on the first page of the list. */
    set: set as (patch: Partial<MatterFilters>) => void,
    /** The full list with only these filters (from a count on the desk). */
    show: (filters: Partial<MatterFilters>) =>
      setSearch(new URLSearchParams([['tab', 'all'], ...searchEntries(filters)])),
    setTab: (next: MattersTab) =>
      setSearch((current) => {
        if (next === 'desk') return new URLSearchParams();
        const params = new URLSearchParams(current);
        params.set('tab', 'all');
        return params;
      }),
    reset,
  };
}
