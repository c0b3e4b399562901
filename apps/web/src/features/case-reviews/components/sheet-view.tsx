import { RUBRIC_SECTIONS, type RubricItem } from '@jiandu/contracts/case-review-labels';
import type { AssignmentDetail } from '@jiandu/contracts/case-review-scoring';
import { Alert, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { t } from '../locale-scoring.ts';

/** A sheet that can no longer change, shown as text: the vetoes marked, the points per item, the comment. */
export function SheetView({ detail }: { detail: AssignmentDetail }) {
  const { content } = detail.rubric;
  const labels = new Map(content.vetoItems.map((v) => [v.code, v.label]));
  const total = Object.values(detail.scores).reduce((a, b) => a + b, 0);
  const max = content.sections.form.total + content.sections.content.total;
  const columns: TableColumnsType<RubricItem> = [
    { title: t('item'), key: 'item', render: (_, i) => `${i.code} ${i.label}` },
    { title: t('max'), dataIndex: 'maxPoints', width: 64 },
    { title: t('points'), key: 'points', width: 64, render: (_, i) => detail.scores[i.code] ?? '—' },
  ];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Alert type="info" showIcon title={detail.status === 'submitted' ? t('readOnly') : t('closedBatch')} />
      {detail.vetoes.length ? (
        <div>
          <Typography.Title level={5}>{t('vetoTitle')}</Typography.Title>
          {detail.vetoes.map((v) => (
            <div key={v.code}>
              <Tag color="red">{labels.get(v.code) ?? v.code}</Tag>
              <Typography.Text>{v.note}</Typography.Text>
            </div>
          ))}
        </div>
      ) : null}
      {RUBRIC_SECTIONS.map((s) => (
        <Table<RubricItem>
          key={s}
          rowKey="code"
          size="small"
          pagination={false}
          title={() => (s === 'form' ? t('sectionForm') : t('sectionContent'))}
          dataSource={content.sections[s].items}
          columns={columns}
        />
      ))}
      <Typography.Title level={5} data-testid="sheet-total">
        {t('runningTotal', { total, max })}
      </Typography.Title>
      {detail.comment ? (
        <div>
          <Typography.Text strong>{t('comment')}</Typography.Text>
          <Typography.Paragraph>{detail.comment}</Typography.Paragraph>
        </div>
      ) : null}
    </Space>
  );
}
