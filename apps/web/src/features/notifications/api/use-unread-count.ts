import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { notificationKeys } from './keys.ts';

/** How many notices to the user's org are unread. */
export function fetchUnreadCount(): Promise<{ count: number }> {
  return get<{ count: number }>('/api/notifications/unread-count');
}

/**
 * The unread count, asked again every minute while the tab is visible (react-query pauses the
 * interval in a hidden tab) and the user is at the keyboard: a poll is a request, and requests keep
 * the session alive, so polling an unattended console would defeat the idle sign-out.
 */
export function useUnreadCount(userActive: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: fetchUnreadCount,
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
    enabled: userActive,
    retry: false,
  });
}
