import type { ComplaintStatisticsQuery } from '@jiandu/contracts/complaints';
import { Card, Empty, Grid, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DateRangeFilter } from '../../../components/list/date-range-filter.tsx';
import { ListError } from '../../../components/list/list-error.tsx';
import { ListToolbar } from '../../../components/list/list-toolbar.tsx';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { DAY, matching, searchEntries } from '../../../lib/url-list-params.ts';
import { useComplaintStatistics } from '../api/use-complaint-statistics.ts';
import { useExportComplaintStatistics } from '../api/use-export-complaint-statistics.ts';
import { AgencyFiguresTable } from '../components/agency-figures-table.tsx';
import { StatisticsCharts } from '../components/statistics-charts.tsx';
import { StatisticsSummary } from '../components/statistics-summary.tsx';
import { t } from '../locale-statistics.ts';

/** The period and org in the address, so a reload or a shared link shows the same figures. */
function useStatisticsQuery() {
  const [search, setSearch] = useSearchParams();
  const query: ComplaintStatisticsQuery = useMemo(
    () => ({
      from: matching(DAY, search.get('from')),
      to: matching(DAY, search.get('to')),
      orgId: search.get('orgId')?.slice(0, 40) || undefined,
    }),
    [search],
  );
  const set = (patch: Partial<ComplaintStatisticsQuery>) =>
    setSearch(new URLSearchParams(searchEntries({ ...query, ...patch })), { replace: true });
  return { query, set, reset: () => setSearch(new URLSearchParams(), { replace: true }) };
}

/**
 * 投诉举报统计: for a registration period and a handling org, how many complaints came by each
 * channel and of each kind, how timely they were handled, how satisfied the complainants were, and
 * the same by complained-about agency; exported as a workbook.
 */
export default function ComplaintStatisticsPage() {
  const { query, set, reset } = useStatisticsQuery();
  const narrow = Grid.useBreakpoint().sm === false;
  const figures = useComplaintStatistics(query);
  const exporting = useExportComplaintStatistics();
  const s = figures.data;
  const period =
    query.from || query.to
      ? t('periodText', { from: query.from ?? '…', to: query.to ?? '…' })
      : t('periodAll');
  return (
    <Card title={t('title')} extra={<Typography.Text type="secondary">{period}</Typography.Text>}>
      <ListToolbar
        filtered={Boolean(query.from || query.to || query.orgId)}
        onReset={reset}
        onExport={() => exporting.mutateAsync(query)}
        exporting={exporting.isPending}
        exportLabel={t('export')}
      >
        <DateRangeFilter
          label={t('period')}
          placeholder={[t('periodFrom'), t('periodTo')]}
          from={query.from}
          to={query.to}
          onChange={(from, to) => set({ from, to })}
          style={{ width: narrow ? '100%' : 260 }}
        />
        <OrgSelect
          aria-label={t('org')}
          placeholder={t('allOrgs')}
          allowClear
          value={query.orgId}
          onChange={(orgId) => set({ orgId })}
          style={{ width: narrow ? '100%' : 240 }}
        />
      </ListToolbar>
      {figures.error ? <ListError error={figures.error} onRetry={() => figures.refetch()} /> : null}
      {!s && !figures.error ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {s ? (
        <div style={{ opacity: figures.isFetching ? 0.6 : 1, transition: 'opacity 0.2s' }}>
          <StatisticsSummary s={s} />
          {s.total === 0 ? (
            <Empty description={t('empty')} />
          ) : (
            <>
              <StatisticsCharts s={s} />
              <AgencyFiguresTable rows={s.byAgency} />
            </>
          )}
        </div>
      ) : null}
    </Card>
  );
}
