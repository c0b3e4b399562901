import type { SourceSystem } from '@jiandu/contracts/sources';
import { Alert, Form, Input, Modal } from 'antd';
import { ApiError } from '../../../lib/api.ts';
import { useCreateSource } from '../api/use-create-source.ts';
import { t } from '../locale.ts';
import { OrgPicker, type PickedOrg } from './org-picker.tsx';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (created: { source: SourceSystem; token: string }) => void;
}

/** Registers a source system: its name and the orgs it may report for. */
export function RegisterSourceModal({ open, onClose, onCreated }: Props) {
  const [form] = Form.useForm<{ name: string; orgs: PickedOrg[] }>();
  const create = useCreateSource();
  const close = () => {
    form.resetFields();
    create.reset();
    onClose();
  };
  const submit = async () => {
    const values = await form.validateFields();
    create.mutate(
      { name: values.name.trim(), orgIds: values.orgs.map((o) => o.value) },
      {
        onSuccess: (created) => {
          close();
          onCreated(created);
        },
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('registerTitle')}
      okText={t('submit')}
      cancelText={t('cancel')}
      onOk={submit}
      onCancel={close}
      confirmLoading={create.isPending}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="register-source">
        <Form.Item
          label={t('name')}
          name="name"
          rules={[
            { required: true, whitespace: true, message: t('nameRequired') },
            { min: 2, message: t('nameShort') },
          ]}
        >
          <Input placeholder={t('namePlaceholder')} maxLength={100} />
        </Form.Item>
        <Form.Item
          label={t('orgs')}
          name="orgs"
          rules={[{ required: true, type: 'array', min: 1, message: t('orgsRequired') }]}
        >
          <OrgPicker />
        </Form.Item>
      </Form>
      {create.error ? (
        <Alert
          type="error"
          showIcon
          title={t('failed', {
            detail: create.error instanceof ApiError ? create.error.problem.detail : String(create.error),
          })}
        />
      ) : null}
    </Modal>
  );
}
