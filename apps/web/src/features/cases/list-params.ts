import { CASE_KINDS, type CaseKind, PROCEDURES, type Procedure } from '@jiandu/contracts/case-labels';
import {
  CASE_ORIGINS,
  CASE_SORTS,
  CASE_STATUSES,
  type CaseOrigin,
  type CaseStatus,
} from '@jiandu/contracts/cases';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Paging } from '../../lib/paged-params.ts';
import type { CaseFilters, CaseListParams, CaseSort } from './api/use-cases.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const REGION = /^\d{6}(\d{3})?$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function matching(pattern: RegExp, value: string | null): string | undefined {
  return value && pattern.test(value) ? value : undefined;
}

/** The filters alone, without page and sort (what the export takes). */
export function filtersOf(params: CaseListParams): CaseFilters {
  const { page: _page, pageSize: _size, sort: _sort, order: _order, ...filters } = params;
  return filters;
}

/** The address read back as list parameters; anything the server would refuse is dropped. */
function parse(search: URLSearchParams): CaseListParams {
  const order = search.get('order');
  const major = search.get('major');
  return {
    q: search.get('q')?.slice(0, 64) || undefined,
    agencyId: search.get('agencyId') || undefined,
    regionCode: matching(REGION, search.get('regionCode')),
    kind: oneOf<CaseKind>(CASE_KINDS, search.get('kind')),
    procedure: oneOf<Procedure>(PROCEDURES, search.get('procedure')),
    status: oneOf<CaseStatus>(CASE_STATUSES, search.get('status')),
    origin: oneOf<CaseOrigin>(CASE_ORIGINS, search.get('origin')),
    major: major === 'true' || major === 'false' ? major : undefined,
    filedFrom: matching(DAY, search.get('filedFrom')),
    filedTo: matching(DAY, search.get('filedTo')),
    decidedFrom: matching(DAY, search.get('decidedFrom')),
    decidedTo: matching(DAY, search.get('decidedTo')),
    overdue: search.get('overdue') === 'true' ? 'true' : undefined,
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Math.min(100, Math.max(1, Number(search.get('pageSize')) || 20)),
    sort: oneOf<CaseSort>(CASE_SORTS, search.get('sort')),
    order: order === 'desc' ? 'desc' : order === 'asc' ? 'asc' : undefined,
  };
}

/**
 * The case list's filters, page and sort kept in the address, so a reload, the back button from a
 * case or a shared link shows the same list; with the moves of the shared list table.
 */
export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parse(search), [search]);
  const update = useCallback(
    (changes: Partial<CaseListParams>) => {
      // From the address as it is now, not as last rendered: two quick changes both stay.
      setSearch(
        (current) => {
          const next = { ...parse(current), ...changes };
          const entries = Object.entries(next).filter(
            ([k, v]) =>
              v !== undefined && v !== '' && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === 20),
          );
          return new URLSearchParams(entries.map(([k, v]) => [k, String(v)]));
        },
        { replace: true },
      );
    },
    [setSearch],
  );
  const paging: Paging<CaseSort> = {
    params,
    set: (patch) => update({ ...patch, page: 1 }),
    turn: (page, pageSize) => update({ page: pageSize === params.pageSize ? page : 1, pageSize }),
  };
  return {
    params,
    paging,
    /** Changes filters, back on the first page. */
    set: (patch: Partial<CaseFilters>) => update({ ...patch, page: 1 }),
    reset: () => setSearch(new URLSearchParams(), { replace: true }),
  };
}

/** What a case link carries so the case page's back link returns to the list as it was left. */
export interface ListReturn {
  listSearch: string;
}

/** The list's address (`?q=…&overdue=true`) a case was opened from, or none for a direct link. */
export function listSearchOf(state: unknown): string {
  const search = (state as Partial<ListReturn> | null)?.listSearch;
  return typeof search === 'string' && search.startsWith('?') ? search : '';
}
