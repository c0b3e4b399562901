import type { AgencyFile } from '@jiandu/contracts/case-review-scoring';
import { Button, Card, Select, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useAgencyFiles } from '../api/use-agency-files.ts';
import { ResponseModal } from '../components/response-modal.tsx';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { GradeTag } from '../components/status-tags.tsx';
import { t } from '../locale-agency.ts';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => THIS_YEAR - i);

/** What the reviewers found in one file, their names withheld. */
function Findings({ file }: { file: AgencyFile }) {
  return (
    <Space orientation="vertical" size={4} style={{ maxWidth: 420 }}>
      {file.reviews.map((r) => (
        <div key={r.reviewer}>
          <Typography.Text strong>
            {r.reviewer}: {r.total ?? '—'}
          </Typography.Text>
          {r.vetoes.map((v) => (
            <div key={v.label}>
              <Tag color="red">{v.label}</Tag>
              <Typography.Text type="secondary">{v.note}</Typography.Text>
            </div>
          ))}
          {r.comment ? <div>{r.comment}</div> : null}
        </div>
      ))}
      {file.consensus ? (
        <Typography.Text type="secondary">
          {t('consensus')}: {file.consensus}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

/** 评查结果: the agency's own published results, with the reviewers' findings, and its response. */
export default function AgencyResultsPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const [responding, setResponding] = useState<AgencyFile | null>(null);
  const files = useAgencyFiles(year);
  const columns: TableColumnsType<AgencyFile> = [
    {
      title: t('batch'),
      key: 'batch',
      render: (_, f) => (
        <div style={{ minWidth: 160 }}>
          <div>{f.batch.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {f.batch.organizer}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('caseNumber'),
      key: 'case',
      render: (_, f) => (
        <div style={{ minWidth: 160 }}>
          <div>{f.case.externalId}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {f.case.title}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('score'), dataIndex: 'score', render: (v: number | null) => v ?? '—' },
    { title: t('grade'), dataIndex: 'grade', render: (_, f) => <GradeTag grade={f.grade} /> },
    { title: t('reviews'), key: 'reviews', render: (_, f) => <Findings file={f} /> },
    {
      title: t('response'),
      key: 'response',
      render: (_, f) =>
        f.response ? (
          <div style={{ maxWidth: 260 }}>{f.response.text}</div>
        ) : f.canRespond ? (
          <Space orientation="vertical" size={2}>
            <Button size="small" type="primary" onClick={() => setResponding(f)}>
              {t('respond')}
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('responseDue')}: {f.responseDue}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('overdue')}</Typography.Text>
        ),
    },
  ];
  return (
    <Card title={t('title')}>
      <div className="page-toolbar">
        <Select
          aria-label={t('year')}
          allowClear
          placeholder={t('allYears')}
          value={year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 140 }}
        />
      </div>
      <ScrollRegion label={t('title')}>
        <Table<AgencyFile>
          rowKey="id"
          size="middle"
          loading={files.isFetching}
          dataSource={files.data ?? []}
          columns={columns}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          style={{ minWidth: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('none')}</Typography.Text> }}
        />
      </ScrollRegion>
      {responding ? <ResponseModal file={responding} onClose={() => setResponding(null)} /> : null}
    </Card>
  );
}
