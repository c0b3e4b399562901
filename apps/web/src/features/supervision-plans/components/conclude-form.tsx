import { type Plan, PlanConcludeSchema } from '@jiandu/contracts/supervision-plans';
import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useConcludePlan } from '../api/use-conclude-plan.ts';
import { t } from '../locale-year-end.ts';

/**
 * 生成年终总结: the bureau's conclusion on the year; with the figures above it becomes the summary
 * (PDF and Word) and the plan is closed, so it is confirmed first.
 */
export function ConcludeForm({ plan }: { plan: Plan }) {
  const [form] = Form.useForm<{ conclusion: string }>();
  const { message, modal } = App.useApp();
  const conclude = useConcludePlan(plan.id);
  const [error, setError] = useState<string | null>(null);
  const onFinish = ({ conclusion }: { conclusion: string }) =>
    modal.confirm({
      title: t('conclude'),
      content: t('concludeConfirm'),
      okText: t('concludeOk'),
      cancelText: t('cancel'),
      onOk: async () => {
        setError(null);
        try {
          await conclude.mutateAsync(conclusion.trim());
          message.success(t('concludedDone'));
        } catch (e) {
          if (!applyFieldErrors(form, e, ['conclusion'])) setError(problemText(e));
        }
      },
    });
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} style={{ marginTop: 16 }}>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form.Item
        name="conclusion"
        label={t('conclusion')}
        rules={[
          { required: true, whitespace: true, message: t('conclusionRequired') },
          schemaRule(PlanConcludeSchema.shape.conclusion),
        ]}
      >
        <Input.TextArea rows={6} maxLength={8000} showCount placeholder={t('conclusionPlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={conclude.isPending}>
        {t('conclude')}
      </Button>
    </Form>
  );
}
