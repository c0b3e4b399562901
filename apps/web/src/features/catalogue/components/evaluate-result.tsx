import type { EvaluateResult } from '@jiandu/contracts/catalogue-evaluation';
import { Alert, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { circumstanceLabel, kindLabel } from '../labels.ts';
import { t } from '../locale-evaluate.ts';
import { ListEntries } from './benchmark-version-view.tsx';
import { OutcomeView } from './outcome-view.tsx';

/**
 * The answer of an evaluation: what may be imposed and on what basis; when the benchmark changed
 * between the act and the decision, both versions side by side (从旧兼从轻), and the item's lists.
 */
export function EvaluateResultView({ result }: { result: EvaluateResult }) {
  const { applied, other } = result;
  // The applied version is the act's unless the decision's was lighter; `other` is the one not applied.
  const act = result.appliedRule === 'act' ? applied : other;
  const decision = result.appliedRule === 'decision' ? applied : other;
  const column = (title: string, outcome: typeof applied | null) =>
    outcome ? (
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={title}
          extra={
            outcome === applied ? <Tag color="success">{t('applied')}</Tag> : <Tag>{t('notApplied')}</Tag>
          }
          styles={{ header: outcome === applied ? { background: '#f6ffed' } : {} }}
        >
          <OutcomeView outcome={outcome} compact />
        </Card>
      </Col>
    ) : null;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="evaluate-result">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'item', label: t('item'), children: `${result.item.name} (${result.item.code})` },
          {
            key: 'kind',
            label: t('kind'),
            children: `${kindLabel(result.item.kind)} · ${t('itemVersion', { n: result.item.version })}`,
          },
          { key: 'agency', label: t('agency'), children: result.agencyName },
          {
            key: 'circumstance',
            label: t('circumstance'),
            children: <Tag color="blue">{circumstanceLabel(result.circumstance)}</Tag>,
          },
        ]}
      />
      <Alert type="info" showIcon title={t('basis')} description={result.basis} />
      <Card size="small" title={t('appliedOutcome')}>
        <OutcomeView outcome={applied} />
      </Card>
      {other ? (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('lighterComparison')}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            {column(t('actVersion'), act)}
            {column(t('decisionVersion'), decision)}
          </Row>
        </>
      ) : null}
      <Card size="small" title={t('lists')}>
        <ListEntries entries={result.lists} />
      </Card>
    </Space>
  );
}
