import type { ItemDetail } from '@jiandu/contracts/catalogue';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { itemKeys } from './keys.ts';

/**
 * A call that changes one item and answers with its new detail: the detail is shown at once and the
 * lists are refreshed, whichever workflow step it was.
 */
export function useDetailMutation<I>(id: string, call: (input: I) => Promise<ItemDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (detail) => {
      client.setQueryData(itemKeys.one(id), detail);
      return client.invalidateQueries({ queryKey: itemKeys.all });
    },
  });
}
