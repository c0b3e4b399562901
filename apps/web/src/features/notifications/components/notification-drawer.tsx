import type { Notification } from '@jiandu/contracts/officers';
import { Alert, Badge, Button, Drawer, List, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api.ts';
import { useMarkRead } from '../api/use-mark-read.ts';
import { NOTIFICATION_PAGE_SIZE, useNotifications } from '../api/use-notifications.ts';
import { noticeTarget } from '../link.ts';
import { t } from '../locale.ts';

const formatTime = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour12: false,
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });

interface Props {
  open: boolean;
  onClose: () => void;
}

/** The notices to the user's org, newest first; opening one marks it read and goes to what it is about. */
export default function NotificationDrawer({ open, onClose }: Props) {
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const list = useNotifications(page);
  const markRead = useMarkRead();

  const openNotice = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (!n.link) return;
    const target = noticeTarget(n.link);
    onClose();
    if (target.kind === 'console') navigate(target.path);
    else window.open(target.href, '_blank', 'noopener');
  };

  return (
    <Drawer open={open} onClose={onClose} title={t('title')} size={400} styles={{ body: { padding: 0 } }}>
      {list.error ? (
        <Alert
          type="error"
          showIcon
          style={{ margin: 16 }}
          title={list.error instanceof ApiError ? list.error.problem.detail : t('failed')}
          action={
            <Button size="small" onClick={() => void list.refetch()}>
              {t('retry')}
            </Button>
          }
        />
      ) : null}
      <List<Notification>
        loading={list.isFetching && !list.data}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('empty') }}
        pagination={
          (list.data?.total ?? 0) > NOTIFICATION_PAGE_SIZE
            ? {
                current: page,
                pageSize: NOTIFICATION_PAGE_SIZE,
                total: list.data?.total ?? 0,
                onChange: setPage,
                size: 'small',
                align: 'center',
                showTotal: (total) => t('total', { total }),
              }
            : false
        }
        renderItem={(n) => (
          <List.Item
            key={n.id}
            data-testid="notification-item"
            onClick={() => openNotice(n)}
            style={{
              cursor: n.link || !n.readAt ? 'pointer' : 'default',
              paddingInline: 16,
              background: n.readAt ? undefined : '#f0f6ff',
            }}
            extra={
              !n.readAt && !n.link ? (
                <Button
                  size="small"
                  type="link"
                  onClick={(e) => {
                    e.stopPropagation();
                    openNotice(n);
                  }}
                >
                  {t('markRead')}
                </Button>
              ) : null
            }
          >
            <List.Item.Meta
              title={
                <span>
                  {n.readAt ? null : (
                    <Badge status="processing" aria-label={t('unread')} style={{ marginInlineEnd: 6 }} />
                  )}
                  <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                </span>
              }
              description={
                <>
                  <div style={{ color: '#444' }}>{n.body}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatTime(n.createdAt)}
                    {n.link ? ` · ${t('open')} ›` : ''}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
