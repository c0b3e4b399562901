import type { QualificationAction, QualificationEvent } from '@jiandu/contracts/agencies';
import { Empty, Timeline, Typography } from 'antd';
import { actionLabel } from '../labels.ts';
import { t } from '../locale.ts';

const COLOURS: Record<QualificationAction, string> = {
  draft: 'gray',
  submit: 'blue',
  return: 'orange',
  confirm: 'green',
  publish: 'green',
  revoke: 'red',
  supersede: 'gray',
};

/** The append-only history of every version, newest first: what, when in effect, who, and why. */
export function HistoryTimeline({ events }: { events: QualificationEvent[] }) {
  if (!events.length) return <Empty description={t('noHistory')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      items={[...events].reverse().map((e) => ({
        key: e.id,
        color: COLOURS[e.action],
        title: e.effectiveDate,
        content: (
          <>
            <Typography.Text strong>
              {actionLabel(e.action)} · {t('versionN', { n: e.version })}
            </Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {e.actorOrgName ? t('by', { actor: e.actorName, org: e.actorOrgName }) : e.actorName}
            </Typography.Text>
            {e.reason ? (
              <Typography.Paragraph style={{ margin: '4px 0 0' }}>{e.reason}</Typography.Paragraph>
            ) : null}
          </>
        ),
      }))}
    />
  );
}
