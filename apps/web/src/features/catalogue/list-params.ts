import { ITEM_SORTS } from '@jiandu/contracts/catalogue';
import {
  ITEM_KINDS,
  ITEM_STATUSES,
  type ItemKind,
  type ItemStatus,
} from '@jiandu/contracts/catalogue-labels';
import { ENFORCEMENT_FIELD_CODES, type EnforcementField } from '@jiandu/contracts/fields';
import { oneOf, pagingOf, useUrlListParams } from '../../lib/url-list-params.ts';
import type { ItemFilters, ItemListParams } from './api/use-items.ts';
import type { BenchmarkState } from './labels.ts';

/** The benchmark states the list filters on. */
export const BENCHMARK_STATES = ['none', 'draft', 'submitted', 'published', 'withdrawn'] as const;

/** The filters alone, without page and sort (what the export takes). */
export function filtersOf(params: ItemListParams): ItemFilters {
  const { page: _page, pageSize: _size, sort: _sort, order: _order, ...filters } = params;
  return filters;
}

/**
 * The list's filters, page and sort kept in the address, so a reload, the back button from an
 * item's page or a shared link shows the same list; with the moves of the shared list table.
 */
function parse(search: URLSearchParams): ItemListParams {
  return {
    q: search.get('q') || undefined,
    agencyId: search.get('agencyId') || undefined,
    kind: oneOf<ItemKind>(ITEM_KINDS, search.get('kind')),
    status: oneOf<ItemStatus>(ITEM_STATUSES, search.get('status')),
    field: oneOf<EnforcementField>(ENFORCEMENT_FIELD_CODES, search.get('field')),
    benchmark: oneOf<BenchmarkState>(BENCHMARK_STATES, search.get('benchmark')),
    pending: search.get('pending') === 'true' ? 'true' : undefined,
    ...pagingOf(search, ITEM_SORTS),
  };
}

/**
 * The list's filters, page and sort kept in the address, so a reload, the back button from an
 * item's page or a shared link shows the same list; with the moves of the shared list table.
 */
export function useListParams() {
  const { params, paging, set, reset } = useUrlListParams(parse);
  return { params, paging, set, reset };
}
