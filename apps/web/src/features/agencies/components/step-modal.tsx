import { Alert, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { errorText } from '../../../lib/form-errors.ts';
import { showServerErrors } from '../form-errors.ts';
import { t } from '../locale.ts';

/** A reviewer's step that needs a reason, a date, or both. */
export type StepKind = 'return' | 'confirm' | 'publish' | 'revoke';

interface Values {
  reason?: string;
  effectiveDate?: Dayjs;
}

interface Props {
  kind: StepKind;
  title: string;
  pending: boolean;
  run: (input: { reason?: string; effectiveDate?: string }) => Promise<unknown>;
  onClose: () => void;
}

const NEEDS: Record<StepKind, { reason: boolean; date: boolean; hint: 'confirmHint' | 'revokeHint' | null }> =
  {
    return: { reason: true, date: false, hint: null },
    confirm: { reason: false, date: true, hint: 'confirmHint' },
    publish: { reason: false, date: true, hint: null },
    revoke: { reason: true, date: true, hint: 'revokeHint' },
  };

/** Asks for the reason and the effective date of 退回 / 确认 / 公告 / 撤销, then runs the step. */
export function StepModal({ kind, title, pending, run, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const needs = NEEDS[kind];
  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await run({
        ...(needs.reason ? { reason: v.reason?.trim() ?? '' } : {}),
        ...(needs.date && v.effectiveDate ? { effectiveDate: v.effectiveDate.format('YYYY-MM-DD') } : {}),
      });
      onClose();
    } catch (e) {
      if (!showServerErrors(form, e)) setError(errorText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={title}
      okText={t('ok')}
      okButtonProps={{ danger: kind === 'revoke' || kind === 'return' }}
      cancelText={t('cancel')}
      confirmLoading={pending}
      onClose={onClose}
      intro={
        needs.hint ? <Alert type="info" showIcon title={t(needs.hint)} style={{ marginBottom: 16 }} /> : null
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ effectiveDate: shanghaiToday() }}
        onFinish={onFinish}
      >
        {needs.date ? (
          <Form.Item
            name="effectiveDate"
            label={t('effectiveDate')}
            rules={[{ required: true, message: t('dateRequired') }]}
          >
            <DatePicker style={{ width: 180 }} disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')} />
          </Form.Item>
        ) : null}
        {needs.reason ? (
          <Form.Item
            name="reason"
            label={t('reason')}
            rules={[
              { required: true, whitespace: true, message: t('reasonRequired') },
              { min: 2, message: t('reasonRequired') },
            ]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        ) : null}
      </Form>
    </FormModal>
  );
}
