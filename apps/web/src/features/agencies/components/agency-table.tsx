import type { AgencySort, AgencySummary } from '@jiandu/contracts/agencies';
import type { Page } from '@jiandu/contracts/paging';
import { Grid, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { columnSortOrder, pagedTableChange, pagerOf } from '../../../lib/paged-table.ts';
import type { AgencyListParams } from '../api/use-agencies.ts';
import { authorityLabel, fieldLabel, statusLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { StatusTag } from './status-tag.tsx';

interface Props {
  data: Page<AgencySummary> | undefined;
  loading: boolean;
  params: AgencyListParams;
  onParams: (changes: Partial<AgencyListParams>) => void;
}

const COLUMN_SORT: Record<string, AgencySort> = {
  name: 'name',
  regionName: 'region',
  confirmedOn: 'confirmed',
};

/** The agency list with each agency's qualification status; paged and sorted on the server. */
export function AgencyTable({ data, loading, params, onParams }: Props) {
  const screens = Grid.useBreakpoint();
  const sortOrder = (sort: AgencySort) => columnSortOrder(params, sort);
  const columns: TableColumnsType<AgencySummary> = [
    {
      title: t('name'),
      dataIndex: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, a) => (
        <Space orientation="vertical" size={0}>
          <Link to={a.orgId}>{name}</Link>
          {a.creditCode ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable>
              {a.creditCode}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('region'),
      dataIndex: 'regionName',
      sorter: true,
      sortOrder: sortOrder('region'),
      responsive: ['md'],
      render: (v: string | null, a) => v ?? a.regionCode,
    },
    {
      title: t('status'),
      key: 'status',
      render: (_, a) => (
        <Space size={4} wrap>
          <StatusTag status={a.status} />
          {a.pendingStatus ? (
            <Tag color="orange">{t('pending', { status: statusLabel(a.pendingStatus) })}</Tag>
          ) : null}
          {a.orgStatus === 'disabled' ? <Tag>{t('disabledOrg')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('authority'),
      dataIndex: 'authority',
      render: (v: AgencySummary['authority']) => (v ? authorityLabel(v) : '—'),
    },
    {
      title: t('fields'),
      dataIndex: 'fields',
      responsive: ['lg'],
      render: (fields: string[]) => (fields.length ? fields.map(fieldLabel).join('、') : '—'),
    },
    {
      title: t('confirmedOn'),
      dataIndex: 'confirmedOn',
      sorter: true,
      sortOrder: sortOrder('confirmed'),
      responsive: ['md'],
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('publishedOn'),
      dataIndex: 'publishedOn',
      responsive: ['lg'],
      render: (v: string | null) => v ?? '—',
    },
  ];
  return (
    <Table<AgencySummary>
      rowKey="orgId"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      columns={columns}
      scroll={screens.xl ? undefined : { x: 'max-content' }}
      pagination={pagerOf(params, data?.total ?? 0, (total) => t('total', { total }))}
      onChange={pagedTableChange<AgencySummary, AgencySort>(
        COLUMN_SORT,
        params.pageSize,
        (sort, order) => onParams({ sort, order, page: 1 }),
        (page, pageSize) => onParams({ page, pageSize }),
      )}
    />
  );
}
