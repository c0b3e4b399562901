import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { BATCH_STATUSES } from '@jiandu/contracts/case-review-labels';
import type { BatchSummary } from '@jiandu/contracts/case-reviews';
import { Button, Card, Grid, Select, Space, type TableColumnsType, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { ListTable } from '../../../components/list/list-table.tsx';
import { SearchInput } from '../../../components/list/search-input.tsx';
import { useSession } from '../../../console/session.tsx';
import { usePagedParams } from '../../../lib/paged-params.ts';
import { type BatchListParams, useBatches } from '../api/use-batches.ts';
import { BatchStatusTag } from '../components/status-tags.tsx';
import { batchStatusLabel } from '../labels.ts';
import { t } from '../locale.ts';

const EMPTY: BatchListParams = { page: 1, pageSize: 20 };
const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => THIS_YEAR - i);

/** 评查批次: the batches of the user's scope by year and status, each opening its detail. */
export function BatchListPage() {
  const { can } = useSession();
  const navigate = useNavigate();
  const narrow = !Grid.useBreakpoint().md;
  const paging = usePagedParams(EMPTY);
  const { params, set, reset } = paging;
  const list = useBatches(params);
  const columns: TableColumnsType<BatchSummary> = [
    {
      title: t('name'),
      dataIndex: 'name',
      render: (name: string, b) => <Link to={b.id}>{name}</Link>,
    },
    { title: t('year'), dataIndex: 'year' },
    { title: t('organizer'), dataIndex: ['organizer', 'name'] },
    { title: t('period'), key: 'period', render: (_, b) => `${b.periodFrom} ~ ${b.periodTo}` },
    { title: t('agencies'), dataIndex: 'agencies' },
    { title: t('files'), dataIndex: 'files' },
    { title: t('scored'), key: 'scored', render: (_, b) => `${b.scoredFiles} / ${b.files}` },
    { title: t('status'), dataIndex: 'status', render: (_, b) => <BatchStatusTag status={b.status} /> },
    {
      title: t('seed'),
      dataIndex: 'seed',
      render: (seed: string) => <Typography.Text code>{seed}</Typography.Text>,
    },
  ];
  return (
    <Card title={t('title')}>
      <div className="page-toolbar">
        <SearchInput
          value={params.q}
          onSearch={(q) => set({ q })}
          placeholder={t('search')}
          aria-label={t('search')}
          style={{ width: narrow ? '100%' : 220 }}
        />
        <Select
          aria-label={t('year')}
          allowClear
          placeholder={t('allYears')}
          value={params.year}
          onChange={(year?: number) => set({ year })}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: narrow ? '100%' : 120 }}
        />
        <Select
          aria-label={t('status')}
          allowClear
          placeholder={t('allStatuses')}
          value={params.status}
          onChange={(status?: BatchListParams['status']) => set({ status })}
          options={BATCH_STATUSES.map((s) => ({ value: s, label: batchStatusLabel(s) }))}
          style={{ width: narrow ? '100%' : 140 }}
        />
        <Button disabled={!(params.q || params.year || params.status)} onClick={reset}>
          {t('reset')}
        </Button>
        <Space wrap style={{ marginLeft: 'auto' }}>
          <Button icon={<BarChartOutlined aria-hidden />} onClick={() => navigate('annual')}>
            {t('annual')}
          </Button>
          {can('review.manage') ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('new')}>
              {t('newBatch')}
            </Button>
          ) : null}
        </Space>
      </div>
      <ListTable<BatchSummary>
        query={list}
        columns={columns}
        paging={paging}
        emptyText={t('none')}
        totalText={(total) => t('total', { total })}
      />
    </Card>
  );
}
