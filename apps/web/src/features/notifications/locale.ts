import { messages } from '../../lib/i18n.ts';

/** Strings of the notification bell and its list. */
export const t = messages({
  'zh-CN': {
    bell: '通知',
    bellUnread: '通知, {count} 条未读',
    title: '通知',
    empty: '暂无通知',
    unread: '未读',
    markRead: '标为已读',
    open: '查看',
    failed: '通知加载失败',
    retry: '重试',
    total: '共 {total} 条',
  },
  en: {
    bell: 'Notifications',
    bellUnread: 'Notifications, {count} unread',
    title: 'Notifications',
    empty: 'No notifications',
    unread: 'Unread',
    markRead: 'Mark read',
    open: 'Open',
    failed: 'Notifications could not be loaded',
    retry: 'Retry',
    total: '{total} in all',
  },
});
