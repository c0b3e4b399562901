import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm, Progress, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { problemText } from '../../../lib/problem.ts';
import { useDeleteTraining } from '../api/use-delete-training.ts';
import { useOrgStaffing } from '../api/use-org-staffing.ts';
import { useTrainings } from '../api/use-trainings.ts';
import { todayShanghai } from '../format.ts';
import { t } from '../locale-detail.ts';
import { TrainingModal } from './training-modal.tsx';

interface Props {
  officerId: string;
  orgId: string;
  canWrite: boolean;
}

/** Training records by year, the year's total against the target hours, and adding or removing a record. */
export function TrainingsPanel({ officerId, orgId, canWrite }: Props) {
  const { message } = App.useApp();
  const trainings = useTrainings(officerId);
  const staffing = useOrgStaffing(orgId);
  const remove = useDeleteTraining();
  const [adding, setAdding] = useState(false);
  const thisYear = Number(todayShanghai().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const years = useMemo(
    () => [...new Set([thisYear, ...(trainings.data ?? []).map((r) => r.year)])].sort((a, b) => b - a),
    [trainings.data, thisYear],
  );
  const rows = (trainings.data ?? []).filter((r) => r.year === year);
  const total = rows.reduce((sum, r) => sum + r.hours, 0);
  const target = staffing.data?.trainingHoursTarget;

  if (trainings.error) return <Alert type="error" showIcon title={problemText(trainings.error)} />;
  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Flex align="center" gap={12} wrap>
          <Select
            aria-label={t('year')}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: t('yearLabel', { year: y }) }))}
            style={{ width: 110 }}
          />
          <Typography.Text data-testid="training-total">
            {target !== undefined ? t('hoursVsTarget', { total, target }) : t('hoursTotal', { total })}
          </Typography.Text>
          {target ? (
            <Progress
              percent={Math.min(100, Math.round((total / target) * 100))}
              status={total >= target ? 'success' : 'active'}
              size="small"
              style={{ width: 160, margin: 0 }}
            />
          ) : null}
        </Flex>
        {canWrite ? (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('addTraining')}
          </Button>
        ) : null}
      </Flex>
      <Table
        rowKey="id"
        size="small"
        loading={trainings.isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('noTrainings') }}
        scroll={{ x: 560 }}
        columns={[
          { title: t('course'), dataIndex: 'course' },
          { title: t('provider'), dataIndex: 'provider', width: 180, render: (v: string | null) => v ?? '—' },
          { title: t('completedOn'), dataIndex: 'completedOn', width: 110 },
          { title: t('hours'), dataIndex: 'hours', width: 70, align: 'right' },
          ...(canWrite
            ? [
                {
                  title: t('actions'),
                  key: 'actions',
                  width: 80,
                  render: (_: unknown, r: { id: string; course: string }) => (
                    <Popconfirm
                      title={t('deleteTrainingConfirm', { course: r.course })}
                      okText={t('delete')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('cancel')}
                      onConfirm={() =>
                        remove.mutateAsync({ officerId, recordId: r.id }).then(
                          () => {
                            message.success(t('trainingDeleted'));
                          },
                          (e: unknown) => message.error(problemText(e)),
                        )
                      }
                    >
                      <Button type="link" size="small" danger>
                        {t('delete')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {adding ? <TrainingModal officerId={officerId} onClose={() => setAdding(false)} /> : null}
    </div>
  );
}
