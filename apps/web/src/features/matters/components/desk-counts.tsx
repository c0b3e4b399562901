import type { MatterDesk } from '@jiandu/contracts/matters';
import { Card, Col, Row, Skeleton, Typography } from 'antd';
import type { MatterFilters } from '../api/use-matters.ts';
import { t } from '../locale.ts';

interface Count {
  key: keyof MatterDesk['counts'];
  label: string;
  hint?: string;
  /** The list that shows these matters; the objections have their table on the desk instead. */
  filters?: Partial<MatterFilters>;
  alarm?: boolean;
}

const COUNTS: Count[] = [
  { key: 'open', label: t('countOpen'), hint: t('countOpenHint'), filters: { status: 'open' } },
  { key: 'rectifying', label: t('countRectifying'), filters: { status: 'rectifying' } },
  { key: 'dueSoon', label: t('countDueSoon'), hint: t('countDueSoonHint'), filters: { due: 'soon' } },
  { key: 'overdue', label: t('countOverdue'), filters: { due: 'overdue' }, alarm: true },
  { key: 'verifying', label: t('countVerifying'), filters: { status: 'verifying' } },
  { key: 'objections', label: t('countObjections'), alarm: true },
];

const button = {
  display: 'block',
  width: '100%',
  padding: 0,
  border: 0,
  background: 'none',
  textAlign: 'start',
  cursor: 'pointer',
  font: 'inherit',
} as const;

/**
 * The desk's counts, each a way into the list of those matters (the objections scroll to their
 * table); the alarming ones are red when not zero.
 */
export function DeskCounts({
  counts,
  onShow,
}: {
  counts: MatterDesk['counts'] | undefined;
  onShow: (filters: Partial<MatterFilters>) => void;
}) {
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {COUNTS.map((c) => {
        const n = counts?.[c.key];
        const red = c.alarm && (n ?? 0) > 0;
        return (
          <Col key={c.key} xs={12} sm={8} xl={4}>
            <Card size="small" style={{ height: '100%' }}>
              {n === undefined ? (
                <Skeleton active paragraph={false} />
              ) : (
                <button
                  type="button"
                  style={button}
                  data-testid={`desk-count-${c.key}`}
                  aria-label={`${c.label}: ${n}`}
                  onClick={() =>
                    c.filters
                      ? onShow(c.filters)
                      : document.getElementById('desk-objections')?.scrollIntoView({ behavior: 'smooth' })
                  }
                >
                  <Typography.Text type="secondary">{c.label}</Typography.Text>
                  <div
                    style={{
                      fontSize: 28,
                      fontWeight: 600,
                      lineHeight: 1.3,
                      color: red ? '#c41d2f' : undefined,
                    }}
                  >
                    {n}
                  </div>
                  {c.hint ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.hint}
                    </Typography.Text>
                  ) : null}
                </button>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
