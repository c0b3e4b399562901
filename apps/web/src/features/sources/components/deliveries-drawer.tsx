import { SendOutlined } from '@ant-design/icons';
import type { DeliveryStatus, SourceDelivery, SourceSystem } from '@jiandu/contracts/sources';
import { App, Button, Drawer, Grid, Segmented, Space, Table, type TableColumnsType, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../../../lib/api.ts';
import { type DeliveriesParams, useDeliveries } from '../api/use-deliveries.ts';
import { useRetryDelivery } from '../api/use-retry-delivery.ts';
import { useSendTestMessage } from '../api/use-send-test-message.ts';
import { formatTime } from '../format.ts';
import { t } from '../locale.ts';
import { DeliveryStatusTag } from './delivery-status-tag.tsx';

const STATUSES: DeliveryStatus[] = ['pending', 'delivering', 'delivered', 'dead'];
const small = { fontSize: 12 } as const;
const wrap = {
  maxWidth: 240,
  display: 'inline-block',
  whiteSpace: 'normal',
  wordBreak: 'break-word',
} as const;
const detailOf = (e: unknown) => (e instanceof ApiError ? e.problem.detail : String(e));

const lastResponse = (d: SourceDelivery) => (
  <div>
    <div>{d.lastHttpStatus ? `HTTP ${d.lastHttpStatus}` : '—'}</div>
    {d.lastError ? (
      <Typography.Text type="danger" style={{ ...small, ...wrap }}>
        {d.lastError}
      </Typography.Text>
    ) : null}
  </div>
);

/** When it arrived, or when it is tried next; nothing for one being sent or given up. */
const whenOf = (d: SourceDelivery): [string, string] | null =>
  d.status === 'delivered'
    ? [t('deliveredAt'), formatTime(d.deliveredAt)]
    : d.nextAttemptAt
      ? [t('nextAttempt'), formatTime(d.nextAttemptAt)]
      : null;
const when = (d: SourceDelivery) => whenOf(d)?.join(' ') ?? '—';
function When({ d }: { d: SourceDelivery }) {
  const pair = whenOf(d);
  if (!pair) return <>—</>;
  return (
    <div>
      <Typography.Text type="secondary" style={{ ...small, display: 'block' }}>
        {pair[0]}
      </Typography.Text>
      {pair[1]}
    </div>
  );
}

function columns(wide: boolean, action: (d: SourceDelivery) => ReactNode): TableColumnsType<SourceDelivery> {
  if (!wide) {
    return [
      {
        title: t('deliveries'),
        key: 'delivery',
        render: (_, d) => (
          <div style={{ display: 'grid', gap: 2 }}>
            <div>
              <DeliveryStatusTag status={d.status} /> <Typography.Text code>{d.topic}</Typography.Text>
            </div>
            <Typography.Text type="secondary" style={small}>
              {formatTime(d.createdAt)} · {t('attempts')} {d.attempts}/{d.maxAttempts} · {when(d)}
            </Typography.Text>
            {lastResponse(d)}
            <div>{action(d)}</div>
          </div>
        ),
      },
    ];
  }
  return [
    { title: t('createdAt'), key: 'createdAt', render: (_, d) => formatTime(d.createdAt) },
    {
      title: t('topic'),
      key: 'topic',
      render: (_, d) => (
        <div>
          <Typography.Text code>{d.topic}</Typography.Text>
          <Typography.Text type="secondary" style={{ ...small, display: 'block' }} title={d.idempotencyKey}>
            {d.idempotencyKey.length > 24 ? `${d.idempotencyKey.slice(0, 24)}…` : d.idempotencyKey}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('status'), key: 'status', render: (_, d) => <DeliveryStatusTag status={d.status} /> },
    { title: t('attempts'), key: 'attempts', render: (_, d) => `${d.attempts}/${d.maxAttempts}` },
    { title: t('lastHttp'), key: 'last', render: (_, d) => lastResponse(d) },
    { title: t('when'), key: 'when', render: (_, d) => <When d={d} /> },
    { title: '', key: 'actions', fixed: 'right', render: (_, d) => action(d) },
  ];
}

function DeliveriesTable({ source, writable }: { source: SourceSystem; writable: boolean }) {
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? true;
  const [params, setParams] = useState<DeliveriesParams>({ page: 1, pageSize: 20 });
  const deliveries = useDeliveries(source.id, params);
  const retry = useRetryDelivery();
  const test = useSendTestMessage();
  const retryButton = (d: SourceDelivery) =>
    writable && (d.status === 'dead' || d.status === 'pending') ? (
      <Button
        size="small"
        loading={retry.isPending && retry.variables === d.id}
        onClick={() =>
          retry.mutate(d.id, {
            onSuccess: () => message.success(t('retried')),
            onError: (e) => message.error(t('failed', { detail: detailOf(e) })),
          })
        }
      >
        {t('retry')}
      </Button>
    ) : null;
  return (
    <>
      <Space wrap style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Segmented<DeliveryStatus | 'all'>
          value={params.status ?? 'all'}
          onChange={(value) =>
            setParams((p) => ({ ...p, page: 1, status: value === 'all' ? undefined : value }))
          }
          options={[
            { value: 'all', label: t('statusAll') },
            ...STATUSES.map((s) => ({ value: s, label: t(s) })),
          ]}
        />
        {writable && source.webhook && !source.revokedAt ? (
          <Button
            icon={<SendOutlined />}
            loading={test.isPending}
            onClick={() =>
              test.mutate(source.id, {
                onSuccess: () => message.success(t('testQueued')),
                onError: (e) => message.error(t('failed', { detail: detailOf(e) })),
              })
            }
          >
            {t('webhookTest')}
          </Button>
        ) : null}
      </Space>
      <Table<SourceDelivery>
        rowKey="id"
        size="small"
        loading={deliveries.isLoading}
        dataSource={deliveries.data?.items ?? []}
        scroll={wide ? { x: 'max-content' } : undefined}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: deliveries.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('total', { total }),
          onChange: (page, pageSize) =>
            setParams((p) => ({ ...p, page: pageSize === p.pageSize ? page : 1, pageSize })),
        }}
        columns={columns(wide, retryButton)}
      />
    </>
  );
}

/** A source's deliveries in a side drawer: status filter, attempts, last answer, retry and a test message. */
export function DeliveriesDrawer({
  source,
  writable,
  onClose,
}: {
  source: SourceSystem | null;
  writable: boolean;
  onClose: () => void;
}) {
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={source !== null}
      onClose={onClose}
      title={t('deliveriesOf', { name: source?.name ?? '' })}
      size={screens.md ? 1040 : '100%'}
      destroyOnHidden
    >
      {source ? <DeliveriesTable key={source.id} source={source} writable={writable} /> : null}
    </Drawer>
  );
}
