import { DISMISS_REASONS, type DismissReason } from '@jiandu/contracts/warning-rules';
import { WarningDismissSchema } from '@jiandu/contracts/warnings';
import { Alert, App, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { schemaRule } from '../../lib/form-errors.ts';
import { problemText } from '../../lib/problem.ts';
import { FormModal } from '../form-modal.tsx';
import { dismissReasonLabel } from './labels.ts';
import { t } from './locale.ts';
import { useDismissWarning } from './use-dismiss-warning.ts';

interface Values {
  reason?: DismissReason;
  note?: string;
}

/** 排除: the supervisor dismisses the warning as a false positive or as justified, and says why. */
export function DismissModal({ id, onClose }: { id: string; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const dismiss = useDismissWarning(id);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async ({ reason, note }: Values) => {
    if (!reason) return;
    setError(null);
    try {
      await dismiss.mutateAsync({ reason, note: note?.trim() ?? '' });
      message.success(t('dismissed'));
      onClose();
    } catch (e) {
      setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('dismissTitle')}
      okText={t('dismiss')}
      okButtonProps={{ danger: true }}
      cancelText={t('cancel')}
      confirmLoading={dismiss.isPending}
      onClose={onClose}
      intro={<Alert type="warning" showIcon title={t('dismissHint')} style={{ marginBottom: 16 }} />}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[{ required: true, message: t('reasonRequired') }]}
        >
          <Radio.Group options={DISMISS_REASONS.map((r) => ({ value: r, label: dismissReasonLabel(r) }))} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('note')}
          rules={[
            { required: true, whitespace: true, message: t('noteRequired') },
            schemaRule(WarningDismissSchema.shape.note),
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
