import type { Plan } from '@jiandu/contracts/supervision-plans';
import { Card, Descriptions, Flex, Progress, Typography } from 'antd';
import { Link } from 'react-router';
import { t } from '../locale.ts';
import { PlanStatusTag } from './status-tags.tsx';

/** The share of a plan's tasks done, as the list and the plan show it. */
export function taskProgress(plan: Pick<Plan, 'tasks'>) {
  const total = plan.tasks.length;
  const done = plan.tasks.filter((x) => x.status === 'done').length;
  return { total, done, percent: total ? Math.round((done / total) * 100) : 0 };
}

/** One plan in the year's list: its bureau, stage, the dates of its stages and how far its tasks are. */
export function PlanCard({ plan }: { plan: Plan }) {
  const progress = taskProgress(plan);
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Link to={plan.id} style={{ fontSize: 15, fontWeight: 600 }}>
            {plan.title}
          </Link>
          <PlanStatusTag status={plan.status} />
        </Flex>
        <Typography.Text type="secondary">
          {plan.orgName} · {t('yearOption', { year: plan.year })}
        </Typography.Text>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          items={[
            { key: 'published', label: t('published'), children: plan.publishedOn ?? '—' },
            { key: 'midyear', label: t('midyear'), children: plan.midyearOn ?? '—' },
            { key: 'concluded', label: t('concluded'), children: plan.concludedOn ?? '—' },
          ]}
        />
        <Flex align="center" gap={12}>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {t('taskProgress')}
          </Typography.Text>
          <Progress
            percent={progress.percent}
            size="small"
            style={{ flex: 1, margin: 0 }}
            format={() => t('tasksDone', { done: progress.done, total: progress.total })}
            aria-label={t('taskProgress')}
          />
        </Flex>
      </Flex>
    </Card>
  );
}
