import {
  type PlanTask,
  TASK_STATUSES,
  TaskProgressSchema,
  type TaskStatus,
} from '@jiandu/contracts/supervision-plans';
import { App, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useTaskProgress } from '../api/use-task-progress.ts';
import { taskStatusLabel } from '../labels.ts';
import { t } from '../locale.ts';

interface Values {
  status: TaskStatus;
  progressNote: string;
}

/** 更新进展: a task's status and a note on where it stands. */
export function ProgressModal({ task, onClose }: { task: PlanTask; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const progress = useTaskProgress(task.id);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (values: Values) => {
    setError(null);
    try {
      await progress.mutateAsync({ status: values.status, progressNote: values.progressNote.trim() });
      message.success(t('saved'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['status', 'progressNote'])) setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('progressTitle', { task: task.title })}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={progress.isPending}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ status: task.status, progressNote: task.progressNote ?? '' }}
      >
        <Form.Item
          name="status"
          label={t('taskStatus')}
          rules={[{ required: true, message: t('statusRequired') }]}
        >
          <Select
            options={TASK_STATUSES.map((s) => ({ value: s, label: taskStatusLabel(s) }))}
            style={{ width: 180 }}
          />
        </Form.Item>
        <Form.Item
          name="progressNote"
          label={t('progressNote')}
          rules={[
            { required: true, whitespace: true, message: t('noteRequired') },
            schemaRule(TaskProgressSchema.shape.progressNote),
          ]}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
