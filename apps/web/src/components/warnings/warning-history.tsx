import type { WarningEvent } from '@jiandu/contracts/warnings';
import { Empty, Flex, Timeline, Typography } from 'antd';
import { formatTime } from './format.ts';
import { eventLabel, statusLabel } from './labels.ts';
import { t } from './locale.ts';

const COLOURS: Record<WarningEvent['kind'], string> = {
  found: 'red',
  updated: 'blue',
  resolved: 'green',
  acknowledged: 'blue',
  dismissed: 'gray',
  contested: 'orange',
  matter: 'blue',
};

/** 处理记录: what happened to the warning, oldest first: found, re-evaluated, handled, contested. */
export function WarningHistory({ history }: { history: WarningEvent[] }) {
  if (history.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noHistory')} />;
  return (
    <Timeline
      items={history.map((event, index) => ({
        // Two lines may share a kind and a time (a bulk action); the server's order is the history's.
        key: `${index}-${event.kind}`,
        color: COLOURS[event.kind],
        content: (
          <>
            <Flex wrap gap={8} align="baseline">
              <Typography.Text strong>{eventLabel(event.kind)}</Typography.Text>
              {event.fromStatus && event.toStatus ? (
                <Typography.Text type="secondary">
                  {statusLabel(event.fromStatus)} → {statusLabel(event.toStatus)}
                </Typography.Text>
              ) : null}
              <Typography.Text type="secondary">{formatTime(event.at)}</Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('by')}: {event.actor}
              {event.caseVersion !== null
                ? ` · ${t('caseVersion')} ${t('versionN', { n: event.caseVersion })}`
                : ''}
            </Typography.Text>
            {event.note ? (
              <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>
                {event.note}
              </Typography.Paragraph>
            ) : null}
          </>
        ),
      }))}
    />
  );
}
