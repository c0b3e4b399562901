import type { InvitedSupervisor } from '@jiandu/contracts/people';
import { App, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useChangeSupervisorStatus } from '../api/use-change-supervisor-status.ts';
import { statusLabel } from '../labels.ts';
import { t } from '../locale.ts';

interface Values {
  status: 'active' | 'ended' | 'dismissed';
  effectiveDate: Dayjs;
  reason: string;
}

/** Ends a term early, dismisses (解聘), or reinstates an invited supervisor, with a reason. */
export function StatusModal({ supervisor, onClose }: { supervisor: InvitedSupervisor; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const change = useChangeSupervisorStatus();
  const [error, setError] = useState<string | null>(null);
  const serving = supervisor.status === 'active';
  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await change.mutateAsync({
        id: supervisor.id,
        change: {
          status: v.status,
          effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
          reason: v.reason.trim(),
        },
      });
      message.success(t('statusChanged'));
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['status', 'effectiveDate', 'reason'])) setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={t('statusTitle', { name: supervisor.name })}
      okText={t('save')}
      okButtonProps={{ danger: serving }}
      cancelText={t('cancel')}
      confirmLoading={change.isPending}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ status: serving ? 'ended' : 'active', effectiveDate: shanghaiToday() }}
      >
        <Form.Item name="status" label={t('newStatus')}>
          <Radio.Group
            options={(serving ? (['ended', 'dismissed'] as const) : (['active'] as const)).map((s) => ({
              value: s,
              label: s === 'active' ? t('reinstate') : statusLabel(s),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="effectiveDate"
          label={t('effectiveDate')}
          rules={[{ required: true, message: t('dateRequired') }]}
          extra={t('effectiveDateHint', { start: supervisor.termStart, end: supervisor.termEnd })}
        >
          <DatePicker style={{ width: 180 }} disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
