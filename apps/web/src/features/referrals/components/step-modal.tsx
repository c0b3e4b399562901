import { Alert, App, DatePicker, Form, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { shanghaiToday } from '../../../lib/dates.ts';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { t } from '../locale-referral.ts';

interface Props<V> {
  form: FormInstance<V>;
  title: string;
  /** Field names the server's reasons may land on. */
  fields: readonly string[];
  /** Sends the step; its failure shows above the form and on the fields. */
  submit: (values: V) => Promise<unknown>;
  pending: boolean;
  initialValues?: Partial<V>;
  intro?: ReactNode;
  /** Uploads still running: the step waits for them. */
  busy?: boolean;
  width?: number;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A dialog for one step on a referral: the form, the server's reasons on the fields and above
 * them, 已保存 and closed when it went through.
 */
export function StepModal<V extends object>({
  form,
  title,
  fields,
  submit,
  pending,
  initialValues,
  intro,
  busy = false,
  width = 600,
  onClose,
  children,
}: Props<V>) {
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (values: V) => {
    setError(null);
    try {
      await submit(values);
      message.success(t('done'));
      onClose();
    } catch (e) {
      applyFieldErrors(form, e, fields);
      setError(problemText(e));
    }
  };
  return (
    <FormModal
      form={form}
      error={error}
      title={title}
      width={width}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={pending || busy}
      onClose={onClose}
      intro={intro}
    >
      <Form<V> form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues}>
        {children}
      </Form>
    </FormModal>
  );
}

/** A required date field that cannot be after today (Shanghai); its value is a dayjs. */
export function DayField({ name, label, extra }: { name: string; label: string; extra?: ReactNode }) {
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={[{ required: true, message: t('dateRequired') }]}
    >
      <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')} />
    </Form.Item>
  );
}

/** A date field's value as the server takes it. */
export const day = (value: Dayjs | undefined | null): string => value!.format('YYYY-MM-DD');

/** What a step answers to, said before its fields (the period and its rule); amber once overdue. */
export function StepHint({ text, late = false }: { text: string | null; late?: boolean }) {
  if (!text) return null;
  return <Alert type={late ? 'warning' : 'info'} showIcon title={text} style={{ marginBottom: 16 }} />;
}
