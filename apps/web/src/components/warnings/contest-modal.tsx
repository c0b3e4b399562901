import { WarningContestSchema } from '@jiandu/contracts/warnings';
import { Alert, App, Form, Input } from 'antd';
import { useState } from 'react';
import { schemaRule } from '../../lib/form-errors.ts';
import { problemText } from '../../lib/problem.ts';
import { FormModal } from '../form-modal.tsx';
import { t } from './locale.ts';
import { useContestWarning } from './use-contest-warning.ts';

/** 提出异议: the agency objects to a warning about its own act, with the facts and reasons. */
export function ContestModal({ id, onClose }: { id: string; onClose: () => void }) {
  const [form] = Form.useForm<{ text?: string }>();
  const { message } = App.useApp();
  const contest = useContestWarning(id);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async ({ text }: { text?: string }) => {
    setError(null);
    try {
      await contest.mutateAsync({ text: text?.trim() ?? '' });
      message.success(t('contestSent'));
      onClose();
    } catch (e) {
      setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('contestTitle')}
      okText={t('contestAction')}
      cancelText={t('cancel')}
      confirmLoading={contest.isPending}
      onClose={onClose}
      intro={<Alert type="info" showIcon title={t('contestHint')} style={{ marginBottom: 16 }} />}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="text"
          label={t('contestText')}
          rules={[
            { required: true, whitespace: true, message: t('contestRequired') },
            schemaRule(WarningContestSchema.shape.text),
          ]}
        >
          <Input.TextArea rows={5} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
