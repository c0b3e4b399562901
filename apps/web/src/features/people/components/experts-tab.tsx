import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { EXPERT_AVAILABILITIES, type Expert } from '@jiandu/contracts/people';
import { App, Button, Grid, Input, Select, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useEffect, useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { type ExpertListParams, useExperts } from '../api/use-experts.ts';
import { useExportExperts } from '../api/use-export-experts.ts';
import { errorText } from '../errors.ts';
import { availabilityLabel, FIELD_OPTIONS, fieldLabel, optionsOf } from '../labels.ts';
import { t } from '../locale.ts';
import { ExpertDrawer } from './expert-drawer.tsx';
import { ExpertFormModal } from './expert-form-modal.tsx';
import { ListError } from './list-error.tsx';
import { OrgSelect } from './org-select.tsx';
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
  const { message } = App.useApp();
  const narrow = !Grid.useBreakpoint().md;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  const [params, setParams] = useState<ExpertListParams>(EMPTY);
  const [keyword, setKeyword] = useState('');
  useEffect(() => setKeyword(params.q ?? ''), [params.q]);
  const [editing, setEditing] = useState<Expert | 'new' | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const list = useExperts(params);
  const exporting = useExportExperts();
  const set = (patch: Partial<ExpertListParams>) => setParams((p) => ({ ...p, page: 1, ...patch }));
  const sortOrder = (sort: Sort): SortOrder =>
    params.sort === sort ? (params.order === 'desc' ? 'descend' : 'ascend') : null;
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
      <div className="page-toolbar">
        <Input.Search
          aria-label={t('searchLabel')}
          placeholder={t('expertSearch')}
          allowClear
          value={keyword}
          onChange={(e) => {
            setKeyword(e.target.value);
            if (!e.target.value) set({ q: undefined });
          }}
          onSearch={(q) => set({ q: q.trim() || undefined })}
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
        <Button disabled={!filtered} onClick={() => setParams(EMPTY)}>
          {t('reset')}
        </Button>
        <Space wrap style={{ marginLeft: 'auto' }}>
          {canWrite ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('addExpert')}
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
      <Table<Expert>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: filtered ? t('emptyFiltered') : t('emptyExperts') }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('totalPeople', { total }),
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
        <ExpertFormModal expert={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      {viewing ? <ExpertDrawer id={viewing} onClose={() => setViewing(null)} /> : null}
    </>
  );
}
