import type { Plan, PlanTask } from '@jiandu/contracts/supervision-plans';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../../console/session.tsx';
import { fieldLabel } from '../../../lib/enforcement-fields.ts';
import { trackLabel } from '../labels.ts';
import { t } from '../locale.ts';
import { ProgressModal } from './progress-modal.tsx';
import { TaskStatusTag } from './status-tags.tsx';
import { TaskMatterModal } from './task-matter-modal.tsx';

const wrap = { whiteSpace: 'pre-wrap' as const, wordBreak: 'break-word' as const };

/**
 * The plan's tasks: what, which kind of supervision in which field, whom, when, who answers for it,
 * where it stands and what it has started; once the plan is issued each can record progress, open a
 * matter or start a campaign.
 */
export function TaskTable({ plan }: { plan: Plan }) {
  const { can } = useSession();
  const navigate = useNavigate();
  const [acting, setActing] = useState<{ task: PlanTask; what: 'progress' | 'matter' } | null>(null);
  const acts = can('plan.manage') && (plan.status === 'published' || plan.status === 'reviewed');
  const columns: ColumnsType<PlanTask> = [
    { title: t('seq'), dataIndex: 'seq', width: 56, align: 'center' },
    {
      title: t('task'),
      key: 'task',
      width: 220,
      render: (_, task) => (
        <Flex vertical gap={4}>
          <Typography.Text strong>{task.title}</Typography.Text>
          {task.description ? (
            <Typography.Text type="secondary" style={wrap}>
              {task.description}
            </Typography.Text>
          ) : null}
          <Flex gap={4} wrap>
            <Tag color="blue" style={{ marginInlineEnd: 0 }}>
              {trackLabel(task.track)}
            </Tag>
            {task.field ? <Tag style={{ marginInlineEnd: 0 }}>{fieldLabel(task.field)}</Tag> : null}
          </Flex>
        </Flex>
      ),
    },
    {
      title: t('target'),
      dataIndex: 'target',
      width: 140,
      render: (v: string) => <span style={wrap}>{v}</span>,
    },
    {
      title: t('dates'),
      key: 'dates',
      width: 118,
      render: (_, task) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {task.startOn}
          <br />
          {t('to')} {task.endOn}
        </span>
      ),
    },
    { title: t('responsible'), dataIndex: 'responsible', width: 120 },
    {
      title: t('status'),
      key: 'status',
      width: 130,
      render: (_, task) => (
        <Flex vertical gap={4} align="flex-start" style={{ whiteSpace: 'nowrap' }}>
          <TaskStatusTag status={task.status} />
          {task.doneOn ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('doneOn', { date: task.doneOn })}
            </Typography.Text>
          ) : null}
          {task.matters ? <span>{t('startedMatters', { n: task.matters })}</span> : null}
          {task.campaigns ? <span>{t('startedCampaigns', { n: task.campaigns })}</span> : null}
        </Flex>
      ),
    },
    {
      title: t('progressNote'),
      dataIndex: 'progressNote',
      width: 180,
      render: (v: string | null) => (v ? <span style={wrap}>{v}</span> : '—'),
    },
    ...(acts
      ? [
          {
            title: t('actions'),
            key: 'actions',
            width: 120,
            render: (_: unknown, task: PlanTask) => (
              <Flex vertical align="flex-start">
                <Button type="link" size="small" onClick={() => setActing({ task, what: 'progress' })}>
                  {t('updateProgress')}
                </Button>
                <Button type="link" size="small" onClick={() => setActing({ task, what: 'matter' })}>
                  {t('openMatter')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  onClick={() => navigate(`/campaigns/new?planTaskId=${encodeURIComponent(task.id)}`)}
                >
                  {t('startCampaign')}
                </Button>
              </Flex>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <Table<PlanTask>
        size="small"
        rowKey="id"
        dataSource={plan.tasks}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('noTasks') }}
      />
      {acting?.what === 'progress' ? (
        <ProgressModal task={acting.task} onClose={() => setActing(null)} />
      ) : null}
      {acting?.what === 'matter' ? (
        <TaskMatterModal planId={plan.id} task={acting.task} onClose={() => setActing(null)} />
      ) : null}
    </>
  );
}
