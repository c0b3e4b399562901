import type { ComplaintAgencyFigures } from '@jiandu/contracts/complaints';
import { Card, Table, type TableColumnsType, Typography } from 'antd';
import { t } from '../locale-statistics.ts';
import { percent } from './statistics-summary.tsx';

type Count = Exclude<keyof ComplaintAgencyFigures, 'agencyId' | 'agencyName'>;
const COUNTS: Count[] = [
  'total',
  'accepted',
  'declined',
  'transferred',
  'answered',
  'closed',
  'answeredOnTime',
  'overdue',
];

/** The figures by complained-about agency, most complained about first; every column sorts. */
export function AgencyFiguresTable({ rows }: { rows: ComplaintAgencyFigures[] }) {
  const columns: TableColumnsType<ComplaintAgencyFigures> = [
    {
      title: t('agency'),
      dataIndex: 'agencyName',
      fixed: 'left',
      render: (name: string, r) =>
        r.agencyId ? name : <Typography.Text type="secondary">{t('noAgency')}</Typography.Text>,
    },
    ...COUNTS.map((key) => ({
      title: t(key === 'total' ? 'count' : key),
      dataIndex: key,
      align: 'right' as const,
      sorter: (a: ComplaintAgencyFigures, b: ComplaintAgencyFigures) => a[key] - b[key],
      defaultSortOrder: key === 'total' ? ('descend' as const) : undefined,
      render: (n: number) =>
        key === 'overdue' && n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n,
    })),
    {
      title: t('onTimeRate'),
      key: 'rate',
      align: 'right',
      sorter: (a, b) => a.answeredOnTime / (a.answered || 1) - b.answeredOnTime / (b.answered || 1),
      render: (_, r) => percent(r.answeredOnTime, r.answered),
    },
  ];
  return (
    <Card size="small" title={t('byAgency')}>
      <Table<ComplaintAgencyFigures>
        rowKey={(r) => r.agencyId ?? '-'}
        size="small"
        columns={columns}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={
          rows.length > 20
            ? { pageSize: 20, showSizeChanger: false, showTotal: (n) => t('agencies', { n }) }
            : false
        }
        data-testid="agency-figures"
      />
    </Card>
  );
}
