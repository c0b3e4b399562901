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
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Paging } from '../../lib/paged-params.ts';
import type { MatterFilters, MatterListParams } from './api/use-matters.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

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
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Math.min(100, Math.max(1, Number(search.get('pageSize')) || 20)),
  };
}

/**
 * The matters page's tab, filters and page kept in the address, so a reload, the way back from a
 * matter or a shared link shows the same list.
 */
export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parse(search), [search]);
  const tab: MattersTab = search.get('tab') === 'all' ? 'all' : 'desk';
  const update = useCallback(
    (changes: Partial<MatterListParams>) => {
      setSearch(
        (current) => {
          const next = { ...parse(current), ...changes };
          const entries = Object.entries(next).filter(
            ([k, v]) =>
              v !== undefined && v !== '' && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === 20),
          );
          return new URLSearchParams([['tab', 'all'], ...entries.map(([k, v]) => [k, String(v)])]);
        },
        { replace: true },
      );
    },
    [setSearch],
  );
  const paging: Paging = {
    params,
    set: (patch) => update({ ...patch, page: 1 }),
    turn: (page, pageSize) => update({ page: pageSize === params.pageSize ? page : 1, pageSize }),
  };
  return {
    tab,
    params,
    paging,
    /** Changes filters, back on the first page of the list. */
    set: (patch: Partial<MatterFilters>) => update({ ...patch, page: 1 }),
    /** The full list with only these filters (from a count on the desk). */
    show: (filters: Partial<MatterFilters>) =>
      setSearch(
        new URLSearchParams([
          ['tab', 'all'],
          ...Object.entries(filters).flatMap(([k, v]) => (v ? [[k, String(v)]] : [])),
        ]),
      ),
    setTab: (next: MattersTab) =>
      setSearch((current) => {
        const params = new URLSearchParams(current);
        if (next === 'desk') return new URLSearchParams();
        params.set('tab', 'all');
        return params;
      }),
    reset: () => setSearch(new URLSearchParams([['tab', 'all']]), { replace: true }),
  };
}
