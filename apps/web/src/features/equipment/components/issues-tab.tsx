import { EQUIPMENT_CATEGORIES, EQUIPMENT_STATES, type EquipmentIssue } from '@jiandu/contracts/equipment';
import { Button, DatePicker, Grid, Select, Space, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ListTable } from '../../../components/list/list-table.tsx';
import { ListToolbar } from '../../../components/list/list-toolbar.tsx';
import { SearchInput } from '../../../components/list/search-input.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { useSession } from '../../../console/session.tsx';
import { usePagedParams } from '../../../lib/paged-params.ts';
import { useExportIssues } from '../api/use-export-issues.ts';
import { type IssueListParams, useIssues } from '../api/use-issues.ts';
import { categoryLabel, optionsOf, stateLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { IssueDrawer } from './issue-drawer.tsx';
import { IssueFormModal } from './issue-form-modal.tsx';
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
  const narrow = !Grid.useBreakpoint().md;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  const paging = usePagedParams(EMPTY);
  const { params, set, sortOrder } = paging;
  const [editing, setEditing] = useState<EquipmentIssue | 'new' | null>(null);
  const [returning, setReturning] = useState<EquipmentIssue | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const list = useIssues(params);
  const exporting = useExportIssues();
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
      <ListToolbar
        filtered={filtered}
        onReset={paging.reset}
        add={canWrite ? { label: t('issue'), onClick: () => setEditing('new') } : undefined}
        onExport={() => exporting.mutateAsync(params)}
        exporting={exporting.isPending}
      >
        <SearchInput
          aria-label={t('searchLabel')}
          placeholder={t('search')}
          value={params.q}
          onSearch={(q) => set({ q })}
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
      </ListToolbar>
      <ListTable<EquipmentIssue, Sort>
        query={list}
        columns={columns}
        paging={paging}
        columnSort={COLUMN_SORT}
        emptyText={filtered ? t('emptyFiltered') : t('emptyIssues')}
        totalText={(total) => t('totalIssues', { total })}
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
