import type { Org } from '@jiandu/contracts/orgs';
import type { Page } from '@jiandu/contracts/paging';
import { Table, type TableProps, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { OrgListQuery } from '../api/use-orgs.ts';
import { formatDate } from '../format.ts';
import { kindLabel, t } from '../locale.ts';
import { OrgRowActions } from './org-row-actions.tsx';

type SortKey = 'name' | 'region' | 'created';

interface Props {
  query: OrgListQuery;
  data: Page<Org> | undefined;
  loading: boolean;
  /** Shows the edit, move and disable actions. */
  canWrite: boolean;
  /** Keeps the actions in view while scrolling sideways (wide screens; on a phone it would cover the names). */
  pinActions: boolean;
  onQueryChange: (patch: Partial<OrgListQuery>) => void;
  onEdit: (org: Org) => void;
  onMove: (org: Org) => void;
}

/** The org list, paged and sorted on the server. */
export function OrgTable({
  query,
  data,
  loading,
  canWrite,
  pinActions,
  onQueryChange,
  onEdit,
  onMove,
}: Props) {
  const sortOrderOf = (key: SortKey): SortOrder =>
    query.sort === key ? (query.order === 'desc' ? 'descend' : 'ascend') : null;
  const sortable = (key: SortKey) => ({ key, sorter: true, sortOrder: sortOrderOf(key) });
  const dash = (v: string | null) => v || '—';

  const columns: TableProps<Org>['columns'] = [
    {
      title: t('name'),
      dataIndex: 'name',
      ...sortable('name'),
      width: 200,
      render: (name: string, org) =>
        org.status === 'active' ? (
          name
        ) : (
          <>
            <Typography.Text type="secondary">{name}</Typography.Text> <Tag>{t('disabled')}</Tag>
          </>
        ),
    },
    { title: t('shortName'), dataIndex: 'shortName', render: dash, width: 110 },
    { title: t('kind'), dataIndex: 'kind', render: (kind: Org['kind']) => kindLabel(kind), width: 200 },
    {
      title: t('region'),
      dataIndex: 'regionName',
      ...sortable('region'),
      width: 180,
      render: (name: string | null, org) => <span title={org.regionCode}>{name ?? org.regionCode}</span>,
    },
    {
      title: t('creditCode'),
      dataIndex: 'creditCode',
      width: 180,
      render: (code: string | null) =>
        code ? (
          <Typography.Text style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{code}</Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: t('status'),
      dataIndex: 'status',
      width: 72,
      render: (status: Org['status']) =>
        status === 'active' ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('disabled')}</Tag>,
    },
    { title: t('createdAt'), dataIndex: 'createdAt', ...sortable('created'), width: 104, render: formatDate },
  ];
  if (canWrite)
    columns.push({
      title: t('actions'),
      key: 'actions',
      fixed: pinActions ? 'right' : undefined,
      width: 168,
      render: (_, org) => <OrgRowActions org={org} onEdit={onEdit} onMove={onMove} />,
    });

  return (
    <Table<Org>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={data?.items ?? []}
      scroll={{ x: columns.reduce((sum, c) => sum + Number(c.width ?? 0), 0) }}
      tableLayout="fixed"
      pagination={{
        current: query.page,
        pageSize: query.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t('total', { total }),
      }}
      onChange={(pagination, _filters, sorter, extra) => {
        const one = Array.isArray(sorter) ? sorter[0] : sorter;
        const sort = one?.order ? (one.columnKey as SortKey) : undefined;
        const order = one?.order === 'descend' ? 'desc' : one?.order === 'ascend' ? 'asc' : undefined;
        const sortChanged = sort !== query.sort || order !== query.order;
        onQueryChange({
          page: extra.action === 'paginate' && !sortChanged ? (pagination.current ?? 1) : 1,
          pageSize: pagination.pageSize ?? query.pageSize,
          sort,
          order,
        });
      }}
    />
  );
}
