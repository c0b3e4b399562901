import type { ComplaintDetail } from '@jiandu/contracts/complaints';
import { Card, Descriptions, Tag } from 'antd';
import { ratingLabel } from '../labels.ts';
import { t } from '../locale-complaint.ts';

const pre = { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;
const RATING_COLOURS = { satisfied: 'green', basically: 'blue', unsatisfied: 'red' } as const;

/** 办理结果: the reasons for declining, or the answer and how the complainant rated it; nothing before. */
export function ComplaintOutcome({ complaint: c }: { complaint: ComplaintDetail }) {
  const items = [
    ...(c.declineReason
      ? [{ key: 'decline', label: t('declineReason'), children: <span style={pre}>{c.declineReason}</span> }]
      : []),
    ...(c.answer
      ? [
          {
            key: 'answer',
            label: t('answerOn', { on: c.answeredOn ?? '—' }),
            children: <span style={pre}>{c.answer}</span>,
          },
        ]
      : []),
    ...(c.rating
      ? [
          {
            key: 'rating',
            label: t('rating'),
            children: (
              <span style={pre}>
                <Tag color={RATING_COLOURS[c.rating]} style={{ marginInlineEnd: 6 }}>
                  {ratingLabel(c.rating)}
                </Tag>
                {c.ratingComment}
              </span>
            ),
          },
        ]
      : []),
    ...(c.reopenCount > 0
      ? [{ key: 'reopen', label: t('reopened'), children: t('reopenCount', { n: c.reopenCount }) }]
      : []),
  ];
  if (!items.length) return null;
  return (
    <Card size="small" title={t('outcome')} data-testid="complaint-outcome">
      <Descriptions size="small" column={1} items={items} />
    </Card>
  );
}
