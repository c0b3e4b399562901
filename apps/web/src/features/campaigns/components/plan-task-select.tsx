import { Form, type FormInstance, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { todayShanghai } from '../../../lib/dates.ts';
import { usePlanTasks } from '../api/use-plan-tasks.ts';
import { t } from '../locale-form.ts';

/**
 * Fills the form from the plan task a campaign is started from (`?planTaskId=`): its bureau, the
 * task, and — where still empty — its title and field, and its dates as the period. Once.
 */
export function usePrefill(form: FormInstance, planTaskId: string | null) {
  const tasks = usePlanTasks(Boolean(planTaskId));
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !planTaskId || !tasks.data) return;
    done.current = true;
    const choice = tasks.data.find((c) => c.task.id === planTaskId);
    if (!choice) return;
    form.setFieldsValue({
      orgId: choice.orgId,
      planTaskId: choice.task.id,
      title: form.getFieldValue('title') || choice.task.title,
      field: form.getFieldValue('field') ?? choice.task.field ?? undefined,
      periodFrom: dayjs(choice.task.startOn),
      periodTo: dayjs(choice.task.endOn),
    });
  }, [tasks.data, planTaskId, form]);
}

/**
 * 所属计划任务: optional; the tasks of the organising bureau's plan for the year the campaign starts
 * in (this year until a date is chosen), and the task already chosen.
 */
export function PlanTaskSelect({ form }: { form: FormInstance }) {
  const orgId = Form.useWatch('orgId', form) as string | undefined;
  const from = Form.useWatch('periodFrom', form) as Dayjs | undefined;
  const selected = Form.useWatch('planTaskId', form) as string | undefined;
  const tasks = usePlanTasks();
  const year = from?.year() ?? Number(todayShanghai().slice(0, 4));
  const options = (tasks.data ?? [])
    .filter((c) => c.orgId === orgId && (c.year === year || c.task.id === selected))
    .map((c) => ({
      value: c.task.id,
      label: `${c.year === year ? '' : `${c.year} · `}${t('planTaskOption', { seq: c.task.seq, task: c.task.title })}`,
    }));
  return (
    <Form.Item name="planTaskId" label={t('planTask')} extra={t('planTaskHint', { year })}>
      <Select
        allowClear
        placeholder={t('planTaskPlaceholder')}
        options={options}
        loading={tasks.isFetching}
        popupMatchSelectWidth={false}
      />
    </Form.Item>
  );
}
