import type { ItemCreate, ItemDetail } from '@jiandu/contracts/catalogue';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { itemKeys } from './keys.ts';

/** Adds an item to an agency's catalogue as a first draft. */
export function createItem(input: ItemCreate): Promise<ItemDetail> {
  return api<ItemDetail>('POST', '/api/items', input);
}

/** Creates the item, then refreshes the list. */
export function useCreateItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createItem,
    onSuccess: (detail) => {
      client.setQueryData(itemKeys.one(detail.item.id), detail);
      return client.invalidateQueries({ queryKey: itemKeys.all });
    },
  });
}
