import type { MatterDetail } from '@jiandu/contracts/matters';
import { Card, Typography } from 'antd';
import { HistoryTimeline } from '../../../components/history/history-timeline.tsx';
import { eventKindLabel } from '../../../components/notices/labels.ts';
import { t } from '../locale-matter.ts';

type Kind = MatterDetail['history'][number]['kind'];

/** Timeline colours: the agency's steps blue, the supervisor's green, the reminders and escalations red. */
function colour(kind: Kind): string {
  if (['overdue', 'escalation_due', 'escalated', 'report_returned'].includes(kind)) return 'red';
  if (['due_soon', 'objection_filed'].includes(kind)) return 'orange';
  if (['notice_read', 'plan_submitted', 'progress_submitted', 'report_submitted'].includes(kind))
    return 'blue';
  if (kind === 'closed' || kind === 'report_accepted') return 'green';
  return 'gray';
}

/** 办理过程: every step of the matter in order, who took it and when, with its notice and note. */
export function MatterHistory({ matter }: { matter: MatterDetail }) {
  return (
    <Card size="small" title={t('history')}>
      {matter.history.length === 0 ? (
        <Typography.Text type="secondary">{t('noHistory')}</Typography.Text>
      ) : (
        <HistoryTimeline
          data-testid="matter-history"
          events={matter.history}
          label={(e) => eventKindLabel(e.kind)}
          colour={(e) => colour(e.kind)}
          byline={(e) => (e.noticeNumber ? `${e.actorName} · ${e.noticeNumber}` : e.actorName)}
        />
      )}
    </Card>
  );
}
