import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { UserListParams, UserSort } from './api/use-users.ts';

const SORTS: readonly UserSort[] = ['username', 'name', 'created', 'login'];

/**
 * The list's filters, page and sort kept in the address, so a reload, the back button or a shared
 * link shows the same list.
 */
export function useListParams(): [UserListParams, (changes: Partial<UserListParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<UserListParams>(() => {
    const status = search.get('status');
    const sort = search.get('sort') as UserSort | null;
    const order = search.get('order');
    return {
      q: search.get('q') || undefined,
      orgId: search.get('orgId') || undefined,
      status: status === 'active' || status === 'disabled' ? status : undefined,
      page: Math.max(1, Number(search.get('page')) || 1),
      pageSize: Math.min(100, Math.max(1, Number(search.get('pageSize')) || 20)),
      sort: sort && SORTS.includes(sort) ? sort : undefined,
      order: order === 'desc' ? 'desc' : order === 'asc' ? 'asc' : undefined,
    };
  }, [search]);
  const update = useCallback(
    (changes: Partial<UserListParams>) => {
      const next = { ...params, ...changes };
      const entries = Object.entries(next).filter(
        ([k, v]) =>
          v !== undefined && v !== '' && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === 20),
      );
      setSearch(new URLSearchParams(entries.map(([k, v]) => [k, String(v)])), { replace: true });
    },
    [params, setSearch],
  );
  return [params, update];
}
