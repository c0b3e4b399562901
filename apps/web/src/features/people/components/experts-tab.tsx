import { EXPERT_AVAILABILITIES, type Expert } from '@jiandu/contracts/people';
import { Button, Grid, Select, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ListTable } from '../../../components/list/list-table.tsx';
import { ListToolbar } from '../../../components/list/list-toolbar.tsx';
import { SearchInput } from '../../../components/list/search-input.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { useSession } from '../../../console/session.tsx';
import { FIELD_OPTIONS, fieldLabel } from '../../../lib/enforcement-fields.ts';
import { usePagedParams } from '../../../lib/paged-params.ts';
import { type ExpertListParams, useExperts } from '../api/use-experts.ts';
import { useExportExperts } from '../api/use-export-experts.ts';
import { availabilityLabel, optionsOf } from '../labels.ts';
import { t } from '../locale.ts';
import { ExpertDrawer } from './expert-drawer.tsx';
import { ExpertFormModal } from './expert-form-modal.tsx';
import { AvailabilityTag } from './status-tag.tsx';

type Sort = NonNullable<ExpertListParams['sort']>;
const COLUMN_SORT: Record<string, Sort> = {
  name: 'name',
  employer: 'employer',
  availability: 'availability',
};
const EMPTY: ExpertListParams = { page: 1, pageSize: 20 };

/** 专家库: experts by field and availability, with their conflicts of interest. */
export function ExpertsTab() {
  const { can } = useSession();
  const canWrite = can('pool.write');
  const narrow = !Grid.useBreakpoint().md;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  const paging = usePagedParams(EMPTY);
  const { params, set, sortOrder } = paging;
  const [editing, setEditing] = useState<Expert | 'new' | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const list = useExperts(params);
  const exporting = useExportExperts();
  const filtered = Boolean(params.q || params.orgId || params.field || params.availability);

  const columns: TableColumnsType<Expert> = [
    {
      title: t('name'),
      dataIndex: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, e) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setViewing(e.id)}>
          {name}
        </Button>
      ),
    },
    {
      title: t('employerTitle'),
      dataIndex: 'employer',
      sorter: true,
      sortOrder: sortOrder('employer'),
      render: (_, e) => (
        <div style={{ minWidth: 160 }}>
          <div>{e.employer}</div>
          {e.title ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {e.title}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: t('fields'),
      dataIndex: 'fields',
      render: (fields: Expert['fields']) => (
        <Space size={[0, 4]} wrap style={{ maxWidth: 220 }}>
          {fields.map((f) => (
            <Tag key={f}>{fieldLabel(f)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('specialty'),
      dataIndex: 'specialty',
      render: (v: string | null) => (
        <Typography.Text ellipsis={{ tooltip: v }} style={{ maxWidth: 200 }}>
          {v ?? '—'}
        </Typography.Text>
      ),
    },
    {
      title: t('availability'),
      dataIndex: 'availability',
      sorter: true,
      sortOrder: sortOrder('availability'),
      render: (_, e) => <AvailabilityTag expert={e} />,
    },
    {
      title: t('conflicts'),
      dataIndex: 'conflicts',
      render: (c: Expert['conflicts']) =>
        c.length ? <Tag color="red">{t('conflictCount', { n: c.length })}</Tag> : '—',
    },
    { title: t('poolOrg'), dataIndex: 'orgName' },
  ];
  if (canWrite)
    columns.push({
      title: t('actions'),
      key: 'actions',
      render: (_, e) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(e)}>
            {t('edit')}
          </Button>
          <Button type="link" size="small" onClick={() => setViewing(e.id)}>
            {t('conflictsShort')}
          </Button>
        </Space>
      ),
    });

  return (
    <>
      <ListToolbar
        filtered={filtered}
        onReset={paging.reset}
        add={canWrite ? { label: t('addExpert'), onClick: () => setEditing('new') } : undefined}
        onExport={() => exporting.mutateAsync(params)}
        exporting={exporting.isPending}
      >
        <SearchInput
          aria-label={t('searchLabel')}
          placeholder={t('expertSearch')}
          value={params.q}
          onSearch={(q) => set({ q })}
          style={width(220)}
        />
        <Select
          aria-label={t('fields')}
          placeholder={t('fields')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={params.field}
          onChange={(field) => set({ field })}
          options={FIELD_OPTIONS}
          style={width(150)}
          popupMatchSelectWidth={false}
        />
        <Select
          aria-label={t('availability')}
          placeholder={t('availability')}
          allowClear
          value={params.availability}
          onChange={(availability) => set({ availability })}
          options={optionsOf(EXPERT_AVAILABILITIES, availabilityLabel)}
          style={width(130)}
        />
        <OrgSelect
          aria-label={t('poolOrg')}
          placeholder={t('poolOrg')}
          kind="supervisor"
          allowClear
          value={params.orgId}
          onChange={(orgId) => set({ orgId })}
          style={width(200)}
        />
      </ListToolbar>
      <ListTable<Expert, Sort>
        query={list}
        columns={columns}
        paging={paging}
        columnSort={COLUMN_SORT}
        emptyText={filtered ? t('emptyFiltered') : t('emptyExperts')}
        totalText={(total) => t('totalPeople', { total })}
      />
      {editing ? (
        <ExpertFormModal expert={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      {viewing ? <ExpertDrawer id={viewing} onClose={() => setViewing(null)} /> : null}
    </>
  );
}
