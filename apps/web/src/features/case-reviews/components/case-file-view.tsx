import type { CaseDetail } from '@jiandu/contracts/cases';
import { Descriptions, Space, Table, type TableColumnsType, Tabs, Typography } from 'antd';
import { eventLabel, evidenceLabel, kindLabel, penaltyLabel, procedureLabel } from '../labels.ts';
import { t } from '../locale-scoring.ts';

type Timeline = CaseDetail['timeline'][number];
type Evidence = CaseDetail['evidence'][number];

/** The decision's penalties in a line: 罚款 3000 元, 警告. */
function decisionText(record: CaseDetail['record']): string {
  const penalties = record.decision?.penalties ?? [];
  return (
    penalties
      .map((p) =>
        p.type === 'fine' && p.amount !== undefined ? t('fine', { amount: p.amount }) : penaltyLabel(p.type),
      )
      .join('、') || '—'
  );
}

/**
 * The case file as the cases module presents it (party data masked): the record's facts, the
 * stages in order and the evidence list.
 */
export function CaseFileView({ detail }: { detail: CaseDetail }) {
  const { summary, record } = detail;
  const timelineColumns: TableColumnsType<Timeline> = [
    { title: t('timeline'), dataIndex: 'type', render: (type: Timeline['type']) => eventLabel(type) },
    { title: '', dataIndex: 'day' },
    {
      title: '',
      key: 'note',
      render: (_, e) => [e.reviewer, e.opinion, e.note].filter(Boolean).join(' · ') || '',
    },
  ];
  const evidenceColumns: TableColumnsType<Evidence> = [
    { title: t('evidence'), dataIndex: 'kind', render: (k: Evidence['kind']) => evidenceLabel(k) },
    { title: '', dataIndex: 'fileName', render: (v: string | null, e) => v ?? `${e.sha256.slice(0, 12)}…` },
    { title: '', dataIndex: 'capturedAt' },
  ];
  return (
    <Tabs
      size="small"
      items={[
        {
          key: 'facts',
          label: t('facts'),
          children: (
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('caseNumber')}>{summary.externalId}</Descriptions.Item>
              <Descriptions.Item label={t('caseTitle')}>{summary.title ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('agency')}>{summary.agency.name}</Descriptions.Item>
              <Descriptions.Item label={t('kind')}>
                {kindLabel(summary.kind)}
                {summary.procedure ? ` · ${procedureLabel(summary.procedure)}` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('party')}>{record.party?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('officers')}>
                <Space size={[8, 0]} wrap>
                  {record.officers.map((o) => (
                    <Typography.Text key={o} code>
                      {o}
                    </Typography.Text>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('filedOn')}>{summary.filedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('decidedOn')}>{summary.decidedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('closedOn')}>{summary.closedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('decision')}>{decisionText(record)}</Descriptions.Item>
            </Descriptions>
          ),
        },
        {
          key: 'timeline',
          label: t('timeline'),
          children: (
            <Table<Timeline>
              rowKey={(e) => `${e.type}-${e.at}`}
              size="small"
              showHeader={false}
              pagination={false}
              dataSource={detail.timeline}
              columns={timelineColumns}
            />
          ),
        },
        {
          key: 'evidence',
          label: `${t('evidence')} (${detail.evidence.length})`,
          children: (
            <Table<Evidence>
              rowKey="sha256"
              size="small"
              showHeader={false}
              pagination={false}
              dataSource={detail.evidence}
              columns={evidenceColumns}
              locale={{ emptyText: <Typography.Text type="secondary">{t('noEvidence')}</Typography.Text> }}
            />
          ),
        },
      ]}
    />
  );
}
