import type { Org } from '@jiandu/contracts/orgs';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, get } from '../../../lib/api.ts';
import { officerKeys, seg } from './keys.ts';

const PAGE_SIZE = 100;

/** One page of orgs in the user's data scope (the org list endpoint; the tree is built from it). */
function fetchOrgPage(query: Record<string, string | number | undefined>): Promise<Page<Org>> {
  return get<Page<Org>>('/api/orgs', { pageSize: PAGE_SIZE, sort: 'sort', ...query });
}

/** One org, or null when it is outside the data scope (404). */
export async function fetchOrgOrNull(id: string): Promise<Org | null> {
  try {
    return await get<Org>(`/api/orgs/${seg(id)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** The orgs directly under a parent (first 500, enough for a picker). */
async function fetchChildren(parentId: string): Promise<Org[]> {
  const items: Org[] = [];
  for (let page = 1; page <= 5; page++) {
    const result = await fetchOrgPage({ parentId, page });
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) break;
  }
  return items;
}

/** The tops of the visible tree: orgs whose parent is missing or outside the scope, climbing when unsure. */
async function fetchRoots(): Promise<Org[]> {
  const first = await fetchOrgPage({ page: 1 });
  const known = new Map<string, Org | null>(first.items.map((o) => [o.id, o]));
  const candidates = first.items.filter((o) => !o.parentId || !known.has(o.parentId));
  if (first.total <= first.items.length) return candidates;
  const roots = new Map<string, Org>();
  for (const candidate of candidates) {
    let top = candidate;
    while (top.parentId) {
      let parent = known.get(top.parentId);
      if (parent === undefined) {
        parent = await fetchOrgOrNull(top.parentId);
        known.set(top.parentId, parent);
      }
      if (!parent) break;
      top = { ...parent, hasChildren: true };
    }
    roots.set(top.id, top);
  }
  return [...roots.values()];
}

/** The roots of the org picker's tree. */
export function useOrgRoots(enabled = true) {
  return useQuery({ queryKey: officerKeys.orgs('roots'), queryFn: fetchRoots, enabled, staleTime: 300_000 });
}

/** The children of one org, loaded when its node is opened. */
export function orgChildrenQuery(parentId: string) {
  return queryOptions({
    queryKey: officerKeys.orgs(`children:${parentId}`),
    queryFn: () => fetchChildren(parentId),
    staleTime: 300_000,
  });
}

/** Orgs whose name matches, for typing in the picker. */
export function useOrgSearch(q: string) {
  return useQuery({
    queryKey: officerKeys.orgs(`search:${q}`),
    queryFn: () => fetchOrgPage({ q, page: 1, pageSize: 50, sort: 'name' }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** One org by id, e.g. to name a picker's value or find its region; idle without an id. */
export function useOrgById(id: string | null | undefined) {
  return useQuery({
    queryKey: officerKeys.orgs(`one:${id ?? ''}`),
    queryFn: () => fetchOrgOrNull(id!),
    enabled: Boolean(id),
    staleTime: 300_000,
  });
}
