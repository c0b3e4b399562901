import type { ItemDetail } from '@jiandu/contracts/catalogue';
import { Card, Empty, Flex, Space, Typography } from 'antd';
import { statusLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { ItemVersionView } from './item-version-view.tsx';
import { WorkflowButtons } from './workflow-buttons.tsx';

/** 事项内容: the version in force, then the version in progress with its status, and the item's workflow. */
export function ItemContentTab({ detail, onEdit }: { detail: ItemDetail; onEdit: () => void }) {
  const { current, upcoming, pending } = detail;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('itemWorkflowHint')}</Typography.Text>
        <WorkflowButtons detail={detail} subject="item" onEdit={onEdit} />
      </Flex>
      <Card size="small" title={current?.status === 'withdrawn' ? t('lastInForce') : t('currentVersion')}>
        {current ? (
          <ItemVersionView version={current} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notPublishedYet')} />
        )}
      </Card>
      {upcoming ? (
        <Card
          size="small"
          title={t('upcomingVersion', { n: upcoming.version, date: upcoming.effectiveFrom ?? '' })}
          styles={{ header: { background: '#e6f4ff' } }}
        >
          <ItemVersionView version={upcoming} />
        </Card>
      ) : null}
      {pending ? (
        <Card
          size="small"
          title={t('pendingVersion', { n: pending.version, status: statusLabel(pending.status) })}
          styles={{ header: { background: pending.status === 'submitted' ? '#fff7e6' : '#fafafa' } }}
        >
          <ItemVersionView version={pending} />
        </Card>
      ) : null}
    </Space>
  );
}
