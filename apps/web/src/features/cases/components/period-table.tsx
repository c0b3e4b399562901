import type { PublicationPeriod } from '@jiandu/contracts/publicity';
import { Table, type TableColumnsType, Tag } from 'antd';
import { formatFine } from '../format.ts';
import { kindLabel, penaltyLabel } from '../labels.ts';
import { t } from '../locale-publicity.ts';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** The period table as text, for those who may read but not change it. */
export function PeriodTable({ rows }: { rows: PublicationPeriod[] }) {
  const columns: TableColumnsType<PublicationPeriod> = [
    { title: t('rank'), dataIndex: 'rank' },
    { title: t('label'), dataIndex: 'label', render: (label: string) => <span style={nowrap}>{label}</span> },
    {
      title: t('kind'),
      dataIndex: 'kind',
      render: (kind: PublicationPeriod['kind']) => <span style={nowrap}>{kindLabel(kind)}</span>,
    },
    {
      title: t('penaltyType'),
      dataIndex: 'penaltyType',
      render: (type: PublicationPeriod['penaltyType']) => (
        <span style={nowrap}>{type ? penaltyLabel(type) : t('anyPenalty')}</span>
      ),
    },
    {
      title: t('fineBelow'),
      dataIndex: 'fineBelow',
      render: (fine: number | null) => <span style={nowrap}>{fine === null ? '—' : formatFine(fine)}</span>,
    },
    {
      title: t('warningOnly'),
      dataIndex: 'warningOnly',
      render: (only: boolean) => <span style={nowrap}>{only ? t('warningOnly') : '—'}</span>,
    },
    {
      title: t('months'),
      dataIndex: 'months',
      render: (months: number | null) =>
        months === null ? <Tag style={{ marginInlineEnd: 0 }}>{t('notPublished')}</Tag> : months,
    },
    {
      title: t('basis'),
      dataIndex: 'basis',
      render: (basis: string) => (
        <span style={{ display: 'inline-block', minWidth: 180, maxWidth: 320 }}>{basis}</span>
      ),
    },
  ];
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region without links or fields must take focus itself, or a keyboard cannot scroll it (WCAG 2.1.1)
    <section aria-label={t('periodsTitle')} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table<PublicationPeriod>
        rowKey="id"
        size="middle"
        dataSource={[...rows].sort((a, b) => a.rank - b.rank)}
        columns={columns}
        pagination={false}
        // As wide as its content: the section around it scrolls, not the table.
        style={{ minWidth: 'max-content' }}
      />
    </section>
  );
}
