import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { TALENT_LEVELS, TALENT_SOURCES, TALENT_STATUSES, type Talent } from '@jiandu/contracts/people';
import { App, Button, Grid, Input, Select, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useEffect, useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { useExportTalents } from '../api/use-export-talents.ts';
import { type TalentListParams, useTalents } from '../api/use-talents.ts';
import { errorText } from '../errors.ts';
import {
  FIELD_OPTIONS,
  fieldLabel,
  levelLabel,
  optionsOf,
  sourceLabel,
  talentStatusLabel,
} from '../labels.ts';
import { t } from '../locale.ts';
import { ListError } from './list-error.tsx';
import { OrgSelect } from './org-select.tsx';
import { TalentFormModal } from './talent-form-modal.tsx';

type Sort = NonNullable<TalentListParams['sort']>;
const COLUMN_SORT: Record<string, Sort> = {
  name: 'name',
  entryDate: 'entry',
  level: 'level',
  orgName: 'org',
};
const EMPTY: TalentListParams = { page: 1, pageSize: 20, sort: 'entry', order: 'desc' };

/** 人才库: trained enforcement staff in reserve, by field, level and how they entered. */
export function TalentsTab() {
  const { can } = useSession();
  const canWrite = can('pool.write');
  const { message } = App.useApp();
  const narrow = !Grid.useBreakpoint().md;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  const [params, setParams] = useState<TalentListParams>(EMPTY);
  const [keyword, setKeyword] = useState('');
  useEffect(() => setKeyword(params.q ?? ''), [params.q]);
  const [editing, setEditing] = useState<Talent | 'new' | null>(null);
  const list = useTalents(params);
  const exporting = useExportTalents();
  const set = (patch: Partial<TalentListParams>) => setParams((p) => ({ ...p, page: 1, ...patch }));
  const sortOrder = (sort: Sort): SortOrder =>
    params.sort === sort ? (params.order === 'desc' ? 'descend' : 'ascend') : null;
  const filtered = Boolean(
    params.q || params.orgId || params.field || params.source || params.level || params.status,
  );

  const columns: TableColumnsType<Talent> = [
    { title: t('name'), dataIndex: 'name', sorter: true, sortOrder: sortOrder('name') },
    { title: t('staffOrg'), dataIndex: 'orgName', sorter: true, sortOrder: sortOrder('org') },
    {
      title: t('fields'),
      dataIndex: 'fields',
      render: (fields: Talent['fields']) => (
        <Space size={[0, 4]} wrap style={{ maxWidth: 200 }}>
          {fields.map((f) => (
            <Tag key={f}>{fieldLabel(f)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('skills'),
      dataIndex: 'skills',
      render: (v: string) => (
        <Typography.Text ellipsis={{ tooltip: v }} style={{ maxWidth: 260 }}>
          {v}
        </Typography.Text>
      ),
    },
    { title: t('source'), dataIndex: 'source', render: sourceLabel },
    {
      title: t('level'),
      dataIndex: 'level',
      sorter: true,
      sortOrder: sortOrder('level'),
      render: levelLabel,
    },
    { title: t('entryDate'), dataIndex: 'entryDate', sorter: true, sortOrder: sortOrder('entry') },
    {
      title: t('status'),
      dataIndex: 'status',
      render: (s: Talent['status']) => (
        <Tag color={s === 'active' ? 'green' : 'default'}>{talentStatusLabel(s)}</Tag>
      ),
    },
  ];
  if (canWrite)
    columns.push({
      title: t('actions'),
      key: 'actions',
      render: (_, x) => (
        <Button type="link" size="small" onClick={() => setEditing(x)}>
          {t('edit')}
        </Button>
      ),
    });

  return (
    <>
      <div className="page-toolbar">
        <Input.Search
          aria-label={t('searchLabel')}
          placeholder={t('talentSearch')}
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
          aria-label={t('staffOrg')}
          placeholder={t('staffOrg')}
          allowClear
          value={params.orgId}
          onChange={(orgId) => set({ orgId })}
          style={width(200)}
        />
        <Select
          aria-label={t('fields')}
          placeholder={t('fields')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={params.field}
          onChange={(field) => set({ field })}
          options={FIELD_OPTIONS}
          style={width(140)}
          popupMatchSelectWidth={false}
        />
        <Select
          aria-label={t('source')}
          placeholder={t('source')}
          allowClear
          value={params.source}
          onChange={(source) => set({ source })}
          options={optionsOf(TALENT_SOURCES, sourceLabel)}
          style={width(120)}
        />
        <Select
          aria-label={t('level')}
          placeholder={t('level')}
          allowClear
          value={params.level}
          onChange={(level) => set({ level })}
          options={optionsOf(TALENT_LEVELS, levelLabel)}
          style={width(100)}
        />
        <Select
          aria-label={t('status')}
          placeholder={t('status')}
          allowClear
          value={params.status}
          onChange={(status) => set({ status })}
          options={optionsOf(TALENT_STATUSES, talentStatusLabel)}
          style={width(100)}
        />
        <Button disabled={!filtered} onClick={() => setParams(EMPTY)}>
          {t('reset')}
        </Button>
        <Space wrap style={{ marginLeft: 'auto' }}>
          {canWrite ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('addTalent')}
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
      <Table<Talent>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: filtered ? t('emptyFiltered') : t('emptyTalents') }}
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
        <TalentFormModal talent={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
