import { CASE_KINDS, type CaseKind, PROCEDURES, type Procedure } from '@jiandu/contracts/case-labels';
import {
  CASE_ORIGINS,
  CASE_SORTS,
  CASE_STATUSES,
  type CaseOrigin,
  type CaseStatus,
} from '@jiandu/contracts/cases';
import { DAY, matching, oneOf, pagingOf, REGION, useUrlListParams } from '../../lib/url-list-params.ts';
import type { CaseFilters, CaseListParams } from './api/use-cases.ts';

/** The filters alone, without page and sort (what the export takes). */
export function filtersOf(params: CaseListParams): CaseFilters {
  const { page: _page, pageSize: _size, sort: _sort, order: _order, ...filters } = params;
  return filters;
}

/** The address read back as list parameters; anything the server would refuse is dropped. */
function parse(search: URLSearchParams): CaseListParams {
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
    ...pagingOf(search, CASE_SORTS),
  };
}

/**
 * The case list's filters, page and sort kept in the address, so a reload, the back button from a
 * case or a shared link shows the same list; with the moves of the shared list table.
 */
export function useListParams() {
  const { params, paging, set, reset } = useUrlListParams(parse);
  return { params, paging, set, reset };
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
