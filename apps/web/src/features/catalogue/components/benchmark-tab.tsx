import type { ItemDetail } from '@jiandu/contracts/catalogue';
import { Card, Empty, Flex, Space, Typography } from 'antd';
import { statusLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { BenchmarkVersionView } from './benchmark-version-view.tsx';
import { WorkflowButtons } from './workflow-buttons.tsx';

/** 裁量基准: the benchmark in force, the version in progress, and the benchmark's workflow. */
export function BenchmarkTab({ detail, onEdit }: { detail: ItemDetail; onEdit: () => void }) {
  const { current, upcoming, pending } = detail.benchmark;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('benchmarkWorkflowHint')}</Typography.Text>
        <WorkflowButtons detail={detail} subject="benchmark" onEdit={onEdit} />
      </Flex>
      {current ? (
        <Card size="small" title={current.status === 'withdrawn' ? t('lastInForce') : t('currentBenchmark')}>
          <BenchmarkVersionView version={current} />
        </Card>
      ) : null}
      {upcoming ? (
        <Card
          size="small"
          title={t('upcomingVersion', { n: upcoming.version, date: upcoming.effectiveFrom ?? '' })}
          styles={{ header: { background: '#e6f4ff' } }}
        >
          <BenchmarkVersionView version={upcoming} />
        </Card>
      ) : null}
      {pending ? (
        <Card
          size="small"
          title={t('pendingVersion', { n: pending.version, status: statusLabel(pending.status) })}
          styles={{ header: { background: pending.status === 'submitted' ? '#fff7e6' : '#fafafa' } }}
        >
          <BenchmarkVersionView version={pending} />
        </Card>
      ) : null}
      {!current && !upcoming && !pending ? (
        <Card size="small">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noBenchmark')} />
        </Card>
      ) : null}
    </Space>
  );
}
