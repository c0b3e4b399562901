import type { ComplaintStatistics } from '@jiandu/contracts/complaints';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { t } from '../locale-statistics.ts';

/** A share as a percentage with one decimal, or a dash when there is nothing to divide. */
export function percent(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '—';
}

/**
 * The headline figures: how many, how many on time at each stage, overdue now, satisfaction, and
 * those routed to 行政复议 or 行政诉讼 and petitions taken to 复查/复核.
 */
export function StatisticsSummary({ s }: { s: ComplaintStatistics }) {
  const tl = s.timeliness;
  const decided = tl.acceptedOnTime + tl.acceptedLate;
  const answered = tl.answeredOnTime + tl.answeredLate;
  const share = s.satisfaction.satisfiedShare;
  const cards = [
    { key: 'total', title: t('total'), value: s.total.toLocaleString('zh-CN') },
    {
      key: 'accept',
      title: t('acceptRate'),
      value: percent(tl.acceptedOnTime, decided),
      note: t('rateOf', { on: tl.acceptedOnTime, all: decided }),
    },
    {
      key: 'answer',
      title: t('answerRate'),
      value: percent(tl.answeredOnTime, answered),
      note: t('rateOf', { on: tl.answeredOnTime, all: answered }),
    },
    { key: 'overdue', title: t('openOverdue'), value: String(tl.openOverdue), alarm: tl.openOverdue > 0 },
    {
      key: 'satisfaction',
      title: t('satisfaction'),
      value: share === null ? '—' : `${(share * 100).toFixed(1)}%`,
      note: s.satisfaction.rated ? t('satisfactionOf', { n: s.satisfaction.rated }) : t('notRated'),
    },
    {
      key: 'more',
      title: t('extensionsGranted'),
      value: String(tl.extensionsGranted),
      note: `${t('reopened')}: ${t('pieces', { n: s.reopened })}`,
    },
    {
      key: 'routed',
      title: t('routedOut'),
      value: String(s.routedOut.reconsideration + s.routedOut.litigation),
      note: t('routedOutOf', { r: s.routedOut.reconsideration, l: s.routedOut.litigation }),
    },
    {
      key: 'reviews',
      title: t('petitionReviews'),
      value: String(s.reviews.review),
      note: t('petitionRechecks', { n: s.reviews.recheck }),
    },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {cards.map((c) => (
        <Col key={c.key} xs={12} md={8} xl={4}>
          <Card size="small" style={{ height: '100%' }} data-testid={`figure-${c.key}`}>
            <Statistic
              title={c.title}
              value={c.value}
              styles={{ content: c.alarm ? { color: '#c41d2f' } : {} }}
            />
            {c.note ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.note}
              </Typography.Text>
            ) : null}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
