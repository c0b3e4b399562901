import type { MatterDesk } from '@jiandu/contracts/matters';
import { Card, Col, Row, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { useMatterDeskCounts } from '../api/use-matter-desk-counts.ts';
import { t } from '../locale-matters.ts';

const COUNTS: { key: keyof MatterDesk['counts']; label: string; to: string; alarm?: boolean }[] = [
  { key: 'open', label: t('countOpen'), to: '/matters?tab=all&status=open' },
  { key: 'rectifying', label: t('countRectifying'), to: '/matters?tab=all&status=rectifying' },
  { key: 'dueSoon', label: t('countDueSoon'), to: '/matters?tab=all&due=soon' },
  { key: 'overdue', label: t('countOverdue'), to: '/matters?tab=all&due=overdue', alarm: true },
  { key: 'verifying', label: t('countVerifying'), to: '/matters?tab=all&status=verifying' },
  { key: 'objections', label: t('countObjections'), to: '/matters', alarm: true },
];

/** What waits in supervision matters, each count opening those matters. */
export function MatterDeskCard() {
  const desk = useMatterDeskCounts(true);
  const counts = desk.data?.counts;
  return (
    <Card title={t('title')} extra={<Link to="/matters">{t('open')}</Link>}>
      {counts ? (
        <Row gutter={[12, 12]}>
          {COUNTS.map((c) => (
            <Col key={c.key} xs={8} md={4}>
              <Link to={c.to} aria-label={`${c.label}: ${counts[c.key]}`}>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {c.label}
                </Typography.Text>
                <span
                  style={{
                    fontSize: 22,
                    fontWeight: 600,
                    color: c.alarm && counts[c.key] > 0 ? '#c41d2f' : 'rgba(0,0,0,0.88)',
                  }}
                >
                  {counts[c.key]}
                </span>
              </Link>
            </Col>
          ))}
        </Row>
      ) : (
        <Skeleton active paragraph={{ rows: 1 }} />
      )}
    </Card>
  );
}
