/** Query keys of the notifications: every one under `['notifications']`, so marking one read refreshes the count and the list. */
export const notificationKeys = {
  all: ['notifications'] as const,
  unread: () => ['notifications', 'unread-count'] as const,
  list: (page: number) => ['notifications', 'list', page] as const,
};
