import { MatterCloseSchema, type MatterDetail } from '@jiandu/contracts/matters';
import { Alert, App, Form, Input } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors, schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useCloseMatter } from '../api/use-close-matter.ts';
import { t } from '../locale-matter.ts';

/** 办结: the matter closed with its conclusion. */
export function CloseModal({ matter, onClose }: { matter: MatterDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ conclusion?: string }>();
  const { message } = App.useApp();
  const close = useCloseMatter(matter.id);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async ({ conclusion }: { conclusion?: string }) => {
    setError(null);
    try {
      await close.mutateAsync({ conclusion: conclusion!.trim() });
      message.success(t('closed'));
      onClose();
    } catch (e) {
      applyFieldErrors(form, e, ['conclusion']);
      setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('closeTitle')}
      okText={t('close')}
      cancelText={t('cancel')}
      confirmLoading={close.isPending}
      onClose={onClose}
      intro={<Alert type="info" showIcon title={t('closeHint')} style={{ marginBottom: 16 }} />}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="conclusion"
          label={t('conclusionLabel')}
          rules={[
            { required: true, whitespace: true, message: t('conclusionRequired') },
            schemaRule(MatterCloseSchema.shape.conclusion),
          ]}
        >
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
