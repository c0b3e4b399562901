import type { ReferralDetail } from '@jiandu/contracts/referrals';
import { Card, Typography } from 'antd';
import { HistoryTimeline } from '../../../components/history/history-timeline.tsx';
import { eventLabel } from '../labels.ts';
import { t } from '../locale-referral.ts';

type Kind = ReferralDetail['history'][number]['kind'];

/** Timeline colours: refusals and missed deadlines red, reminders orange, the receiver's answers blue. */
function colour(kind: Kind): string {
  if (['overdue', 'refused'].includes(kind)) return 'red';
  if (['due_soon', 'window_closed'].includes(kind)) return 'orange';
  if (['received', 'answered', 'reconsideration_decided', 'supervision_decided'].includes(kind))
    return 'blue';
  if (['approved', 'sent', 'handed_over', 'closed'].includes(kind)) return 'green';
  return 'gray';
}

/** 办理过程: every step in order, who took it and when, with its note. */
export function ReferralTimeline({ referral }: { referral: ReferralDetail }) {
  return (
    <Card size="small" title={t('history')}>
      {referral.history.length === 0 ? (
        <Typography.Text type="secondary">{t('noHistory')}</Typography.Text>
      ) : (
        <HistoryTimeline
          data-testid="referral-history"
          events={referral.history}
          label={(e) => eventLabel(e.kind)}
          colour={(e) => colour(e.kind)}
        />
      )}
    </Card>
  );
}
