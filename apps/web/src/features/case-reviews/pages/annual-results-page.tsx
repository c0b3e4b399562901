import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import type { AgencyResult } from '@jiandu/contracts/case-review-scoring';
import { App, Button, Card, Select, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemText } from '../../../lib/problem.ts';
import { useAnnualResults, useExportAnnualResults } from '../api/use-annual-results.ts';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { t } from '../locale-agency.ts';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => THIS_YEAR - i);

/** 年度结果汇总: per agency, the year's published results (files, average, grades, pass rate), exported. */
export function AnnualResultsPage() {
  const { message } = App.useApp();
  const [year, setYear] = useState(THIS_YEAR - 1);
  const results = useAnnualResults(year);
  const exporting = useExportAnnualResults();
  const columns: TableColumnsType<AgencyResult> = [
    { title: t('agency'), dataIndex: 'agencyName' },
    { title: t('batches'), dataIndex: 'batches' },
    { title: t('files'), dataIndex: 'files' },
    { title: t('scored'), dataIndex: 'scored' },
    { title: t('average'), dataIndex: 'averageScore', render: (v: number | null) => v ?? '—' },
    { title: t('excellent'), dataIndex: ['grades', 'excellent'] },
    { title: t('good'), dataIndex: ['grades', 'good'] },
    { title: t('pass'), dataIndex: ['grades', 'pass'] },
    { title: t('fail'), dataIndex: ['grades', 'fail'] },
    {
      title: t('passRate'),
      dataIndex: 'passRate',
      render: (v: number | null) => (v === null ? '—' : `${v}%`),
    },
  ];
  return (
    <Card
      title={
        <Space wrap>
          <Link to="..">
            <ArrowLeftOutlined aria-hidden /> {t('back')}
          </Link>
          <span>{t('annualTitle')}</span>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('annualHint')}</Typography.Paragraph>
      <div className="page-toolbar">
        <Select
          aria-label={t('year')}
          value={year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 120 }}
        />
        <Button
          icon={<DownloadOutlined aria-hidden />}
          loading={exporting.isPending}
          style={{ marginLeft: 'auto' }}
          onClick={() => exporting.mutateAsync(year).catch((e: unknown) => message.error(problemText(e)))}
        >
          {t('export')}
        </Button>
      </div>
      <ScrollRegion label={t('annualTitle')}>
        <Table<AgencyResult>
          rowKey="agencyId"
          size="middle"
          loading={results.isFetching}
          dataSource={results.data ?? []}
          columns={columns}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          style={{ minWidth: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('noAnnual')}</Typography.Text> }}
        />
      </ScrollRegion>
    </Card>
  );
}
