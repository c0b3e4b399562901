import { EQUIPMENT_CATEGORIES, type EquipmentSummaryRow } from '@jiandu/contracts/equipment';
import { Grid, Progress, Select, type TableColumnsType, Typography } from 'antd';
import { ListTable } from '../../../components/list/list-table.tsx';
import { ListToolbar } from '../../../components/list/list-toolbar.tsx';
import { SearchInput } from '../../../components/list/search-input.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { usePagedParams } from '../../../lib/paged-params.ts';
import { useExportSummary } from '../api/use-export-summary.ts';
import { type SummaryParams, useSummary } from '../api/use-summary.ts';
import { categoryLabel, optionsOf } from '../labels.ts';
import { t } from '../locale.ts';
import { CategoryTag } from './state-tag.tsx';

const EMPTY: SummaryParams = { page: 1, pageSize: 50 };

/** 在用汇总: per org and item, issued − returned = in use. */
export function SummaryTab() {
  const narrow = !Grid.useBreakpoint().md;
  const width = (w: number) => ({ width: narrow ? '100%' : w });
  const paging = usePagedParams(EMPTY);
  const { params, set } = paging;
  const summary = useSummary(params);
  const exporting = useExportSummary();
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
      <ListToolbar
        filtered={filtered}
        onReset={paging.reset}
        onExport={() => exporting.mutateAsync(params)}
        exporting={exporting.isPending}
        exportLabel={t('exportSummary')}
      >
        <SearchInput
          aria-label={t('searchLabel')}
          placeholder={t('itemSearch')}
          value={params.q}
          onSearch={(q) => set({ q })}
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
      </ListToolbar>
      <ListTable<EquipmentSummaryRow>
        query={summary}
        columns={columns}
        paging={paging}
        rowKey={(r) => `${r.orgId}:${r.category}:${r.itemName}`}
        emptyText={filtered ? t('emptyFiltered') : t('emptyIssues')}
        totalText={(total) => t('totalLines', { total })}
        pageSizeOptions={[20, 50, 100]}
      />
    </>
  );
}
