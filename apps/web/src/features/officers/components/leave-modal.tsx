import type { Officer } from '@jiandu/contracts/officers';
import { Alert, App, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useLeaveOfficer } from '../api/use-leave-officer.ts';
import { todayShanghai } from '../format.ts';
import { t } from '../locale-detail.ts';
import { EffectiveDateFields } from './effective-date-fields.tsx';

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
      if (!applyFieldErrors(form, e, ['effectiveDate', 'reason'])) setError(problemText(e));
    }
  };

  return (
    <FormModal
      form={form}
      error={error}
      title={t('leaveTitle', { name: officer.name })}
      okText={t('confirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('cancel')}
      confirmLoading={leave.isPending}
      onClose={onClose}
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            live.length
              ? t('leaveCancels', { numbers: live.map((c) => c.number).join('、') })
              : t('leaveHint')
          }
        />
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ effectiveDate: dayjs(todayShanghai()) }}
        onFinish={onFinish}
      >
        <EffectiveDateFields />
      </Form>
    </FormModal>
  );
}
