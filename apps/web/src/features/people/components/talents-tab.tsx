import { TALENT_LEVELS, TALENT_SOURCES, TALENT_STATUSES, type Talent } from '@jiandu/contracts/people';
import { Button, Grid, Select, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ListTable } from '../../../components/list/list-table.tsx';
import { ListToolbar } from '../../../components/list/list-toolbar.tsx';
import { SearchInput } from '../../../components/list/search-input.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { useSession } from '../../../console/session.tsx';
import { FIELD_OPTIONS, fieldLabel } from '../../../lib/enforcement-fields.ts';
import { usePagedParams } from '../../../lib/paged-params.ts';
import { useExportTalents } from '../api/use-export-talents.ts';
import { type TalentListParams, useTalents } from '../api/use-talents.ts';
import { levelLabel, optionsOf, sourceLabel, talentStatusLabel } from '../labels.ts';
import { t } from '../locale.ts';
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
  const narrow = !Grid.useBreakpoint().md;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  const paging = usePagedParams(EMPTY);
  const { params, set, sortOrder } = paging;
  const [editing, setEditing] = useState<Talent | 'new' | null>(null);
  const list = useTalents(params);
  const exporting = useExportTalents();
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
      <ListToolbar
        filtered={filtered}
        onReset={paging.reset}
        add={canWrite ? { label: t('addTalent'), onClick: () => setEditing('new') } : undefined}
        onExport={() => exporting.mutateAsync(params)}
        exporting={exporting.isPending}
      >
        <SearchInput
          aria-label={t('searchLabel')}
          placeholder={t('talentSearch')}
          value={params.q}
          onSearch={(q) => set({ q })}
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
      </ListToolbar>
      <ListTable<Talent, Sort>
        query={list}
        columns={columns}
        paging={paging}
        columnSort={COLUMN_SORT}
        emptyText={filtered ? t('emptyFiltered') : t('emptyTalents')}
        totalText={(total) => t('totalPeople', { total })}
      />
      {editing ? (
        <TalentFormModal talent={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
