import type { Org } from '@jiandu/contracts/orgs';
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api.ts';
import { orgKeys } from './org-keys.ts';
import { fetchOrg } from './use-org.ts';
import { fetchOrgs } from './use-orgs.ts';

const PAGE_SIZE = 100;
/** A parent with more children than this is cut off in the tree; the table still pages through all. */
const MAX_PAGES = 20;

/** Every org directly under a parent, in sort order, reading page after page. */
export async function fetchOrgChildren(parentId: string): Promise<Org[]> {
  const items: Org[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await fetchOrgs({ parentId, page, pageSize: PAGE_SIZE, sort: 'sort' });
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) break;
  }
  return items;
}

async function visibleParent(id: string): Promise<Org | null> {
  try {
    return await fetchOrg(id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * The tops of the tree the user may see: orgs whose parent is missing or outside the data scope.
 * The first page usually holds them; when there are more orgs than one page, a candidate's parent
 * may only be on a later page, so each candidate climbs while its parent is visible.
 */
export async function fetchOrgRoots(): Promise<Org[]> {
  const first = await fetchOrgs({ page: 1, pageSize: PAGE_SIZE, sort: 'sort' });
  const known = new Map<string, Org | null>(first.items.map((o) => [o.id, o]));
  const candidates = first.items.filter((o) => !o.parentId || !known.has(o.parentId));
  if (first.total <= first.items.length) return candidates;
  const roots = new Map<string, Org>();
  for (const candidate of candidates) {
    let top = candidate;
    while (top.parentId) {
      let parent = known.get(top.parentId);
      if (parent === undefined) {
        parent = await visibleParent(top.parentId);
        known.set(top.parentId, parent);
      }
      if (!parent) break;
      // GET /api/orgs/:id does not count children; an ancestor has some by definition.
      top = { ...parent, hasChildren: true };
    }
    roots.set(top.id, top);
  }
  return [...roots.values()].sort(
    (a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN'),
  );
}

/** The roots of the org tree. */
export function useOrgRoots() {
  return useQuery({ queryKey: orgKeys.roots(), queryFn: fetchOrgRoots });
}

/** The query of one parent's children, for lazy tree loading. */
export function orgChildrenQuery(parentId: string) {
  return queryOptions({ queryKey: orgKeys.children(parentId), queryFn: () => fetchOrgChildren(parentId) });
}

/** The children of every expanded parent, by parent id; they refresh with the rest of the org queries. */
export function useOrgChildren(parentIds: readonly string[]): Map<string, Org[]> {
  return useQueries({
    queries: parentIds.map((id) => orgChildrenQuery(id)),
    combine: (results) => {
      const map = new Map<string, Org[]>();
      results.forEach((r, i) => {
        if (r.data) map.set(parentIds[i]!, r.data);
      });
      return map;
    },
  });
}
