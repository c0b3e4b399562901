import { useState } from 'react';
import { columnSortOrder } from './paged-table.ts';

/** What every server-paged list sends besides its filters: a page, its size and an optional sort. */
export interface PagedParams<S extends string = string> {
  page: number;
  pageSize: number;
  sort?: S | undefined;
  order?: 'asc' | 'desc' | undefined;
}

/** What a paged table needs from its parameters' state (see `usePagedParams`). */
export interface Paging<S extends string = string> {
  params: PagedParams<S>;
  set(patch: Partial<PagedParams<S>>): void;
  turn(page: number, pageSize: number): void;
}

/**
 * A paged list's filters, page and sort held in component state, with the moves its toolbar and
 * table make, so each list does not write them again.
 */
export function usePagedParams<P extends PagedParams>(empty: P) {
  const [params, setParams] = useState<P>(empty);
  return {
    params,
    /** Changes filters or the sort, back on the first page. */
    set: (patch: Partial<P>) => setParams((p) => ({ ...p, page: 1, ...patch })),
    /** Back to the list as it first opened. */
    reset: () => setParams(empty),
    /** Another page; a new page size starts again from the first page. */
    turn: (page: number, pageSize: number) =>
      setParams((p) => ({ ...p, page: pageSize === p.pageSize ? page : 1, pageSize })),
    /** The sort arrow of a column whose server sort is `sort`. */
    sortOrder: (sort: NonNullable<P['sort']>) => columnSortOrder(params, sort),
  };
}
