import type { Officer } from '@jiandu/contracts/officers';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useLeaveOfficer } from '../api/use-leave-officer.ts';
import { applyFieldErrors, errorText } from '../errors.ts';
import { todayShanghai } from '../format.ts';
import { t } from '../locale-detail.ts';

interface Values {
  effectiveDate: Dayjs;
  reason: string;
}

/** 离岗: the officer leaves enforcement work; their valid and suspended certificates are cancelled. */
export function LeaveModal({ officer, onClose }: { officer: Officer; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const leave = useLeaveOfficer();
  const [error, setError] = useState<string | null>(null);
  const live = officer.certificates.filter((c) => c.status === 'valid' || c.status === 'suspended');

  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await leave.mutateAsync({
        id: officer.id,
        input: { effectiveDate: v.effectiveDate.format('YYYY-MM-DD'), reason: v.reason.trim() },
      });
      message.success(t('leaveDone'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['effectiveDate', 'reason'])) setError(errorText(e));
    }
  };

  return (
    <Modal
      open
      title={t('leaveTitle', { name: officer.name })}
      okText={t('confirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('cancel')}
      confirmLoading={leave.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          live.length ? t('leaveCancels', { numbers: live.map((c) => c.number).join('、') }) : t('leaveHint')
        }
      />
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ effectiveDate: dayjs(todayShanghai()) }}
        onFinish={onFinish}
      >
        <Form.Item
          name="effectiveDate"
          label={t('effectiveDate')}
          rules={[{ required: true, message: t('dateRequired') }]}
        >
          <DatePicker style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[
            { required: true, whitespace: true, message: t('reasonRequired') },
            { min: 2, message: t('reasonRequired') },
          ]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
