import type { ItemSummary } from '@jiandu/contracts/catalogue';
import type { Page } from '@jiandu/contracts/paging';
import type { UseQueryResult } from '@tanstack/react-query';
import { Space, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { ListTable } from '../../../components/list/list-table.tsx';
import type { Paging } from '../../../lib/paged-params.ts';
import { columnSortOrder } from '../../../lib/paged-table.ts';
import type { ItemSort } from '../api/use-items.ts';
import { formatTime } from '../format.ts';
import { kindLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { BenchmarkTag } from './benchmark-tag.tsx';
import { PendingTag } from './pending-tag.tsx';
import { StatusTag } from './status-tag.tsx';

interface Props {
  query: UseQueryResult<Page<ItemSummary>>;
  paging: Paging<ItemSort>;
}

const COLUMN_SORT: Record<string, ItemSort> = {
  code: 'code',
  name: 'name',
  agencyName: 'agency',
  updatedAt: 'updated',
};
const nowrap = { whiteSpace: 'nowrap' } as const;

/** The catalogue: each item's code, name, kind, agency, status, version in force and benchmark; paged and sorted on the server. */
export function ItemTable({ query, paging }: Props) {
  const sortOrder = (sort: ItemSort) => columnSortOrder(paging.params, sort);
  const columns: TableColumnsType<ItemSummary> = [
    {
      title: t('code'),
      dataIndex: 'code',
      sorter: true,
      sortOrder: sortOrder('code'),
      render: (code: string, i) => (
        <Link to={i.id} style={{ ...nowrap, fontFamily: 'monospace' }}>
          {code}
        </Link>
      ),
    },
    {
      title: t('name'),
      dataIndex: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, i) => (
        <Link to={i.id} style={{ display: 'inline-block', minWidth: 180, maxWidth: 300 }}>
          {name}
        </Link>
      ),
    },
    {
      title: t('kind'),
      dataIndex: 'kind',
      render: (k: ItemSummary['kind']) => kindLabel(k),
    },
    {
      title: t('agency'),
      dataIndex: 'agencyName',
      sorter: true,
      sortOrder: sortOrder('agency'),
      render: (name: string) => (
        <span style={{ display: 'inline-block', minWidth: 120, maxWidth: 200 }}>{name}</span>
      ),
    },
    {
      title: t('status'),
      key: 'status',
      render: (_, i) => (
        <Space orientation="vertical" size={4} align="start">
          <StatusTag status={i.status} />
          <PendingTag status={i.pendingStatus} />
        </Space>
      ),
    },
    {
      title: t('versionInForce'),
      key: 'version',
      render: (_, i) =>
        i.version ? (
          <span style={nowrap}>
            {t('versionN', { n: i.version })}
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {i.withdrawnOn
                ? t('withdrawnOnValue', { date: i.withdrawnOn })
                : t('fromDate', { date: i.effectiveFrom ?? '—' })}
            </Typography.Text>
          </span>
        ) : (
          <Typography.Text type="secondary">{t('notPublished')}</Typography.Text>
        ),
    },
    {
      title: t('benchmark'),
      dataIndex: 'benchmarkStatus',
      render: (s: ItemSummary['benchmarkStatus']) => <BenchmarkTag state={s} />,
    },
    {
      title: t('updatedAt'),
      dataIndex: 'updatedAt',
      sorter: true,
      sortOrder: sortOrder('updated'),
      responsive: ['xxl'],
      render: (v: string) => <span style={nowrap}>{formatTime(v).slice(0, 10)}</span>,
    },
  ];
  return (
    <ListTable<ItemSummary, ItemSort>
      query={query}
      columns={columns}
      paging={paging}
      columnSort={COLUMN_SORT}
      emptyText={t('noItems')}
      totalText={(total) => t('total', { total })}
    />
  );
}
