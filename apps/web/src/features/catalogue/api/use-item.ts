import type { ItemDetail } from '@jiandu/contracts/catalogue';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { itemKeys, seg } from './keys.ts';

/** One item: its versions, its benchmark's versions, the adjustment log and the steps the user may take. */
export function fetchItem(id: string): Promise<ItemDetail> {
  return get<ItemDetail>(`/api/items/${seg(id)}`);
}

/** The item detail. */
export function useItem(id: string | undefined) {
  return useQuery({
    queryKey: itemKeys.one(id ?? ''),
    queryFn: () => fetchItem(id!),
    enabled: Boolean(id),
  });
}
