import { DownloadOutlined } from '@ant-design/icons';
import { EQUIPMENT_CATEGORIES, type EquipmentSummaryRow } from '@jiandu/contracts/equipment';
import {
  App,
  Button,
  Grid,
  Input,
  Progress,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useExportSummary } from '../api/use-export-summary.ts';
import { type SummaryParams, useSummary } from '../api/use-summary.ts';
import { errorText } from '../errors.ts';
import { categoryLabel, optionsOf } from '../labels.ts';
import { t } from '../locale.ts';
import { ListError } from './list-error.tsx';
import { OrgSelect } from './org-select.tsx';
import { CategoryTag } from './state-tag.tsx';

const EMPTY: SummaryParams = { page: 1, pageSize: 50 };

/** 在用汇总: per org and item, issued − returned = in use. */
export function SummaryTab() {
  const { message } = App.useApp();
  const narrow = !Grid.useBreakpoint().md;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  const [params, setParams] = useState<SummaryParams>(EMPTY);
  const [keyword, setKeyword] = useState('');
  useEffect(() => setKeyword(params.q ?? ''), [params.q]);
  const summary = useSummary(params);
  const exporting = useExportSummary();
  const set = (patch: Partial<SummaryParams>) => setParams((p) => ({ ...p, page: 1, ...patch }));
  const filtered = Boolean(params.q || params.orgId || params.category);
  const columns: TableColumnsType<EquipmentSummaryRow> = [
    { title: t('org'), dataIndex: 'orgName' },
    {
      title: t('category'),
      dataIndex: 'category',
      render: (c: EquipmentSummaryRow['category']) => <CategoryTag category={c} />,
    },
    { title: t('item'), dataIndex: 'itemName' },
    { title: t('issuedTotal'), dataIndex: 'issued', align: 'right' },
    { title: t('returnedTotal'), dataIndex: 'returned', align: 'right' },
    {
      title: t('inUse'),
      dataIndex: 'inUse',
      align: 'right',
      render: (n: number, r) => (
        <div style={{ minWidth: 120 }}>
          <Typography.Text strong>{n}</Typography.Text>
          <Progress
            percent={r.issued ? Math.round((n / r.issued) * 100) : 0}
            size="small"
            showInfo={false}
            aria-label={t('inUseShare')}
          />
        </div>
      ),
    },
    { title: t('holders'), dataIndex: 'officers', align: 'right', render: (n: number) => n || '—' },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('summaryIntro')}</Typography.Paragraph>
      <div className="page-toolbar">
        <Input.Search
          aria-label={t('searchLabel')}
          placeholder={t('itemSearch')}
          allowClear
          value={keyword}
          onChange={(e) => {
            setKeyword(e.target.value);
            if (!e.target.value) set({ q: undefined });
          }}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={width(180)}
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
        <Button disabled={!filtered} onClick={() => setParams(EMPTY)}>
          {t('reset')}
        </Button>
        <Space wrap style={{ marginLeft: 'auto' }}>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={exporting.isPending}
            onClick={() => exporting.mutateAsync(params).catch((e: unknown) => message.error(errorText(e)))}
          >
            {t('exportSummary')}
          </Button>
        </Space>
      </div>
      {summary.error ? <ListError error={summary.error} onRetry={() => summary.refetch()} /> : null}
      <Table<EquipmentSummaryRow>
        rowKey={(r) => `${r.orgId}:${r.category}:${r.itemName}`}
        size="middle"
        loading={summary.isFetching}
        dataSource={summary.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: filtered ? t('emptyFiltered') : t('emptyIssues') }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: summary.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('totalLines', { total }),
          onChange: (page, pageSize) =>
            setParams((p) => ({ ...p, page: pageSize === p.pageSize ? page : 1, pageSize })),
        }}
      />
    </>
  );
}
