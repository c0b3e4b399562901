import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PagedParams, Paging } from './paged-params.ts';

/** A calendar day as the server takes it in filters. */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An administrative division code: six digits, or nine for a township. */
export const REGION = /^\d{6}(\d{3})?$/;

/** The value if it is one of the allowed ones (a hand-edited address must not reach the server). */
export function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The value if it matches the pattern. */
export function matching(pattern: RegExp, value: string | null): string | undefined {
  return value && pattern.test(value) ? value : undefined;
}

/** Page and page size (1–100, 20 by default) read back from the address. */
export function pageOf(search: URLSearchParams): { page: number; pageSize: number } {
  return {
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Math.min(100, Math.max(1, Number(search.get('pageSize')) || 20)),
  };
}

/** Page, page size and a sort the server knows, read back from the address. */
export function pagingOf<S extends string>(
  search: URLSearchParams,
  sorts: readonly S[],
): { page: number; pageSize: number; sort: S | undefined; order: 'asc' | 'desc' | undefined } {
  const order = search.get('order');
  return {
    ...pageOf(search),
    sort: oneOf(sorts, search.get('sort')),
    order: order === 'desc' ? 'desc' : order === 'asc' ? 'asc' : undefined,
  };
}

/** The parameters as address entries: empty values, the first page and the default size left out. */
export function searchEntries(params: object): [string, string][] {
  return Object.entries(params)
    .filter(
      ([k, v]) =>
        v !== undefined && v !== '' && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === 20),
    )
    .map(([k, v]) => [k, String(v)]);
}

/** The sort keys of a list's parameters (any string for a list that does not sort). */
type SortOf<P> = P extends { sort?: infer S }
  ? NonNullable<S> extends string
    ? NonNullable<S>
    : string
  : string;

/** What the address holds besides the list's own parameters. */
export interface UrlListOptions {
  /** Entries written first on every change (e.g. the tab the list lives in). */
  fixed?: [string, string][];
  /** Other parameters of the page (e.g. an open drawer) carried over unchanged. */
  kept?: readonly string[];
}

/**
 * A list's filters, page and sort kept in the address, so a reload, the back button from a detail
 * page or a shared link shows the same list; with the moves the shared paged table makes.
 * `parse` must be a stable (module-level) function.
 */
export function useUrlListParams<P extends PagedParams>(
  parse: (search: URLSearchParams) => P,
  options: UrlListOptions = {},
) {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parse(search), [parse, search]);
  const { fixed = [], kept = [] } = options;
  // The options are literals of the calling hook: their content, not their identity, counts.
  const fixedKey = JSON.stringify(fixed);
  const keptKey = kept.join(',');
  const update = useCallback(
    (changes: Partial<P>) =>
      // From the address as it is now, not as last rendered: two quick changes both stay.
      setSearch(
        (current) => {
          const carried = keptKey
            .split(',')
            .flatMap((k) => (k && current.get(k) ? [[k, current.get(k)!] as [string, string]] : []));
          const first = JSON.parse(fixedKey) as [string, string][];
          return new URLSearchParams([
            ...first,
            ...searchEntries({ ...parse(current), ...changes }),
            ...carried,
          ]);
        },
        { replace: true },
      ),
    [parse, setSearch, fixedKey, keptKey],
  );
  const paging: Paging<SortOf<P>> = {
    // P is PagedParams with its own sort keys, which SortOf names.
    params: params as unknown as PagedParams<SortOf<P>>,
    set: (patch) => update({ ...patch, page: 1 } as Partial<P>),
    turn: (page, pageSize) =>
      update({ page: pageSize === params.pageSize ? page : 1, pageSize } as Partial<P>),
  };
  return {
    search,
    setSearch,
    params,
    paging,
    /** Changes parameters as given (the page stays unless named). */
    update,
    /** Changes filters, back on the first page. */
    set: (patch: Partial<P>) => update({ ...patch, page: 1 } as Partial<P>),
    /** Back to the list as it first opens. */
    reset: () => setSearch(new URLSearchParams(fixed), { replace: true }),
  };
}
