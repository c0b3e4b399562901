import type { ITEM_SORTS, ItemListQuery, ItemSummary } from '@jiandu/contracts/catalogue';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { itemKeys } from './keys.ts';

/** The filters of the item list (also what the export takes). */
export type ItemFilters = ItemListQuery;

/** A server sort of the item list. */
export type ItemSort = (typeof ITEM_SORTS)[number];

/** One page request of the item list. */
export type ItemListParams = ItemFilters & {
  page: number;
  pageSize: number;
  sort?: ItemSort | undefined;
  order?: 'asc' | 'desc' | undefined;
};

/** One page of the items in the user's data scope. */
export function fetchItems(params: ItemListParams): Promise<Page<ItemSummary>> {
  return get<Page<ItemSummary>>('/api/items', params);
}

/** The item list, paged on the server; the previous page stays on screen while the next loads. */
export function useItems(params: ItemListParams) {
  return useQuery({
    queryKey: itemKeys.list(params),
    queryFn: () => fetchItems(params),
    placeholderData: keepPreviousData,
  });
}
