import type { ComplaintDetail } from '@jiandu/contracts/complaints';
import { Card, Descriptions, Tag } from 'antd';
import { callbackMethodLabel, ratingLabel, routeLabel } from '../labels.ts';
import { t } from '../locale-complaint.ts';
import { tr } from '../locale-review.ts';

const pre = { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;
const RATING_COLOURS = { satisfied: 'green', basically: 'blue', unsatisfied: 'red' } as const;

/**
 * 办理结果: the reasons for declining, or the answer and how the complainant rated it, the 回访 and
 * whether the result went back to 12345; nothing before.
 */
export function ComplaintOutcome({ complaint: c }: { complaint: ComplaintDetail }) {
  const items = [
    ...(c.declineReason
      ? [{ key: 'decline', label: t('declineReason'), children: <span style={pre}>{c.declineReason}</span> }]
      : []),
    ...(c.route
      ? [
          {
            key: 'route',
            label: tr('routeTo'),
            children: (
              <div data-testid="complaint-route">
                <Tag color="purple" style={{ marginInlineEnd: 6 }}>
                  {routeLabel(c.route.to)}
                </Tag>
                {c.route.deadlineOn ? `${tr('routeDeadline')}: ${c.route.deadlineOn}` : null}
                <div style={pre}>{c.route.note}</div>
              </div>
            ),
          },
        ]
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
    ...(c.callback
      ? [
          {
            key: 'callback',
            label: t('callbackInfo'),
            children: (
              <span style={pre}>
                {t('callbackInfoText', {
                  method: callbackMethodLabel(c.callback.method),
                  at: new Date(c.callback.at).toLocaleString('zh-CN', {
                    timeZone: 'Asia/Shanghai',
                    hour12: false,
                  }),
                  by: c.callback.by,
                })}
                {c.callback.result === 'unreachable' ? (
                  <Tag color="orange" style={{ marginInlineStart: 6 }}>
                    {t('callbackUnreachableText', { n: c.callback.attempts ?? 0 })}
                  </Tag>
                ) : null}
              </span>
            ),
          },
        ]
      : []),
    ...(c.hotlineReported
      ? [
          {
            key: 'reported',
            label: '12345',
            children: t('hotlineReported', { at: c.hotlineReported.at.slice(0, 10) }),
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
