import {
  type Plan,
  PlanMidyearSchema,
  TASK_STATUSES,
  TaskProgressSchema,
  type TaskStatus,
} from '@jiandu/contracts/supervision-plans';
import { Alert, App, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { ApiError } from '../../../lib/api.ts';
import { schemaRule, showProblems } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useMidyear } from '../api/use-midyear.ts';
import { taskStatusLabel } from '../labels.ts';
import { t } from '../locale.ts';

interface Values {
  note: string;
  tasks: { status: TaskStatus; progressNote: string }[];
}

const STATUS_OPTIONS = TASK_STATUSES.map((s) => ({ value: s, label: taskStatusLabel(s) }));

/**
 * 年中检查: the bureau's note on the first half of the year and, task by task, where it stands,
 * prefilled with what was recorded so far; the plan is then checked and can be summed up.
 */
export function MidyearModal({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const midyear = useMidyear(plan.id);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (values: Values) => {
    setError(null);
    try {
      await midyear.mutateAsync({
        note: values.note.trim(),
        tasks: plan.tasks.map((task, i) => ({
          taskId: task.id,
          status: values.tasks[i]!.status,
          progressNote: values.tasks[i]!.progressNote.trim(),
        })),
      });
      message.success(t('midyearDone'));
      onClose();
    } catch (e) {
      const problems = e instanceof ApiError ? (e.problem.errors ?? []) : [];
      if (!showProblems(form, problems)) setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('midyearTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={midyear.isPending}
      onClose={onClose}
      width={760}
      intro={<Alert type="info" showIcon title={t('midyearHint')} style={{ marginBottom: 16 }} />}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          note: '',
          tasks: plan.tasks.map((task) => ({
            status: task.status,
            progressNote: task.progressNote ?? '',
          })),
        }}
      >
        <Form.Item
          name="note"
          label={t('midyearNote')}
          rules={[
            { required: true, whitespace: true, message: t('midyearNoteRequired') },
            schemaRule(PlanMidyearSchema.shape.note),
          ]}
        >
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
        {plan.tasks.map((task, i) => (
          <fieldset key={task.id} style={{ border: 0, padding: 0, margin: '0 0 8px' }}>
            <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
              {task.seq}. {task.title}
            </Typography.Text>
            <Flex gap={8} wrap>
              <Form.Item
                name={['tasks', i, 'status']}
                label={t('taskStatus')}
                rules={[{ required: true, message: t('statusRequired') }]}
                style={{ width: 140, marginBottom: 12 }}
              >
                <Select options={STATUS_OPTIONS} />
              </Form.Item>
              <Form.Item
                name={['tasks', i, 'progressNote']}
                label={t('progressNote')}
                rules={[
                  { required: true, whitespace: true, message: t('noteRequired') },
                  schemaRule(TaskProgressSchema.shape.progressNote),
                ]}
                style={{ flex: '1 1 260px', marginBottom: 12 }}
              >
                <Input maxLength={1000} />
              </Form.Item>
            </Flex>
          </fieldset>
        ))}
      </Form>
    </FormModal>
  );
}
