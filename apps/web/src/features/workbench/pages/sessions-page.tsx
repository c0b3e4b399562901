import { App, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import { ApiError } from '../../../lib/api.ts';
import { useEndSession, useSessions } from '../api/use-sessions.ts';
import { formatTime } from '../format.ts';
import { t } from '../locale.ts';

/** The user's own open sessions, any of which they can end. */
export default function SessionsPage() {
  const sessions = useSessions();
  const end = useEndSession();
  const { message } = App.useApp();
  return (
    <Card title={t('sessions')}>
      <Typography.Paragraph type="secondary">{t('sessionsHint')}</Typography.Paragraph>
      <Table
        rowKey="id"
        loading={sessions.isLoading}
        dataSource={sessions.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('createdAt'), dataIndex: 'createdAt', render: formatTime },
          { title: t('lastSeen'), dataIndex: 'lastSeenAt', render: formatTime },
          { title: t('ip'), dataIndex: 'ip' },
          { title: t('client'), dataIndex: 'userAgent', ellipsis: true },
          {
            title: '',
            key: 'action',
            render: (_, row) =>
              row.current ? (
                <Tag color="blue">{t('current')}</Tag>
              ) : (
                <Popconfirm
                  title={t('endConfirm')}
                  onConfirm={() =>
                    end.mutateAsync(row.id).then(
                      () => {
                        message.success(t('ended'));
                      },
                      (e: unknown) => message.error(e instanceof ApiError ? e.problem.detail : String(e)),
                    )
                  }
                >
                  <Button danger size="small">
                    {t('end')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}
