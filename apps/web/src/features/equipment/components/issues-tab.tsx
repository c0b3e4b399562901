import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { EQUIPMENT_CATEGORIES, EQUIPMENT_STATES, type EquipmentIssue } from '@jiandu/contracts/equipment';
import {
  App,
  Button,
  DatePicker,
  Grid,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { useExportIssues } from '../api/use-export-issues.ts';
import { type IssueListParams, useIssues } from '../api/use-issues.ts';
import { errorText } from '../errors.ts';
import { categoryLabel, optionsOf, stateLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { IssueDrawer } from './issue-drawer.tsx';
import { IssueFormModal } from './issue-form-modal.tsx';
import { ListError } from './list-error.tsx';
import { OrgSelect } from './org-select.tsx';
import { ReturnModal } from './return-modal.tsx';
import { CategoryTag, StateTag } from './state-tag.tsx';

type Sort = NonNullable<IssueListParams['sort']>;
const COLUMN_SORT: Record<string, Sort> = {
  issuedOn: 'issued',
  itemName: 'item',
  orgName: 'org',
  quantity: 'quantity',
};
const EMPTY: IssueListParams = { page: 1, pageSize: 20, sort: 'issued', order: 'desc' };

/** 发放登记: every issue in scope, with filters, issue, correct and return. */
export function IssuesTab() {
  const { can } = useSession();
  const canWrite = can('equipment.write');
  const { message } = App.useApp();
  const narrow = !Grid.useBreakpoint().md;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  const [params, setParams] = useState<IssueListParams>(EMPTY);
  const [keyword, setKeyword] = useState('');
  useEffect(() => setKeyword(params.q ?? ''), [params.q]);
  const [editing, setEditing] = useState<EquipmentIssue | 'new' | null>(null);
  const [returning, setReturning] = useState<EquipmentIssue | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const list = useIssues(params);
  const exporting = useExportIssues();
  const set = (patch: Partial<IssueListParams>) => setParams((p) => ({ ...p, page: 1, ...patch }));
  const sortOrder = (sort: Sort): SortOrder =>
    params.sort === sort ? (params.order === 'desc' ? 'descend' : 'ascend') : null;
  const filtered = Boolean(
    params.q || params.orgId || params.category || params.state || params.issuedFrom || params.issuedTo,
  );

  const columns: TableColumnsType<EquipmentIssue> = [
    {
      title: t('item'),
      dataIndex: 'itemName',
      sorter: true,
      sortOrder: sortOrder('item'),
      render: (_, x) => (
        <div style={{ minWidth: 140 }}>
          <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setViewing(x.id)}>
            {x.itemName}
          </Button>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[x.specification, x.serialNumber].filter(Boolean).join(' · ') || '—'}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('category'),
      dataIndex: 'category',
      render: (c: EquipmentIssue['category']) => <CategoryTag category={c} />,
    },
    { title: t('org'), dataIndex: 'orgName', sorter: true, sortOrder: sortOrder('org') },
    { title: t('holder'), dataIndex: 'officerName', render: (v: string | null) => v ?? t('orgHeld') },
    {
      title: t('quantity'),
      dataIndex: 'quantity',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('quantity'),
    },
    { title: t('issuedOn'), dataIndex: 'issuedOn', sorter: true, sortOrder: sortOrder('issued') },
    {
      title: t('returned'),
      dataIndex: 'returnedQuantity',
      align: 'right',
      render: (n: number, x) => (n ? `${n} (${x.returnedOn})` : '—'),
    },
    { title: t('inUse'), dataIndex: 'inUse', align: 'right', render: (n: number) => <strong>{n}</strong> },
    { title: t('state'), dataIndex: 'state', render: (s: EquipmentIssue['state']) => <StateTag state={s} /> },
  ];
  if (canWrite)
    columns.push({
      title: t('actions'),
      key: 'actions',
      render: (_, x) => (
        <Space size={0}>
          <Button type="link" size="small" disabled={x.inUse === 0} onClick={() => setReturning(x)}>
            {t('return')}
          </Button>
          <Button type="link" size="small" onClick={() => setEditing(x)}>
            {t('edit')}
          </Button>
        </Space>
      ),
    });

  return (
    <>
      <div className="page-toolbar">
        <Input.Search
          aria-label={t('searchLabel')}
          placeholder={t('search')}
          allowClear
          value={keyword}
          onChange={(e) => {
            setKeyword(e.target.value);
            if (!e.target.value) set({ q: undefined });
          }}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={width(200)}
        />
        <OrgSelect
          aria-label={t('org')}
          placeholder={t('orgFilter')}
          allowClear
          value={params.orgId}
          onChange={(orgId) => set({ orgId })}
          style={width(210)}
        />
        <Select
          aria-label={t('category')}
          placeholder={t('category')}
          allowClear
          value={params.category}
          onChange={(category) => set({ category })}
          options={optionsOf(EQUIPMENT_CATEGORIES, categoryLabel)}
          style={width(120)}
        />
        <Select
          aria-label={t('state')}
          placeholder={t('state')}
          allowClear
          value={params.state}
          onChange={(state) => set({ state })}
          options={optionsOf(EQUIPMENT_STATES, stateLabel)}
          style={width(120)}
        />
        <DatePicker.RangePicker
          aria-label={t('issuedOn')}
          placeholder={[t('issuedFrom'), t('issuedTo')]}
          value={
            params.issuedFrom && params.issuedTo ? [dayjs(params.issuedFrom), dayjs(params.issuedTo)] : null
          }
          onChange={(range) =>
            set({
              issuedFrom: range?.[0]?.format('YYYY-MM-DD') ?? undefined,
              issuedTo: range?.[1]?.format('YYYY-MM-DD') ?? undefined,
            })
          }
          style={width(240)}
        />
        <Button disabled={!filtered} onClick={() => setParams(EMPTY)}>
          {t('reset')}
        </Button>
        <Space wrap style={{ marginLeft: 'auto' }}>
          {canWrite ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('issue')}
            </Button>
          ) : null}
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={exporting.isPending}
            onClick={() => exporting.mutateAsync(params).catch((e: unknown) => message.error(errorText(e)))}
          >
            {t('export')}
          </Button>
        </Space>
      </div>
      {list.error ? <ListError error={list.error} onRetry={() => list.refetch()} /> : null}
      <Table<EquipmentIssue>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: filtered ? t('emptyFiltered') : t('emptyIssues') }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('totalIssues', { total }),
        }}
        onChange={(pagination, _filters, sorter, extra) => {
          if (extra.action === 'sort') {
            const one = Array.isArray(sorter) ? sorter[0] : sorter;
            const sort = one?.order ? COLUMN_SORT[String(one.field)] : undefined;
            set({ sort, order: sort ? (one?.order === 'descend' ? 'desc' : 'asc') : undefined });
            return;
          }
          const pageSize = pagination.pageSize ?? params.pageSize;
          setParams((p) => ({
            ...p,
            page: pageSize === p.pageSize ? (pagination.current ?? 1) : 1,
            pageSize,
          }));
        }}
      />
      {editing ? (
        <IssueFormModal issue={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      {returning ? <ReturnModal issue={returning} onClose={() => setReturning(null)} /> : null}
      {viewing ? (
        <IssueDrawer id={viewing} onClose={() => setViewing(null)} onReturn={(x) => setReturning(x)} />
      ) : null}
    </>
  );
}
