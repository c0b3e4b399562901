import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../../console/session.tsx';
import { ApiError } from '../../../lib/api.ts';
import { problemText } from '../../../lib/problem.ts';
import { usePlan } from '../api/use-plan.ts';
import { AddTaskModal } from '../components/add-task-modal.tsx';
import { PlanActions } from '../components/plan-actions.tsx';
import { PlanStages } from '../components/plan-stages.tsx';
import { PlanStatusTag } from '../components/status-tags.tsx';
import { TaskTable } from '../components/task-table.tsx';
import { YearEndCard } from '../components/year-end-card.tsx';
import { currentYear } from '../list-params.ts';
import { t } from '../locale.ts';

const paragraph = { whiteSpace: 'pre-wrap' as const, marginBottom: 0 };

/**
 * One plan: its stages through the year, the overall arrangements and mid-year note, the tasks and
 * what they started, and the year-end summary with the year's figures.
 */
export function PlanDetailPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const found = usePlan(id);
  const [adding, setAdding] = useState(false);
  const year = found.data?.year;
  const back = (
    <Link to={{ pathname: '..', search: year && year !== currentYear() ? `?year=${year}` : '' }}>
      <ArrowLeftOutlined aria-hidden /> {t('back')}
    </Link>
  );
  if (found.error) {
    const missing = found.error instanceof ApiError && found.error.status === 404;
    return (
      <Card title={back}>
        <Alert type="error" showIcon title={missing ? t('notFound') : problemText(found.error)} />
      </Card>
    );
  }
  const plan = found.data;
  if (!plan) return <Card title={back}>{<Skeleton active />}</Card>;
  const adds = can('plan.manage') && plan.status !== 'concluded';
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={back}>
        <Flex vertical gap={16}>
          <Flex justify="space-between" align="flex-start" wrap gap={12}>
            <Flex vertical gap={4} style={{ minWidth: 0 }}>
              <Flex wrap gap={8} align="center">
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {plan.title}
                </Typography.Title>
                <PlanStatusTag status={plan.status} />
              </Flex>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'org', label: t('org'), children: plan.orgName },
                  { key: 'year', label: t('year'), children: t('yearOption', { year: plan.year }) },
                ]}
              />
            </Flex>
            <PlanActions plan={plan} />
          </Flex>
          <PlanStages plan={plan} />
        </Flex>
      </Card>
      <Card title={t('summary')}>
        <Typography.Paragraph style={paragraph}>{plan.summary}</Typography.Paragraph>
        {plan.midyearNote ? (
          <>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('midyearNote')} ({plan.midyearOn})
            </Typography.Title>
            <Typography.Paragraph style={paragraph}>{plan.midyearNote}</Typography.Paragraph>
          </>
        ) : null}
      </Card>
      <Card
        title={t('tasksCount', { n: plan.tasks.length })}
        extra={
          adds ? (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
              {t('addTask')}
            </Button>
          ) : null
        }
      >
        <TaskTable plan={plan} />
      </Card>
      <YearEndCard plan={plan} />
      {adding ? <AddTaskModal plan={plan} onClose={() => setAdding(false)} /> : null}
    </Space>
  );
}
