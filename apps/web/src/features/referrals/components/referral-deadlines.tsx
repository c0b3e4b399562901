import type { ReferralStage } from '@jiandu/contracts/referral-labels';
import type { ReferralDetail } from '@jiandu/contracts/referrals';
import { Card, Flex, Tag, Typography } from 'antd';
import { formatTime } from '../../../components/notices/format.ts';
import { reviewKindLabel } from '../labels.ts';
import { t } from '../locale-referral.ts';

interface Line {
  key: string;
  label: string;
  /** A day (YYYY-MM-DD) or, for the 24 hours, an instant. */
  due: string;
  rule: string;
  stage: ReferralStage;
  extra?: string;
}

/** Every period the referral has met so far, in order, each with the sentence that derives it. */
function linesOf(r: ReferralDetail): Line[] {
  const lines: Line[] = [];
  const push = (
    stage: ReferralStage,
    label: string,
    due: { due: string; rule: string } | null,
    extra?: string,
  ) => {
    if (due)
      lines.push({ key: `${stage}-${lines.length}`, label, due: due.due, rule: due.rule, stage, extra });
  };
  push('approval', t('approvalDue'), r.approvalDue);
  push('transfer', t('transferDue'), r.transferDue);
  push('feedback', t('feedbackDue'), r.feedbackDue);
  push(
    r.reviews.some((v) => v.kind === 'reconsideration') ? 'supervision_request' : 'reconsideration_request',
    t('reviewWindow'),
    r.reviewWindow,
    r.reviewWindowKinds.length ? r.reviewWindowKinds.map(reviewKindLabel).join(' / ') : undefined,
  );
  for (const review of r.reviews)
    push(
      review.kind === 'reconsideration' ? 'reconsideration_decision' : 'supervision_feedback',
      t('reviewDecisionDue', { kind: reviewKindLabel(review.kind) }),
      review.decisionDue,
    );
  push('handover', t('handoverDue'), r.handoverDue);
  return lines;
}

/** 期限: the due dates with their legal basis; the one the referral waits on now is marked, red when missed. */
export function ReferralDeadlines({ referral: r }: { referral: ReferralDetail }) {
  const lines = linesOf(r);
  return (
    <Card size="small" title={t('deadlines')}>
      {lines.length === 0 ? (
        <Typography.Text type="secondary">{t('noDeadlines')}</Typography.Text>
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="referral-deadlines">
          {lines.map((line) => {
            const current = r.stage === line.stage && r.dueAt !== null;
            return (
              <li key={line.key} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
                <Flex wrap gap={8} align="baseline">
                  <Typography.Text strong>{line.label}</Typography.Text>
                  <span>{line.due.includes('T') ? formatTime(line.due) : line.due}</span>
                  {current ? (
                    <Tag color={r.overdue ? 'red' : 'processing'} style={{ marginInlineEnd: 0 }}>
                      {r.overdue ? t('overdue') : t('current')}
                    </Tag>
                  ) : null}
                  {line.extra && current ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {line.extra}
                    </Typography.Text>
                  ) : null}
                </Flex>
                <Typography.Paragraph
                  type="secondary"
                  style={{ fontSize: 12, margin: '2px 0 0', wordBreak: 'break-word' }}
                >
                  {line.rule}
                </Typography.Paragraph>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
