import type { AgencyFile } from '@jiandu/contracts/case-review-scoring';
import { App, Form, Input } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useRespond } from '../api/use-respond.ts';
import { t } from '../locale-agency.ts';

/** The agency's response to one published result. */
export function ResponseModal({ file, onClose }: { file: AgencyFile; onClose: () => void }) {
  const [form] = Form.useForm<{ text: string }>();
  const { message } = App.useApp();
  const respond = useRespond();
  const [error, setError] = useState<string | null>(null);
  return (
    <FormModal
      form={form}
      error={error}
      title={t('respondTitle', { case: file.case.externalId })}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={respond.isPending}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          setError(null);
          try {
            await respond.mutateAsync({ fileId: file.id, text: v.text.trim() });
            message.success(t('responded'));
            onClose();
          } catch (e) {
            if (!applyFieldErrors(form, e, ['text'])) setError(problemText(e));
          }
        }}
      >
        <Form.Item
          name="text"
          label={t('responseText')}
          rules={[{ required: true, whitespace: true, min: 5, message: t('responseRequired') }]}
        >
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
