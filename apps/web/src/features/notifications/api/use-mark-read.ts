import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { notificationKeys } from './keys.ts';

/** Marks one notice read (for the whole org: the notice went to the org, not to one person). */
export function markNotificationRead(id: string): Promise<unknown> {
  return api('POST', `/api/notifications/${encodeURIComponent(id)}/read`);
}

/** Marks a notice read, then refreshes the count and the list. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
