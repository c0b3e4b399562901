import { Alert, type FormInstance, Modal, type ModalProps } from 'antd';
import type { ReactNode } from 'react';

interface Props extends Omit<ModalProps, 'open' | 'onOk' | 'onCancel' | 'mask' | 'children'> {
  /** The form the OK button submits. */
  form: FormInstance;
  /** Why the last save failed (the server's reason), shown above the form. */
  error: string | null;
  /** What the dialog shows before the error and the form: a hint, the record's current state. */
  intro?: ReactNode;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A dialog around one form: OK submits it, the last failure shows above it, and a click outside
 * does not close it, so half-filled forms are not lost.
 */
export function FormModal({ form, error, intro, onClose, children, ...modal }: Props) {
  return (
    <Modal open onOk={() => form.submit()} onCancel={onClose} mask={{ closable: false }} {...modal}>
      {intro}
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      {children}
    </Modal>
  );
}
