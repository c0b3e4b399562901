import { pagingOf, useUrlListParams } from '../../lib/url-list-params.ts';
import type { UserListParams, UserSort } from './api/use-users.ts';

const SORTS: readonly UserSort[] = ['username', 'name', 'created', 'login'];

function parse(search: URLSearchParams): UserListParams {
  const status = search.get('status');
  return {
    q: search.get('q') || undefined,
    orgId: search.get('orgId') || undefined,
    status: status === 'active' || status === 'disabled' ? status : undefined,
    ...pagingOf(search, SORTS),
  };
}

/**
 * The list's filters, page and sort kept in the address, so a reload, the back button or a shared
 * link shows the same list.
 */
export function useListParams(): [UserListParams, (changes: Partial<UserListParams>) => void] {
  const { params, update } = useUrlListParams(parse);
  return [params, update];
}
