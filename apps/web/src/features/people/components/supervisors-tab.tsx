import { SettingOutlined } from '@ant-design/icons';
import {
  type InvitedSupervisor,
  SUPERVISOR_CATEGORIES,
  SUPERVISOR_STATUSES,
  type SupervisorStatus,
} from '@jiandu/contracts/people';
import { Button, Grid, InputNumber, Select, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ListTable } from '../../../components/list/list-table.tsx';
import { ListToolbar } from '../../../components/list/list-toolbar.tsx';
import { SearchInput } from '../../../components/list/search-input.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { useSession } from '../../../console/session.tsx';
import { usePagedParams } from '../../../lib/paged-params.ts';
import { useExportSupervisors } from '../api/use-export-supervisors.ts';
import { type SupervisorListParams, useSupervisors } from '../api/use-supervisors.ts';
import { categoryLabel, optionsOf, statusLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { AgeLimitModal } from './age-limit-modal.tsx';
import { SupervisorStatusTag } from './status-tag.tsx';
import { SupervisorDrawer } from './supervisor-drawer.tsx';
import { SupervisorFormModal } from './supervisor-form-modal.tsx';

type Sort = NonNullable<SupervisorListParams['sort']>;
const COLUMN_SORT: Record<string, Sort> = {
  name: 'name',
  category: 'category',
  termStart: 'term',
  orgName: 'org',
};
const EMPTY: SupervisorListParams = { page: 1, pageSize: 20 };

/** 特邀监督员: the invited supervisors in scope, with filters, appointment, edits and the detail drawer. */
export function SupervisorsTab() {
  const { can } = useSession();
  const canWrite = can('pool.write');
  const narrow = !Grid.useBreakpoint().md;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  const paging = usePagedParams(EMPTY);
  const { params, set, sortOrder } = paging;
  const [editing, setEditing] = useState<InvitedSupervisor | 'new' | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [limits, setLimits] = useState(false);
  const list = useSupervisors(params);
  const exporting = useExportSupervisors();
  const filtered = Boolean(params.q || params.orgId || params.category || params.status || params.termNumber);

  const columns: TableColumnsType<InvitedSupervisor> = [
    {
      title: t('name'),
      dataIndex: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      fixed: narrow ? undefined : 'left',
      render: (name: string, s) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setViewing(s.id)}>
          {name}
        </Button>
      ),
    },
    {
      title: t('genderAge'),
      key: 'age',
      render: (_, s) => `${s.gender === 'male' ? t('male') : t('female')} · ${t('ageValue', { age: s.age })}`,
    },
    {
      title: t('category'),
      dataIndex: 'category',
      sorter: true,
      sortOrder: sortOrder('category'),
      render: (c: InvitedSupervisor['category']) => <Tag color="blue">{categoryLabel(c)}</Tag>,
    },
    {
      title: t('employerTitle'),
      key: 'employer',
      render: (_, s) => (
        <div style={{ minWidth: 160 }}>
          <div>{s.employer}</div>
          {s.title ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {s.title}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    { title: t('appointingOrg'), dataIndex: 'orgName', sorter: true, sortOrder: sortOrder('org') },
    {
      title: t('term'),
      dataIndex: 'termStart',
      sorter: true,
      sortOrder: sortOrder('term'),
      render: (_, s) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {t('termNumberValue', { n: s.termNumber })}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.termStart} ~ {s.termEnd}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: t('status'),
      dataIndex: 'status',
      render: (s: SupervisorStatus) => <SupervisorStatusTag status={s} />,
    },
    { title: t('participationsThisYear'), dataIndex: 'participationsThisYear', align: 'right' },
  ];
  if (canWrite)
    columns.push({
      title: t('actions'),
      key: 'actions',
      render: (_, s) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(s)}>
            {t('edit')}
          </Button>
          <Button type="link" size="small" onClick={() => setViewing(s.id)}>
            {t('detail')}
          </Button>
        </Space>
      ),
    });

  return (
    <>
      <ListToolbar
        filtered={filtered}
        onReset={paging.reset}
        extra={
          <Button icon={<SettingOutlined aria-hidden />} onClick={() => setLimits(true)}>
            {t('ageLimits')}
          </Button>
        }
        add={canWrite ? { label: t('appoint'), onClick: () => setEditing('new') } : undefined}
        onExport={() => exporting.mutateAsync(params)}
        exporting={exporting.isPending}
      >
        <SearchInput
          aria-label={t('searchLabel')}
          placeholder={t('supervisorSearch')}
          value={params.q}
          onSearch={(q) => set({ q })}
          style={width(220)}
        />
        <OrgSelect
          aria-label={t('appointingOrg')}
          placeholder={t('appointingOrg')}
          kind="supervisor"
          allowClear
          value={params.orgId}
          onChange={(orgId) => set({ orgId })}
          style={width(200)}
        />
        <Select
          aria-label={t('category')}
          placeholder={t('category')}
          allowClear
          value={params.category}
          onChange={(category) => set({ category })}
          options={optionsOf(SUPERVISOR_CATEGORIES, categoryLabel)}
          style={width(130)}
        />
        <Select
          aria-label={t('status')}
          placeholder={t('status')}
          allowClear
          value={params.status}
          onChange={(status) => set({ status })}
          options={optionsOf(SUPERVISOR_STATUSES, statusLabel)}
          style={width(110)}
        />
        <InputNumber
          aria-label={t('termNumber')}
          placeholder={t('termNumber')}
          min={1}
          max={99}
          value={params.termNumber ?? null}
          onChange={(n) => set({ termNumber: n ?? undefined })}
          style={width(100)}
        />
      </ListToolbar>
      <ListTable<InvitedSupervisor, Sort>
        query={list}
        columns={columns}
        paging={paging}
        columnSort={COLUMN_SORT}
        emptyText={filtered ? t('emptyFiltered') : t('emptySupervisors')}
        totalText={(total) => t('totalPeople', { total })}
      />
      {editing ? (
        <SupervisorFormModal
          supervisor={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {viewing ? (
        <SupervisorDrawer id={viewing} onClose={() => setViewing(null)} onEdit={(s) => setEditing(s)} />
      ) : null}
      {limits ? <AgeLimitModal onClose={() => setLimits(false)} /> : null}
    </>
  );
}
