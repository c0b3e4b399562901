import { TrainingRecordCreateSchema } from '@jiandu/contracts/officers';
import { App, DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useAddTraining } from '../api/use-add-training.ts';
import { todayShanghai } from '../format.ts';
import { t } from '../locale-detail.ts';

interface Values {
  course: string;
  provider?: string;
  completedOn: Dayjs;
  hours: number;
}

const shape = TrainingRecordCreateSchema.shape;

/** Adds a training course an officer completed, with its hours (学时). */
export function TrainingModal({ officerId, onClose }: { officerId: string; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const add = useAddTraining();
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await add.mutateAsync({
        officerId,
        input: {
          course: v.course.trim(),
          provider: v.provider?.trim() || null,
          completedOn: v.completedOn.format('YYYY-MM-DD'),
          hours: v.hours,
        },
      });
      message.success(t('trainingAdded'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['course', 'provider', 'completedOn', 'hours']))
        setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('addTraining')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={add.isPending}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ completedOn: dayjs(todayShanghai()) }}
        onFinish={onFinish}
      >
        <Form.Item
          name="course"
          label={t('course')}
          rules={[{ required: true, message: t('courseRequired') }, schemaRule(shape.course)]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="provider" label={t('provider')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="completedOn"
          label={t('completedOn')}
          rules={[{ required: true, message: t('dateRequired') }]}
        >
          <DatePicker style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="hours"
          label={t('hours')}
          rules={[{ required: true, message: t('hoursRequired') }, schemaRule(shape.hours)]}
        >
          <InputNumber min={0.5} max={200} step={0.5} style={{ width: 180 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
