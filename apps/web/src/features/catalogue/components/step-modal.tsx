import { Alert, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { t } from '../locale.ts';

/** A reviewer's step that needs a reason, a date, or both. */
export type StepKind = 'return' | 'publish' | 'withdraw';

interface Values {
  reason?: string;
  effectiveDate?: Dayjs;
}

interface Props {
  kind: StepKind;
  title: string;
  /** What the step means for the version, shown above the form. */
  hint: string;
  pending: boolean;
  /** The first date the step may take effect (the day after the version in force started), if later than today. */
  earliest?: string | undefined;
  run: (input: { reason: string; effectiveDate: string }) => Promise<unknown>;
  onClose: () => void;
}

const NEEDS: Record<StepKind, { reason: boolean; date: 'publish' | 'withdraw' | null }> = {
  return: { reason: true, date: null },
  publish: { reason: false, date: 'publish' },
  withdraw: { reason: true, date: 'withdraw' },
};

/** Asks for the reason and the effective date of 退回 / 发布 / 取消, then runs the step. */
export function StepModal({ kind, title, hint, pending, earliest, run, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const needs = NEEDS[kind];
  const first = earliest ? dayjs(earliest) : null;
  const start = first?.isAfter(shanghaiToday(), 'day') ? first : shanghaiToday();
  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await run({
        reason: v.reason?.trim() ?? '',
        effectiveDate: v.effectiveDate?.format('YYYY-MM-DD') ?? '',
      });
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['reason', 'effectiveDate'])) setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={title}
      okText={t('ok')}
      okButtonProps={{ danger: kind !== 'publish' }}
      cancelText={t('cancel')}
      confirmLoading={pending}
      onClose={onClose}
      intro={
        <Alert
          type={kind === 'publish' ? 'info' : 'warning'}
          showIcon
          title={hint}
          style={{ marginBottom: 16 }}
        />
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ effectiveDate: start }}
        onFinish={onFinish}
      >
        {needs.date ? (
          <Form.Item
            name="effectiveDate"
            label={needs.date === 'publish' ? t('effectiveDate') : t('withdrawDate')}
            extra={needs.date === 'publish' ? t('publishDateHint') : t('withdrawDateHint')}
            rules={[{ required: true, message: t('dateRequired') }]}
          >
            <DatePicker
              style={{ width: 180 }}
              disabledDate={(d) => Boolean(first && d.isBefore(first, 'day'))}
            />
          </Form.Item>
        ) : null}
        {needs.reason ? (
          <Form.Item
            name="reason"
            label={t('stepReason')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        ) : null}
      </Form>
    </FormModal>
  );
}
