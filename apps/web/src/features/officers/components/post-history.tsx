import { Alert, Table, Tag } from 'antd';
import { problemText } from '../../../lib/problem.ts';
import { useOfficerPosts } from '../api/use-officer-posts.ts';
import { t } from '../locale-detail.ts';

/** The posts an officer held, newest first (a transfer closes one and opens the next). */
export function PostHistory({ officerId }: { officerId: string }) {
  const posts = useOfficerPosts(officerId);
  if (posts.error) return <Alert type="error" showIcon title={problemText(posts.error)} />;
  return (
    <Table
      rowKey="id"
      size="small"
      loading={posts.isLoading}
      dataSource={posts.data ?? []}
      pagination={false}
      locale={{ emptyText: t('noPosts') }}
      scroll={{ x: 640 }}
      columns={[
        { title: t('org'), dataIndex: 'orgName', width: 220 },
        { title: t('post'), dataIndex: 'post', width: 140 },
        {
          title: t('period'),
          key: 'period',
          width: 200,
          render: (_, p) => (
            <span style={{ whiteSpace: 'nowrap' }}>
              {p.fromDate} ~ {p.toDate ?? <Tag color="green">{t('current')}</Tag>}
            </span>
          ),
        },
        { title: t('reason'), dataIndex: 'reason', render: (v: string) => v || '—' },
      ]}
    />
  );
}
