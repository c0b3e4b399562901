import { App, Form } from 'antd';
import { type ReactNode, useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { t } from '../locale-complaint.ts';

interface Props<V> {
  title: string;
  okText: string;
  /** What the dialog says before its fields: the rule, the current deadline. */
  intro?: ReactNode;
  /** Sends the step; the server's field errors land on the fields named in `fields`. */
  submit: (values: V) => Promise<unknown>;
  pending: boolean;
  fields: readonly string[];
  /** The message once the step is taken. */
  done: string;
  danger?: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * One step on a complaint as a dialog around its form: OK sends it, the server's reasons show on
 * the fields or above them, and the dialog closes with a message once the step is taken.
 */
export function StepModal<V extends object>({
  title,
  okText,
  intro,
  submit,
  pending,
  fields,
  done,
  danger = false,
  onClose,
  children,
}: Props<V>) {
  const [form] = Form.useForm<V>();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (values: V) => {
    setError(null);
    try {
      await submit(values);
      message.success(done);
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
      okText={okText}
      okButtonProps={{ danger }}
      cancelText={t('cancel')}
      confirmLoading={pending}
      intro={intro}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        {children}
      </Form>
    </FormModal>
  );
}
