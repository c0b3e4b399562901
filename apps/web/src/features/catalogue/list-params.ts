import { ITEM_SORTS } from '@jiandu/contracts/catalogue';
import {
  ITEM_KINDS,
  ITEM_STATUSES,
  type ItemKind,
  type ItemStatus,
} from '@jiandu/contracts/catalogue-labels';
import { ENFORCEMENT_FIELD_CODES, type EnforcementField } from '@jiandu/contracts/fields';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Paging } from '../../lib/paged-params.ts';
import type { ItemFilters, ItemListParams, ItemSort } from './api/use-items.ts';
import type { BenchmarkState } from './labels.ts';

/** The benchmark states the list filters on. */
export const BENCHMARK_STATES = ['none', 'draft', 'submitted', 'published', 'withdrawn'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

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
  const order = search.get('order');
  return {
    q: search.get('q') || undefined,
    agencyId: search.get('agencyId') || undefined,
    kind: oneOf<ItemKind>(ITEM_KINDS, search.get('kind')),
    status: oneOf<ItemStatus>(ITEM_STATUSES, search.get('status')),
    field: oneOf<EnforcementField>(ENFORCEMENT_FIELD_CODES, search.get('field')),
    benchmark: oneOf<BenchmarkState>(BENCHMARK_STATES, search.get('benchmark')),
    pending: search.get('pending') === 'true' ? 'true' : undefined,
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Math.min(100, Math.max(1, Number(search.get('pageSize')) || 20)),
    sort: oneOf<ItemSort>(ITEM_SORTS, search.get('sort')),
    order: order === 'desc' ? 'desc' : order === 'asc' ? 'asc' : undefined,
  };
}

export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parse(search), [search]);
  const update = useCallback(
    (changes: Partial<ItemListParams>) => {
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
  const paging: Paging<ItemSort> = {
    params,
    set: (patch) => update({ ...patch, page: 1 }),
    turn: (page, pageSize) => update({ page: pageSize === params.pageSize ? page : 1, pageSize }),
  };
  return {
    params,
    paging,
    /** Changes filters, back on the first page. */
    set: (patch: Partial<ItemFilters>) => update({ ...patch, page: 1 }),
    reset: () => setSearch(new URLSearchParams(), { replace: true }),
  };
}
