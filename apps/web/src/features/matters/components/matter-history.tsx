import type { MatterDetail } from '@jiandu/contracts/matters';
import { Card, Flex, Timeline, Typography } from 'antd';
import { formatTime } from '../../../components/notices/format.ts';
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
        <Timeline
          data-testid="matter-history"
          items={matter.history.map((e) => ({
            key: e.id,
            color: colour(e.kind),
            content: (
              <div data-kind={e.kind}>
                <Flex wrap gap={8} align="baseline">
                  <Typography.Text strong>{eventKindLabel(e.kind)}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatTime(e.at)}
                  </Typography.Text>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-word' }}>
                  {e.actorName}
                  {e.noticeNumber ? ` · ${e.noticeNumber}` : ''}
                </Typography.Text>
                {e.note ? (
                  <Typography.Paragraph
                    style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
                  >
                    {e.note}
                  </Typography.Paragraph>
                ) : null}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
