import type { ComplaintDetail, ComplaintReview } from '@jiandu/contracts/complaints';
import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { todayShanghai } from '../../../lib/dates.ts';
import { reviewLevelLabel } from '../labels.ts';
import { t } from '../locale-complaint.ts';
import { tr } from '../locale-review.ts';

const pre = { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;
const small = { fontSize: 12, margin: '2px 0 0', wordBreak: 'break-word' } as const;

/** A date with the rule behind it, and whether it is the deadline running now (and missed). */
function Dated({
  due,
  running,
  overdue,
}: {
  due: { due: string; rule: string };
  running: boolean;
  overdue: boolean;
}) {
  return (
    <div>
      <Space size={6} wrap>
        <Typography.Text strong>{due.due}</Typography.Text>
        {running ? (
          <Tag color={overdue ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
            {overdue ? t('overdue') : t('running')}
          </Tag>
        ) : null}
      </Space>
      <Typography.Paragraph type="secondary" style={small}>
        {due.rule}
      </Typography.Paragraph>
    </div>
  );
}

/** One 复查 or 复核: who reviews, when it was asked and by when it had to be, its due date and answer. */
function ReviewBlock({ review: r, complaint: c }: { review: ComplaintReview; complaint: ComplaintDetail }) {
  const level = reviewLevelLabel(r.level);
  const running = c.stage === r.level && r.answeredOn === null;
  return (
    <Descriptions
      size="small"
      column={1}
      title={level}
      data-testid={`complaint-${r.level}`}
      items={[
        { key: 'org', label: tr('levelOrg', { level }), children: r.orgName },
        {
          key: 'requested',
          label: tr('levelRequestedOn'),
          children: (
            <span>
              {r.requestedOn}
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                {tr('levelRequestedBy', { by: r.requestedBy })}
              </Typography.Text>
            </span>
          ),
        },
        {
          key: 'window',
          label: tr('levelWindow'),
          children: <Dated due={r.window} running={false} overdue={false} />,
        },
        {
          key: 'due',
          label: tr('levelDue'),
          children: <Dated due={r.due} running={running} overdue={c.overdue} />,
        },
        { key: 'reason', label: tr('levelReason'), children: <span style={pre}>{r.reason}</span> },
        {
          key: 'answer',
          label: tr('levelAnswer'),
          children: r.answer ? (
            <div>
              <span style={pre}>{r.answer}</span>
              <Typography.Paragraph type="secondary" style={small}>
                {tr('levelAnsweredOn', { on: r.answeredOn ?? '—', by: r.answeredBy ?? '—' })}
              </Typography.Paragraph>
            </div>
          ) : (
            <Typography.Text type="secondary">{tr('pendingAnswer')}</Typography.Text>
          ),
        },
      ]}
    />
  );
}

/**
 * 复查与复核 of a petition (信访工作条例 Arts. 35–36): each level asked for, and the window for the
 * next one — open until its last day, closed after it, or none after the 复核 opinion.
 */
export function ComplaintReviews({ complaint: c }: { complaint: ComplaintDetail }) {
  if (c.profile !== 'petition' || (!c.reviews.length && !c.reviewWindow)) return null;
  const w = c.reviewWindow;
  const open = w ? todayShanghai() <= w.until : false;
  return (
    <Card size="small" title={tr('reviews')} data-testid="complaint-reviews">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {w ? (
          <Alert
            type={open ? 'info' : 'warning'}
            showIcon
            title={
              open
                ? tr('windowOpen', { level: reviewLevelLabel(w.level), until: w.until })
                : tr('windowClosed', { level: reviewLevelLabel(w.level), until: w.until })
            }
            description={<span style={{ fontSize: 12 }}>{w.rule}</span>}
          />
        ) : c.status === 'rechecked' ? (
          <Alert type="success" showIcon title={tr('noWindow')} />
        ) : null}
        {c.reviews.map((r) => (
          <ReviewBlock key={r.level} review={r} complaint={c} />
        ))}
      </Space>
    </Card>
  );
}

/** The warning on a petition that repeats one already re-examined: decline it, or note new facts. */
export function ConcludedRepeatAlert({ complaint: c }: { complaint: ComplaintDetail }) {
  const repeat = c.concludedRepeat;
  if (!repeat || (c.status !== 'registered' && c.status !== 'transferred')) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="concluded-repeat"
      title={tr('concludedRepeat')}
      description={
        <span>
          {tr('concludedRepeatText', {
            code: repeat.trackingCode,
            title: repeat.title,
            on: repeat.recheckedOn,
          })}{' '}
          <Link to={`/complaints/${repeat.id}`}>{tr('openRepeat')}</Link>
        </span>
      }
    />
  );
}
