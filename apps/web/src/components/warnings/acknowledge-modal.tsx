import { WarningAcknowledgeSchema } from '@jiandu/contracts/warnings';
import { Alert, App, Form, Input } from 'antd';
import { useState } from 'react';
import { schemaRule } from '../../lib/form-errors.ts';
import { problemText } from '../../lib/problem.ts';
import { FormModal } from '../form-modal.tsx';
import { t } from './locale.ts';
import { useAcknowledgeWarning } from './use-acknowledge-warning.ts';

/** 确认: the supervisor confirms the warning is to be followed up, with an optional note. */
export function AcknowledgeModal({ id, onClose }: { id: string; onClose: () => void }) {
  const [form] = Form.useForm<{ note?: string }>();
  const { message } = App.useApp();
  const acknowledge = useAcknowledgeWarning(id);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async ({ note }: { note?: string }) => {
    setError(null);
    try {
      await acknowledge.mutateAsync({ note: note?.trim() || undefined });
      message.success(t('acknowledged'));
      onClose();
    } catch (e) {
      setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('acknowledgeTitle')}
      okText={t('acknowledge')}
      cancelText={t('cancel')}
      confirmLoading={acknowledge.isPending}
      onClose={onClose}
      intro={<Alert type="info" showIcon title={t('acknowledgeHint')} style={{ marginBottom: 16 }} />}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="note"
          label={t('noteOptional')}
          rules={[schemaRule(WarningAcknowledgeSchema.shape.note)]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
