import type { Job } from '@jiandu/contracts/jobs';
import { Alert, Button, Card, Grid, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../lib/api.ts';
import { useJobs } from '../api/use-jobs.ts';
import { LastRun } from '../components/last-run.tsx';
import { RunsDrawer } from '../components/runs-drawer.tsx';
import { describeCron, formatTime } from '../format.ts';
import { describeJob, t } from '../locale.ts';

const STATE_COLOR: Record<Job['state'], string> = { scheduled: 'blue', done: 'green', failed: 'red' };
const small = { fontSize: 12 } as const;

const schedule = (job: Job) => (job.cron ? describeCron(job.cron) : t('once'));
const nextRun = (job: Job) => (job.state === 'scheduled' ? formatTime(job.runAt) : '—');
const state = (job: Job) =>
  job.leaseOwner ? (
    <Tag color="processing">{t('running')}</Tag>
  ) : (
    <Tag color={STATE_COLOR[job.state]}>{t(job.state)}</Tag>
  );

function JobName({ job }: { job: Job }) {
  return (
    <div>
      <div>{describeJob(job)}</div>
      <Typography.Text type="secondary" code style={small}>
        {job.key}
      </Typography.Text>
    </div>
  );
}

/** The background jobs: what runs when, who holds a lease now, how the last run went, and each job's history. */
export default function JobsPage() {
  const jobs = useJobs();
  const wide = Grid.useBreakpoint().md ?? true;
  const [open, setOpen] = useState<string | null>(null);
  const runsButton = (job: Job) => (
    <Button size="small" onClick={() => setOpen(job.key)}>
      {t('runs')}
    </Button>
  );
  const columns: TableColumnsType<Job> = wide
    ? [
        { title: t('job'), key: 'job', render: (_, job) => <JobName job={job} /> },
        {
          title: `${t('schedule')} / ${t('nextRun')}`,
          key: 'schedule',
          render: (_, job) => (
            <div>
              {job.cron ? (
                <Tooltip title={`cron: ${job.cron} (Asia/Shanghai)`}>
                  <span>{schedule(job)}</span>
                </Tooltip>
              ) : (
                schedule(job)
              )}
              <Typography.Text type="secondary" style={{ ...small, display: 'block' }}>
                {nextRun(job)}
              </Typography.Text>
            </div>
          ),
        },
        { title: t('state'), key: 'state', render: (_, job) => state(job) },
        {
          title: t('lease'),
          key: 'lease',
          render: (_, job) =>
            job.leaseOwner ? (
              <span style={small}>
                {t('leaseUntil', { owner: job.leaseOwner, until: formatTime(job.leaseUntil) })}
              </span>
            ) : (
              '—'
            ),
        },
        { title: t('lastRun'), key: 'last', render: (_, job) => <LastRun run={job.lastRun} /> },
        { title: '', key: 'runs', render: (_, job) => runsButton(job) },
      ]
    : [
        {
          title: t('job'),
          key: 'job',
          render: (_, job) => (
            <div style={{ display: 'grid', gap: 4 }}>
              <JobName job={job} />
              <div style={small}>
                {schedule(job)} · {t('nextRun')} {nextRun(job)} {state(job)}
              </div>
              {job.leaseOwner ? (
                <div style={small}>
                  {t('lease')}:{' '}
                  {t('leaseUntil', { owner: job.leaseOwner, until: formatTime(job.leaseUntil) })}
                </div>
              ) : null}
              <LastRun run={job.lastRun} />
              <div>{runsButton(job)}</div>
            </div>
          ),
        },
      ];
  return (
    <Card title={t('title')}>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      {jobs.isError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('loadFailed', {
            detail: jobs.error instanceof ApiError ? jobs.error.problem.detail : String(jobs.error),
          })}
        />
      ) : null}
      <Table<Job>
        rowKey="key"
        size="small"
        loading={jobs.isLoading}
        dataSource={jobs.data ?? []}
        pagination={false}
        scroll={wide ? { x: 'max-content' } : undefined}
        columns={columns}
      />
      <RunsDrawer job={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
