import { DownloadOutlined, SendOutlined } from '@ant-design/icons';
import type { BatchDetail, BatchResults, GradeFigures, ReviewFile } from '@jiandu/contracts/case-reviews';
import type { UseQueryResult } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { problemText } from '../../../lib/problem.ts';
import { publishBatch, useBatchAction } from '../api/use-batch-action.ts';
import { useExportResults } from '../api/use-export-results.ts';
import { t as tb } from '../locale.ts';
import { t } from '../locale-team.ts';
import { DecisionModal } from './decision-modal.tsx';
import { GradeFiguresView } from './grade-figures.tsx';
import { MatterModal } from './matter-modal.tsx';
import { ScrollRegion } from './scroll-region.tsx';
import { FileStateTag, GradeTag } from './status-tags.tsx';

type Agency = GradeFigures & { agencyId: string; agencyName: string };
type Opened = { kind: 'override' | 'consensus' | 'matter'; file: ReviewFile };

interface Props {
  batch: BatchDetail;
  results: UseQueryResult<BatchResults>;
  manage: boolean;
}

/** 评查结果: the figures, per agency and per file, the organizer's decisions, export and publication. */
export function ResultsPanel({ batch, results, manage }: Props) {
  const { message } = App.useApp();
  const [opened, setOpened] = useState<Opened | null>(null);
  const exporting = useExportResults();
  const publish = useBatchAction(publishBatch);
  const open = batch.status === 'open';
  const data = results.data;
  const agencyColumns: TableColumnsType<Agency> = [
    { title: t('agency'), dataIndex: 'agencyName' },
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
  const fileColumns: TableColumnsType<ReviewFile> = [
    { title: t('seq'), dataIndex: 'seq', width: 56 },
    {
      title: t('caseNumber'),
      key: 'case',
      render: (_, f) => (
        <div style={{ minWidth: 180, maxWidth: 260 }}>
          <div>{f.case.externalId}</div>
          <Typography.Text
            type="secondary"
            ellipsis={{ tooltip: f.case.title }}
            style={{ fontSize: 12, maxWidth: 260 }}
          >
            {f.case.title}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('agency'), dataIndex: ['agency', 'name'] },
    {
      title: t('sheets'),
      key: 'sheets',
      render: (_, f) =>
        f.assignments
          .filter((a) => a.status === 'submitted')
          .map((a) => `${a.reviewerName} ${a.total}`)
          .join(' / ') || '—',
    },
    {
      title: t('vetoes'),
      key: 'vetoes',
      render: (_, f) => {
        const vetoes = f.assignments.flatMap((a) => a.vetoes.map((v) => v.label));
        return vetoes.length ? (
          <Space size={[0, 4]} wrap>
            {[...new Set(vetoes)].map((v) => (
              <Tag key={v} color={f.vetoOverride ? 'default' : 'red'}>
                {v}
              </Tag>
            ))}
          </Space>
        ) : (
          '—'
        );
      },
    },
    { title: t('score'), dataIndex: 'score', render: (v: number | null) => v ?? '—' },
    { title: t('grade'), dataIndex: 'grade', render: (_, f) => <GradeTag grade={f.grade} /> },
    { title: t('state'), dataIndex: 'state', render: (_, f) => <FileStateTag state={f.state} /> },
    { title: t('matter'), key: 'matter', render: (_, f) => f.matter?.number ?? '—' },
    {
      title: t('response'),
      key: 'response',
      render: (_, f) =>
        f.response ? (
          <Typography.Text ellipsis={{ tooltip: f.response.text }} style={{ maxWidth: 200 }}>
            {f.response.text}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];
  if (manage)
    fileColumns.push({
      title: t('actions'),
      key: 'actions',
      render: (_, f) => (
        <Space size={0} wrap>
          {open && f.vetoed ? (
            <Button type="link" size="small" onClick={() => setOpened({ kind: 'override', file: f })}>
              {t('override')}
            </Button>
          ) : null}
          {open && f.state === 'needs_consensus' ? (
            <Button type="link" size="small" onClick={() => setOpened({ kind: 'consensus', file: f })}>
              {t('consensus')}
            </Button>
          ) : null}
          {f.state === 'scored' && !f.matter ? (
            <Button type="link" size="small" onClick={() => setOpened({ kind: 'matter', file: f })}>
              {t('toMatter')}
            </Button>
          ) : null}
        </Space>
      ),
    });
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <Button
          icon={<DownloadOutlined aria-hidden />}
          loading={exporting.isPending}
          onClick={() => exporting.mutateAsync(batch.id).catch((e: unknown) => message.error(problemText(e)))}
        >
          {t('export')}
        </Button>
        {manage && open ? (
          <Popconfirm
            title={tb('publishConfirm')}
            onConfirm={() =>
              publish.mutateAsync(batch.id).then(
                () => message.success(tb('published')),
                (e: unknown) => message.error(problemText(e)),
              )
            }
          >
            <Button type="primary" icon={<SendOutlined aria-hidden />} loading={publish.isPending}>
              {tb('publish')}
            </Button>
          </Popconfirm>
        ) : null}
      </Space>
      {data ? <GradeFiguresView figures={data.overall} /> : null}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('byAgency')}
      </Typography.Title>
      <ScrollRegion label={t('byAgency')}>
        <Table<Agency>
          rowKey="agencyId"
          size="small"
          pagination={false}
          style={{ minWidth: 'max-content' }}
          loading={results.isFetching}
          dataSource={data?.agencies ?? []}
          columns={agencyColumns}
        />
      </ScrollRegion>
      <ScrollRegion label={t('files')}>
        <Table<ReviewFile>
          rowKey="id"
          size="middle"
          data-testid="result-files"
          loading={results.isFetching}
          dataSource={data?.files ?? []}
          columns={fileColumns}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          style={{ minWidth: 'max-content' }}
        />
      </ScrollRegion>
      {opened?.kind === 'matter' ? (
        <MatterModal batchId={batch.id} file={opened.file} onClose={() => setOpened(null)} />
      ) : opened ? (
        <DecisionModal
          kind={opened.kind}
          batchId={batch.id}
          file={opened.file}
          gap={batch.scoreGap}
          total={batch.rubricTotal}
          onClose={() => setOpened(null)}
        />
      ) : null}
    </Space>
  );
}
