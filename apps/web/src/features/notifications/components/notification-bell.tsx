import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useUnreadCount } from '../api/use-unread-count.ts';
import { t } from '../locale.ts';
import { useRecentlyActive } from '../use-recently-active.ts';

// The list is loaded the first time it opens, so the console's first load carries only the bell.
const NotificationDrawer = lazy(() => import('./notification-drawer.tsx'));

/** The header bell: the unread count of the user's org, opening the list of notices. */
export function NotificationBell() {
  const active = useRecentlyActive();
  const unread = useUnreadCount(active);
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const count = unread.data?.count ?? 0;
  return (
    <>
      <Badge count={count} overflowCount={99} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={count ? t('bellUnread', { count }) : t('bell')}
          data-testid="notification-bell"
          onClick={() => {
            setOpen(true);
            setOpened(true);
          }}
        />
      </Badge>
      {opened ? (
        <Suspense fallback={null}>
          <NotificationDrawer open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
