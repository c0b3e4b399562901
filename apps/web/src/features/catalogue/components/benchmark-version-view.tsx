import type { BenchmarkVersion, ListEntry } from '@jiandu/contracts/catalogue';
import { Descriptions, Grid, Space, Table, Tag, Typography } from 'antd';
import { listKindLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { Period } from './period.tsx';
import { StatusTag } from './status-tag.tsx';
import { TierTable } from './tier-table.tsx';

/** A benchmark's 首违不罚 and 不予处罚 entries. */
export function ListEntries({ entries }: { entries: ListEntry[] }) {
  if (!entries.length) return <Typography.Text type="secondary">{t('noListEntries')}</Typography.Text>;
  return (
    <Table<ListEntry>
      rowKey={(e) => `${e.list}-${e.behaviour}`}
      size="small"
      pagination={false}
      dataSource={entries}
      tableLayout="fixed"
      scroll={{ x: 560 }}
      columns={[
        {
          title: t('listKind'),
          dataIndex: 'list',
          width: 120,
          render: (l: ListEntry['list']) => (
            <Tag
              color={l === 'firstOffenceExempt' ? 'green' : 'blue'}
              style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}
            >
              {listKindLabel(l)}
            </Tag>
          ),
        },
        {
          title: t('behaviour'),
          dataIndex: 'behaviour',
          width: '45%',
        },
        {
          title: t('listConditions'),
          dataIndex: 'conditions',
          render: (v: string) => v || '—',
        },
      ]}
    />
  );
}

/** One version of a benchmark: its document, dates, the tiers and the lists. */
export function BenchmarkVersionView({ version }: { version: BenchmarkVersion }) {
  const c = version.content;
  const narrow = Grid.useBreakpoint().sm === false;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        layout={narrow ? 'vertical' : 'horizontal'}
        items={[
          {
            key: 'version',
            label: t('version'),
            children: (
              <Space size={8} wrap>
                {t('versionN', { n: version.version })}
                <StatusTag status={version.status} />
              </Space>
            ),
          },
          {
            key: 'period',
            label: t('effectivePeriod'),
            children: <Period from={version.effectiveFrom} to={version.effectiveTo} />,
          },
          { key: 'document', label: t('document'), children: c.document },
          { key: 'number', label: t('documentNumber'), children: c.documentNumber || '—' },
          ...(version.reason
            ? [{ key: 'reason', label: t('reason'), span: 'filled' as const, children: version.reason }]
            : []),
        ]}
      />
      <Typography.Text strong>{t('tiers')}</Typography.Text>
      <TierTable tiers={c.tiers} />
      <Typography.Text strong>{t('lists')}</Typography.Text>
      <ListEntries entries={c.lists} />
    </Space>
  );
}
