import type { Job } from '@jiandu/contracts/jobs';
import { Typography } from 'antd';
import { formatDuration, formatTime } from '../format.ts';
import { t } from '../locale.ts';
import { OutcomeTag } from './outcome-tag.tsx';

const small = { fontSize: 12 } as const;

/** How a job's last run went: outcome, when, how long, and its error in full. */
export function LastRun({ run }: { run: Job['lastRun'] }) {
  if (!run) return <Typography.Text type="secondary">{t('noRun')}</Typography.Text>;
  return (
    <div style={{ maxWidth: 300, whiteSpace: 'normal', wordBreak: 'break-word' }}>
      <OutcomeTag outcome={run.outcome} />
      <Typography.Text type="secondary" style={small}>
        {formatTime(run.startedAt)} · {formatDuration(run.durationMs)}
      </Typography.Text>
      {run.error ? (
        <Typography.Text type="danger" style={{ ...small, display: 'block' }}>
          {run.error}
        </Typography.Text>
      ) : null}
    </div>
  );
}
