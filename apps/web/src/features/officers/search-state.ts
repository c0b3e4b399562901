import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** A list's filters, page and sort as plain values kept in the address. */
export type ListState = Record<string, string | number | undefined> & { page: number; pageSize: number };

/**
 * Keeps a list's filters, page and sort in the address, so a reload, the back button or a link from
 * another page (e.g. staffing → officers of an agency) shows the same list. Only the given keys are read.
 */
export function useSearchState<T extends ListState>(
  keys: readonly (keyof T & string)[],
): [T, (changes: Partial<T>) => void] {
  const [search, setSearch] = useSearchParams();
  const state = useMemo(() => {
    const out: Record<string, string | number | undefined> = {};
    for (const key of keys) out[key] = search.get(key) || undefined;
    out.page = Math.max(1, Number(search.get('page')) || 1);
    out.pageSize = Math.min(100, Math.max(1, Number(search.get('pageSize')) || 20));
    return out as T;
  }, [search, keys]);
  const update = useCallback(
    (changes: Partial<T>) => {
      const next = { ...state, ...changes };
      const entries = Object.entries(next).filter(
        ([k, v]) =>
          v !== undefined && v !== '' && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === 20),
      );
      setSearch(new URLSearchParams(entries.map(([k, v]) => [k, String(v)])), { replace: true });
    },
    [state, setSearch],
  );
  return [state, update];
}
