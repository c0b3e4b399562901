import type { JobRun } from '@jiandu/contracts/jobs';
import { Drawer, Grid, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useJobRuns } from '../api/use-job-runs.ts';
import { formatDuration, formatTime } from '../format.ts';
import { t } from '../locale.ts';
import { OutcomeTag } from './outcome-tag.tsx';

const wrap = {
  maxWidth: 280,
  display: 'inline-block',
  whiteSpace: 'normal',
  wordBreak: 'break-word',
} as const;

const message = (r: JobRun) =>
  r.error ? (
    <Typography.Text type="danger" style={wrap}>
      {r.error}
    </Typography.Text>
  ) : (
    <span style={wrap}>{r.result ?? '—'}</span>
  );

const WIDE: TableColumnsType<JobRun> = [
  { title: t('startedAt'), dataIndex: 'startedAt', render: formatTime },
  { title: t('outcome'), dataIndex: 'outcome', render: (o: JobRun['outcome']) => <OutcomeTag outcome={o} /> },
  { title: t('duration'), dataIndex: 'durationMs', render: formatDuration },
  { title: t('attempt'), dataIndex: 'attempt' },
  { title: t('node'), dataIndex: 'node' },
  { title: t('message'), key: 'message', render: (_, r) => message(r) },
];

/** On a phone one column holds it all, so nothing hides behind a horizontal scroll. */
const NARROW: TableColumnsType<JobRun> = [
  {
    title: t('runs'),
    key: 'run',
    render: (_, r) => (
      <div style={{ display: 'grid', gap: 2 }}>
        <div>
          <OutcomeTag outcome={r.outcome} />
          {formatTime(r.startedAt)}
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('duration')} {formatDuration(r.durationMs)} · {t('attempt')} {r.attempt} · {r.node}
        </Typography.Text>
        {message(r)}
      </div>
    ),
  },
];

function RunsTable({ job, wide }: { job: string; wide: boolean }) {
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const runs = useJobRuns(job, paging.page, paging.pageSize);
  return (
    <Table<JobRun>
      rowKey="id"
      size="small"
      loading={runs.isFetching}
      dataSource={runs.data?.items ?? []}
      scroll={wide ? { x: 'max-content' } : undefined}
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total: runs.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total) => t('total', { total }),
        onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
      }}
      columns={wide ? WIDE : NARROW}
    />
  );
}

/** A job's run history, paged, in a side drawer (full width on a phone). */
export function RunsDrawer({ job, onClose }: { job: string | null; onClose: () => void }) {
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={job !== null}
      onClose={onClose}
      title={t('runsOf', { job: job ?? '' })}
      size={screens.md ? 820 : '100%'}
      destroyOnHidden
    >
      {job ? <RunsTable key={job} job={job} wide={screens.md ?? true} /> : null}
    </Drawer>
  );
}
