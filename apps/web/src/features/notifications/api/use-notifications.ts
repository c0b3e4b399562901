import type { Notification } from '@jiandu/contracts/officers';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { notificationKeys } from './keys.ts';

export const NOTIFICATION_PAGE_SIZE = 20;

/** One page of the notices to the user's org, newest first. */
export function fetchNotifications(page: number): Promise<Page<Notification>> {
  return get<Page<Notification>>('/api/notifications', { page, pageSize: NOTIFICATION_PAGE_SIZE });
}

/** The notice list shown in the drawer; read afresh each time it opens. */
export function useNotifications(page: number) {
  return useQuery({
    queryKey: notificationKeys.list(page),
    queryFn: () => fetchNotifications(page),
    placeholderData: keepPreviousData,
  });
}
