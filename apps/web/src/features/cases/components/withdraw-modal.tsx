import { WithdrawPublicationSchema } from '@jiandu/contracts/publicity';
import { Alert, App, Form, Input } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { schemaRule } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useWithdrawPublication } from '../api/use-withdraw-publication.ts';
import { t } from '../locale-publicity.ts';

interface Props {
  caseId: string;
  documentNumber: string;
  onClose: () => void;
}

/** 撤下: takes the case's publication off the portal, with the reason the law asks for. */
export function WithdrawModal({ caseId, documentNumber, onClose }: Props) {
  const [form] = Form.useForm<{ reason?: string }>();
  const { message } = App.useApp();
  const withdraw = useWithdrawPublication(caseId);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async ({ reason }: { reason?: string }) => {
    setError(null);
    try {
      await withdraw.mutateAsync(reason?.trim() ?? '');
      message.success(t('withdrawnOk'));
      onClose();
    } catch (e) {
      setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('withdrawTitle', { number: documentNumber })}
      okText={t('withdraw')}
      okButtonProps={{ danger: true }}
      cancelText={t('cancel')}
      confirmLoading={withdraw.isPending}
      onClose={onClose}
      intro={<Alert type="warning" showIcon title={t('withdrawHint')} style={{ marginBottom: 16 }} />}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[
            { required: true, whitespace: true, message: t('reasonRequired') },
            schemaRule(WithdrawPublicationSchema.shape.reason),
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
