import type { ComplaintEventKind } from '@jiandu/contracts/complaint-labels';
import type { ComplaintDetail } from '@jiandu/contracts/complaints';
import { Card } from 'antd';
import { HistoryTimeline } from '../../../components/history/history-timeline.tsx';
import { eventLabel } from '../labels.ts';
import { t } from '../locale-complaint.ts';

/** Timeline colours: refusals and missed deadlines red, reminders and requests orange, outcomes green. */
function colour(kind: ComplaintEventKind): string {
  if (kind === 'overdue' || kind === 'declined' || kind === 'extension_refused') return 'red';
  if (kind === 'due_soon' || kind === 'extension_requested' || kind === 'reopened') return 'orange';
  if (
    kind === 'answered' ||
    kind === 'closed' ||
    kind === 'extension_approved' ||
    kind === 'rated' ||
    kind === 'called_back'
  )
    return 'green';
  if (kind === 'accepted' || kind === 'transferred' || kind === 'matter_opened') return 'blue';
  return 'gray';
}

/** 办理过程: every step of the complaint in order, who took it and when, with its note. */
export function ComplaintTimeline({ complaint }: { complaint: ComplaintDetail }) {
  return (
    <Card size="small" title={t('history')}>
      <HistoryTimeline
        data-testid="complaint-history"
        events={complaint.history}
        label={(e) => eventLabel(e.kind)}
        colour={(e) => colour(e.kind)}
      />
    </Card>
  );
}
