import type { SampleAgency, SampledCase } from '@jiandu/contracts/case-reviews';
import { Descriptions, Grid, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { kindLabel, modeLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { ScrollRegion } from './scroll-region.tsx';

interface Props {
  seed: string;
  algorithm: string;
  agencies: SampleAgency[];
  cases: SampledCase[];
  /** Buttons beside the seed (复核抽样). */
  extra?: ReactNode;
}

/** A draw: its seed and algorithm, per agency and kind how many were candidates and drawn, the files. */
export function SamplePanel({ seed, algorithm, agencies, cases, extra }: Props) {
  // On a phone the labels go above their values: a narrow label column breaks 随机种子 letter by letter.
  const narrow = Grid.useBreakpoint().sm === false;
  const agencyColumns: TableColumnsType<SampleAgency> = [
    { title: t('agency'), dataIndex: 'agencyName' },
    {
      title: t('mode'),
      key: 'rule',
      render: (_, a) => `${modeLabel(a.mode)} ${a.value}${a.mode === 'share' ? '%' : ''}`,
    },
    { title: t('candidates'), dataIndex: 'candidates' },
    { title: t('sampled'), dataIndex: 'sampled' },
    {
      title: t('strata'),
      key: 'strata',
      render: (_, a) => (
        <Space size={[4, 4]} wrap>
          {a.strata.map((s) => (
            <Tag key={s.kind}>
              {kindLabel(s.kind)} {s.sampled}/{s.candidates}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];
  const caseColumns: TableColumnsType<SampledCase> = [
    { title: t('seq'), dataIndex: 'seq', width: 64 },
    { title: t('caseNumber'), dataIndex: 'externalId' },
    {
      title: t('caseTitle'),
      dataIndex: 'title',
      render: (v: string | null) => (
        <Typography.Text ellipsis={{ tooltip: v }} style={{ maxWidth: 320 }}>
          {v ?? '—'}
        </Typography.Text>
      ),
    },
    { title: t('kind'), dataIndex: 'kind', render: (k: SampledCase['kind']) => kindLabel(k) },
    { title: t('closedOn'), dataIndex: 'closedOn' },
    { title: t('agency'), dataIndex: 'agencyName' },
  ];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions size="small" column={1} bordered layout={narrow ? 'vertical' : 'horizontal'}>
        <Descriptions.Item label={t('seed')}>
          <Space wrap>
            <Typography.Text code copyable data-testid="sample-seed">
              {seed}
            </Typography.Text>
            {extra}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('algorithm')}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {algorithm}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <ScrollRegion label={t('agencies')}>
        <Table<SampleAgency>
          rowKey="agencyId"
          size="small"
          pagination={false}
          style={{ minWidth: 'max-content' }}
          dataSource={agencies}
          columns={agencyColumns}
        />
      </ScrollRegion>
      <ScrollRegion label={t('files')}>
        <Table<SampledCase>
          rowKey="caseId"
          size="small"
          data-testid="sample-cases"
          pagination={cases.length > 50 ? { pageSize: 50 } : false}
          style={{ minWidth: 'max-content' }}
          dataSource={cases}
          columns={caseColumns}
        />
      </ScrollRegion>
    </Space>
  );
}
