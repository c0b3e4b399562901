import { type Plan, PlanCreateSchema } from '@jiandu/contracts/supervision-plans';
import { App, Form, Input } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useUpdatePlan } from '../api/use-update-plan.ts';
import { t } from '../locale.ts';

interface Values {
  title: string;
  summary: string;
}

/** 修改: the plan's title and overall arrangements, editable until the year is summed up. */
export function ArrangementsModal({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const update = useUpdatePlan(plan.id);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (values: Values) => {
    setError(null);
    try {
      await update.mutateAsync({ title: values.title.trim(), summary: values.summary.trim() });
      message.success(t('saved'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['title', 'summary'])) setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('editTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={update.isPending}
      onClose={onClose}
      width={620}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ title: plan.title, summary: plan.summary }}
      >
        <Form.Item
          name="title"
          label={t('planTitle')}
          rules={[
            { required: true, whitespace: true, message: t('titleRequired') },
            schemaRule(PlanCreateSchema.shape.title),
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('summary')}
          rules={[
            { required: true, whitespace: true, message: t('summaryRequired') },
            schemaRule(PlanCreateSchema.shape.summary),
          ]}
        >
          <Input.TextArea rows={8} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
